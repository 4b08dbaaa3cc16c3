package org.huzhu.campaigns.domain.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.huzhu.campaigns.api.event.RegistrationStatus;
import org.huzhu.tenancy.api.TenantScopedEntity;

/** A member's registration for one occurrence, with the code they show at the door. */
@Entity
@Table(name = "event_registration")
public class EventRegistration extends TenantScopedEntity {

    @Column(name = "occurrence_id") private long occurrenceId;
    @Column(name = "member_id") private long memberId;
    @Enumerated(EnumType.STRING) private RegistrationStatus status;
    private String code;
    @Column(name = "registered_at") private LocalDateTime registeredAt;
    @Column(name = "checked_in_at") private LocalDateTime checkedInAt;
    @Column(name = "checked_in_by") private String checkedInBy;

    protected EventRegistration() {
    }

    public EventRegistration(long occurrenceId, long memberId, RegistrationStatus status, String code,
                             LocalDateTime now) {
        this.occurrenceId = occurrenceId;
        this.memberId = memberId;
        this.status = status;
        this.code = code;
        this.registeredAt = now;
    }

    public long occurrenceId() { return occurrenceId; }
    public long memberId() { return memberId; }
    public RegistrationStatus status() { return status; }
    public String code() { return code; }
    public LocalDateTime registeredAt() { return registeredAt; }
    public LocalDateTime checkedInAt() { return checkedInAt; }
}
