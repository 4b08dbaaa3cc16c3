package org.huzhu.plans.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.Set;
import org.huzhu.kernel.identity.Gender;

/**
 * Who may enrol, judged on the enrolment date: gender, age band, member status, gig-worker groups and the
 * org subtree (org unit codes whose members may take the plan; empty = the whole tenant).
 */
public record Eligibility(Gender gender, int minAge, int maxAge, Set<String> memberStatuses, boolean gigWorkersOnly,
                          Set<String> orgUnits) {

    public static final Eligibility EVERYONE = new Eligibility(null, 16, 120, Set.of("ACTIVE"), false, Set.of());

    public Eligibility {
        memberStatuses = Set.copyOf(memberStatuses);
        orgUnits = Set.copyOf(orgUnits);
    }

    /** Why this member may not enrol on that date, if they may not. */
    public Optional<Text> refusal(MemberProfile member, LocalDate on) {
        if (gender != null && member.gender() != gender) {
            return Optional.of(Text.of(gender == Gender.FEMALE ? "本计划仅限女职工参加" : "本计划仅限男职工参加",
                    "this plan is for " + gender.name().toLowerCase(java.util.Locale.ROOT) + " members only"));
        }
        int age = Period.between(member.birthDate(), on).getYears();
        if (age < minAge || age > maxAge) {
            return Optional.of(Text.of("参加年龄应为" + minAge + "至" + maxAge + "周岁，当前" + age + "周岁",
                    "enrolment age is " + minAge + " to " + maxAge + "; the member is " + age));
        }
        if (!memberStatuses.isEmpty() && !memberStatuses.contains(member.status())) {
            return Optional.of(Text.of("会员状态不符合参加条件", "member status " + member.status() + " may not enrol"));
        }
        if (gigWorkersOnly && !member.gigWorker()) {
            return Optional.of(Text.of("本计划仅限新就业形态劳动者参加", "this plan is for gig workers only"));
        }
        if (!orgUnits.isEmpty() && member.orgUnitCodes().stream().noneMatch(orgUnits::contains)) {
            return Optional.of(Text.of("所在单位不在本计划范围内", "the member's union is outside this plan's scope"));
        }
        return Optional.empty();
    }
}
