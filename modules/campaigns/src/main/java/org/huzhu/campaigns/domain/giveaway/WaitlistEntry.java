package org.huzhu.campaigns.domain.giveaway;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.huzhu.tenancy.api.TenantScopedEntity;

/** A member's place on a giveaway's waitlist (WAITING, PROMOTED, LEFT). */
@Entity
@Table(name = "giveaway_waitlist")
public class WaitlistEntry extends TenantScopedEntity {

    public static final String WAITING = "WAITING";
    public static final String PROMOTED = "PROMOTED";
    public static final String LEFT = "LEFT";
    public static final java.util.List<String> COLUMNS = java.util.List.of("giveaway_id", "member_id", "status",
            "joined_at", "version");

    @Column(name = "giveaway_id") private long giveawayId;
    @Column(name = "member_id") private long memberId;
    private String status;
    @Column(name = "joined_at") private LocalDateTime joinedAt;
    @Column(name = "ticket_id") private Long ticketId;

    protected WaitlistEntry() {
    }

    public long giveawayId() { return giveawayId; }
    public long memberId() { return memberId; }
    public String status() { return status; }
    public LocalDateTime joinedAt() { return joinedAt; }
    public Long ticketId() { return ticketId; }
}
