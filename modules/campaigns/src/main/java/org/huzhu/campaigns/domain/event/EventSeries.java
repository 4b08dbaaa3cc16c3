package org.huzhu.campaigns.domain.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.huzhu.campaigns.api.event.EventDetails;
import org.huzhu.campaigns.api.event.EventEligibility;
import org.huzhu.campaigns.api.event.EventKind;
import org.huzhu.campaigns.api.event.EventSettings;
import org.huzhu.campaigns.domain.eligibility.Eligibility;
import org.huzhu.tenancy.api.TenantScopedEntity;

/** An event with its rule of dates and who may register; each date is an {@link EventOccurrence}. */
@Entity
@Table(name = "event_series")
public class EventSeries extends TenantScopedEntity {

    private String title;
    @Enumerated(EnumType.STRING) private EventKind kind;
    private String place;
    private String description;
    private int capacity;
    @Column(name = "rule_text") private String ruleText;
    @Column(name = "starts_at") private LocalTime startsAt;
    @Column(name = "ends_at") private LocalTime endsAt;
    @Column(name = "org_unit_id") private Long orgUnitId;
    @Column(name = "org_path") private String orgPath;
    private String gender;
    @Column(name = "min_age") private Integer minAge;
    @Column(name = "created_by") private String createdBy;
    @Column(name = "created_at") private LocalDateTime createdAt;

    protected EventSeries() {
    }

    /** A new event; {@code orgPath}: the path of the settings' unit (null for the whole office). */
    public EventSeries(EventSettings s, String orgPath, String createdBy, LocalDateTime now) {
        this.kind = s.kind();
        describe(s.details());
        this.capacity = s.capacity();
        this.ruleText = RecurrenceRule.text(s.recurrence());
        this.startsAt = s.startsAt();
        this.endsAt = s.endsAt();
        this.createdBy = createdBy;
        this.createdAt = now;
        admit(s.eligibility(), orgPath);
    }

    /** A new title, place and description (checked by {@link EventSetup#check(EventDetails)}). */
    public void describe(EventDetails details) {
        this.title = details.title().trim();
        this.place = details.place().trim();
        this.description = details.description() == null || details.description().isBlank() ? null
                : details.description().trim();
    }

    /** New rules of who may register (checked by the caller against the registrations they would shut out). */
    public void admit(EventEligibility rules, String orgPath) {
        this.orgUnitId = rules.orgUnitId();
        this.orgPath = orgPath;
        this.gender = Eligibility.genderCode(rules.gender());
        this.minAge = rules.minAge();
    }

    /** The rules as the shared check asks them. */
    public Eligibility eligibility() {
        return new Eligibility(orgPath, Eligibility.gender(gender), minAge);
    }

    /** The rules as the office set them (the unit by id). */
    public EventEligibility rules() {
        return new EventEligibility(orgUnitId, Eligibility.gender(gender), minAge);
    }

    public String title() { return title; }
    public EventKind kind() { return kind; }
    public String place() { return place; }
    public String description() { return description; }
    public int capacity() { return capacity; }
    public String ruleText() { return ruleText; }
    public LocalTime startsAt() { return startsAt; }
    public LocalTime endsAt() { return endsAt; }
}
