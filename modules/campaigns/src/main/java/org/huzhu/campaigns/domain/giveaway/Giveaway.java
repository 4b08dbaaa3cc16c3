package org.huzhu.campaigns.domain.giveaway;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.huzhu.campaigns.api.giveaway.GiveawayItem;
import org.huzhu.campaigns.api.giveaway.GiveawaySettings;
import org.huzhu.campaigns.api.giveaway.GiveawayView;
import org.huzhu.campaigns.domain.eligibility.Eligibility;
import org.huzhu.tenancy.api.TenantScopedEntity;

/**
 * A giveaway. {@code remaining} is the pool; grabs, releases and quota changes move it only with conditional SQL
 * updates (never through this entity), so the entity is read for its settings and written only on create and edit.
 */
@Entity
@Table(name = "giveaway")
public class Giveaway extends TenantScopedEntity {

    private String title;
    @Enumerated(EnumType.STRING) private GiveawayItem item;
    private int quota;
    private int remaining;
    @Column(name = "opens_at") private LocalDateTime opensAt;
    @Column(name = "closes_at") private LocalDateTime closesAt;
    @Column(name = "per_member_limit") private int perMemberLimit;
    @Column(name = "org_unit_id") private Long orgUnitId;
    @Column(name = "org_path") private String orgPath;
    private String gender;
    @Column(name = "min_age") private Integer minAge;
    @Column(name = "quiz_question") private String quizQuestion;
    @Column(name = "quiz_answer") private String quizAnswer;
    @Column(name = "hold_minutes") private int holdMinutes;
    @Column(name = "created_by") private String createdBy;
    @Column(name = "created_at") private LocalDateTime createdAt;

    protected Giveaway() {
    }

    /** A new giveaway from checked settings; the pool starts full. */
    public Giveaway(GiveawaySettings s, String orgPath, String createdBy, LocalDateTime now) {
        apply(s, orgPath);
        this.remaining = s.quota();
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** The settings of an edit (the pool is moved by SQL in the same transaction, before). */
    public void apply(GiveawaySettings s, String orgPath) {
        this.title = s.title().trim();
        this.item = s.item();
        this.quota = s.quota();
        this.opensAt = s.opensAt();
        this.closesAt = s.closesAt();
        this.perMemberLimit = s.perMemberLimit();
        this.orgUnitId = s.orgUnitId();
        this.orgPath = orgPath;
        this.gender = Eligibility.genderCode(s.gender());
        this.minAge = s.minAge();
        this.quizQuestion = GiveawayEdit.blankToNull(s.quizQuestion());
        this.quizAnswer = GiveawayEdit.blankToNull(s.quizAnswer());
        this.holdMinutes = s.holdMinutes();
    }

    /** A new quota: the pool is what it leaves after the tickets live (checked not below them, under the row lock). */
    public void resize(int newQuota, long liveTickets) {
        this.quota = newQuota;
        this.remaining = (int) (newQuota - liveTickets);
    }

    public GiveawayView toView(LocalDateTime now) {
        return new GiveawayView(id(), title, item, quota, remaining, opensAt, closesAt, perMemberLimit, orgUnitId,
                eligibility().gender(), minAge, quizQuestion, holdMinutes,
                !now.isBefore(opensAt) && (closesAt == null || now.isBefore(closesAt)));
    }

    public Eligibility eligibility() {
        return new Eligibility(orgPath, Eligibility.gender(gender), minAge);
    }

    public String title() { return title; }
    public GiveawayItem item() { return item; }
    public int quota() { return quota; }
    public int remaining() { return remaining; }
    public LocalDateTime opensAt() { return opensAt; }
    public LocalDateTime closesAt() { return closesAt; }
    public int perMemberLimit() { return perMemberLimit; }
    public Long orgUnitId() { return orgUnitId; }
    public String quizQuestion() { return quizQuestion; }
    public String quizAnswer() { return quizAnswer; }
    public int holdMinutes() { return holdMinutes; }
}
