package org.huzhu.campaigns.domain.distribution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.huzhu.campaigns.api.CampaignType;
import org.huzhu.campaigns.api.distribution.BenefitKind;
import org.huzhu.campaigns.api.distribution.CampaignSettings;
import org.huzhu.campaigns.api.distribution.DeliveryMethod;
import org.huzhu.campaigns.api.distribution.Eligibility;
import org.huzhu.campaigns.api.distribution.QuotaLine;
import org.huzhu.kernel.identity.Gender;
import org.huzhu.org.api.JobFlag;
import org.huzhu.tenancy.api.TenantScopedEntity;

/**
 * A distribution campaign (夏送清凉, 冬送温暖, 送福字, 三八, or a custom one): its settings as the office admin made
 * them, and the running total spent, which only a conditional update within the budget raises.
 */
@Entity
@Table(name = "campaign")
public class Campaign extends TenantScopedEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CampaignType type;

    @Column(nullable = false)
    private String name;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(name = "budget_fen", nullable = false)
    private long budgetFen;

    @Column(name = "spent_fen", nullable = false)
    private long spentFen;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BenefitKind benefit;

    @Column(nullable = false)
    private String item;

    @Column(name = "unit_fen", nullable = false)
    private long unitFen;

    @Column(name = "scope_unit_id")
    private Long scopeUnitId;

    @Column(name = "scope_path", nullable = false)
    private String scopePath;

    @Column(length = 1)
    private String gender;

    @Column(name = "min_age")
    private Integer minAge;

    @Column(name = "max_age")
    private Integer maxAge;

    @Column(name = "job_flags", nullable = false)
    private String jobFlags;

    @Column(name = "hardship_only", nullable = false)
    private boolean hardshipOnly;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeliveryMethod delivery;

    @Column(name = "cloned_from")
    private Long clonedFrom;

    @Column(name = "allotted_at")
    private LocalDateTime allottedAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected Campaign() {
    }

    /** A new campaign from checked settings; {@code scopePath} is the org path of the eligibility's unit. */
    public static Campaign of(CampaignSettings s, String scopePath, String actor, LocalDateTime now) {
        Campaign c = new Campaign();
        c.type = s.type();
        c.name = s.name();
        c.periodStart = s.periodStart();
        c.periodEnd = s.periodEnd();
        c.budgetFen = s.budgetFen();
        c.benefit = s.benefit();
        c.item = s.item();
        c.unitFen = s.unitFen();
        Eligibility e = s.eligibility();
        c.scopeUnitId = e.scopeUnitId();
        c.scopePath = scopePath;
        c.gender = e.gender() == null ? null : e.gender() == Gender.FEMALE ? "F" : "M";
        c.minAge = e.minAge();
        c.maxAge = e.maxAge();
        c.jobFlags = e.anyFlag().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        c.hardshipOnly = e.hardshipOnly();
        c.delivery = s.delivery();
        c.createdBy = actor;
        c.createdAt = now;
        return c;
    }

    /**
     * Next year's campaign with every setting kept: the period a year later (29 February becomes the 28th), the
     * same budget, benefit, rules, delivery; the name's year moved when it names this one. Quotas are copied by
     * the caller, as they are rows of their own.
     */
    public Campaign cloneForNextYear(String actor, LocalDateTime now) {
        CampaignSettings next = new CampaignSettings(type, nextYearName(), periodStart.plusYears(1),
                periodEnd.plusYears(1), budgetFen, benefit, item, unitFen, eligibility(), delivery, List.of());
        Campaign c = of(next, scopePath, actor, now);
        c.clonedFrom = id();
        return c;
    }

    private String nextYearName() {
        String year = String.valueOf(periodStart.getYear());
        return name.contains(year) ? name.replace(year, String.valueOf(periodStart.getYear() + 1)) : name;
    }

    public Eligibility eligibility() {
        Gender g = gender == null ? null : "F".equals(gender) ? Gender.FEMALE : Gender.MALE;
        return new Eligibility(scopeUnitId, g, minAge, maxAge, flags(), hardshipOnly);
    }

    private Set<JobFlag> flags() {
        EnumSet<JobFlag> flags = EnumSet.noneOf(JobFlag.class);
        if (!jobFlags.isEmpty()) {
            Arrays.stream(jobFlags.split(",")).map(JobFlag::valueOf).forEach(flags::add);
        }
        return flags;
    }

    public CampaignSettings settings(List<QuotaLine> quotas) {
        return new CampaignSettings(type, name, periodStart, periodEnd, budgetFen, benefit, item, unitFen,
                eligibility(), delivery, quotas);
    }

    /** The members the rules select, as the registry is asked for them. */
    public EligibilityRule rule() {
        return new EligibilityRule(scopePath, eligibility(), periodStart);
    }

    public void allotted(LocalDateTime at) {
        this.allottedAt = at;
    }

    public CampaignType type() {
        return type;
    }

    public String name() {
        return name;
    }

    public LocalDate periodStart() {
        return periodStart;
    }

    public LocalDate periodEnd() {
        return periodEnd;
    }

    public long budgetFen() {
        return budgetFen;
    }

    public long spentFen() {
        return spentFen;
    }

    public BenefitKind benefit() {
        return benefit;
    }

    public String item() {
        return item;
    }

    public long unitFen() {
        return unitFen;
    }

    public DeliveryMethod delivery() {
        return delivery;
    }

    public Long clonedFrom() {
        return clonedFrom;
    }

    public LocalDateTime allottedAt() {
        return allottedAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }
}
