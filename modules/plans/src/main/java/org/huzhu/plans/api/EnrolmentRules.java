package org.huzhu.plans.api;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.huzhu.kernel.identity.Gender;
import org.huzhu.plans.domain.MemberProfile;
import org.huzhu.plans.domain.Plan;
import org.huzhu.plans.domain.PlanVersion;
import org.huzhu.plans.infrastructure.PlanFileParser;

/**
 * What enrolment asks of a tenant's catalogue: may this member take so many units of this plan with a term
 * starting on that date. Built from the tenant's plan files; pure, so an import checks a million rows fast.
 */
public final class EnrolmentRules {

    private final Map<String, Plan> plans = new LinkedHashMap<>();

    private EnrolmentRules(List<PlanFileText> files) {
        for (PlanFileText file : files) {
            Plan plan = PlanFileParser.parse(file.fileName(), new StringReader(file.content()));
            plans.put(plan.code(), plan);
        }
    }

    public static EnrolmentRules of(List<PlanFileText> files) {
        return new EnrolmentRules(files);
    }

    /** From a catalogue already parsed (the plans module keeps one per tenant). */
    public static EnrolmentRules ofPlans(List<Plan> catalogue) {
        EnrolmentRules rules = new EnrolmentRules(List.of());
        catalogue.forEach(plan -> rules.plans.put(plan.code(), plan));
        return rules;
    }

    /** The version in force for a term starting on the date, and the term's last day. */
    public record Term(String planCode, String planNameZh, String planNameEn, int version, LocalDate termEnd) {
    }

    /** The term a member enrolled on that date gets, if the plan has a version in force then. */
    public Optional<Term> term(String planCode, LocalDate termStart) {
        Plan plan = plans.get(planCode);
        return Optional.ofNullable(plan).flatMap(p -> p.versionOn(termStart)).map(v -> new Term(planCode,
                plan.name().zh(), plan.name().en(), v.number(), termStart.plusYears(v.termYears()).minusDays(1)));
    }

    /** The plans, code and Chinese name, in catalogue order. */
    public Map<String, String> planNames() {
        Map<String, String> names = new LinkedHashMap<>();
        plans.values().forEach(p -> names.put(p.code(), p.name().zh()));
        return names;
    }

    /**
     * A refusal names the field it is about ("plan", "units" or "member") and says why in both languages; a claim's
     * refusal also carries its reason as a code with parameters (NO_VERSION plan date, GENDER gender, STATUS
     * status), which a claim stores instead of the sentences.
     */
    public record Refusal(String field, String zh, String en, String code, List<String> params) {

        public Refusal(String field, String zh, String en) {
            this(field, zh, en, null, List.of());
        }
    }

    /** The member as the enrolment row and the registry describe them. */
    public record Applicant(Gender gender, LocalDate birthDate, String status, boolean gigWorker, Set<String> orgUnitCodes) {
    }

    public Optional<Refusal> refusal(String planCode, int units, Applicant applicant, LocalDate termStart) {
        Plan plan = plans.get(planCode);
        if (plan == null) {
            return Optional.of(new Refusal("plan", "本办事处没有保障计划“" + planCode + "”", "no plan '" + planCode + "'"));
        }
        Optional<PlanVersion> version = plan.versionOn(termStart);
        if (version.isEmpty()) {
            return Optional.of(new Refusal("plan", plan.name().zh() + "在" + termStart + "不接受参保",
                    plan.code() + " has no version in force on " + termStart));
        }
        PlanVersion v = version.get();
        if (!v.window().isOpen(termStart)) {
            return Optional.of(new Refusal("plan", plan.name().zh() + "不在参保期内", plan.code()
                    + " is outside its enrolment window on " + termStart));
        }
        if (!v.fee().allows(units)) {
            return Optional.of(new Refusal("units", "份数应为" + v.fee().minUnits() + "至" + v.fee().maxUnits() + "份",
                    "units must be " + v.fee().minUnits() + " to " + v.fee().maxUnits()));
        }
        return v.eligibility().refusal(new MemberProfile(applicant.gender(), applicant.birthDate(), applicant.status(),
                applicant.gigWorker(), applicant.orgUnitCodes()), termStart)
                .map(text -> new Refusal("member", text.zh(), text.en()));
    }

    /**
     * The one gender the plan's version in force on the term start is open to (a plan for women only), or
     * empty when it is open to both: who counts as the union's staff for the participation rule.
     */
    public Optional<Gender> onlyFor(String planCode, LocalDate termStart) {
        Plan plan = plans.get(planCode);
        return Optional.ofNullable(plan).flatMap(p -> p.versionOn(termStart)).map(v -> v.eligibility().gender());
    }

    /** The fee for the units, in fen, of the version in force on the term start. */
    public long feeFen(String planCode, int units, LocalDate termStart) {
        return plans.get(planCode).versionOn(termStart).orElseThrow().fee().forUnits(units).fen();
    }

    /**
     * Why the plan's eligibility refuses a claimant now: gender and member status, as they stand on the
     * registry (age, window and units were settled at enrolment).
     */
    public Optional<Refusal> claimRefusal(String planCode, Gender gender, String status, LocalDate termStart) {
        Plan plan = plans.get(planCode);
        Optional<PlanVersion> version = plan == null ? Optional.empty() : plan.versionOn(termStart);
        if (version.isEmpty()) {
            return Optional.of(new Refusal("plan", "保障计划“" + planCode + "”在" + termStart + "没有有效版本",
                    "no version of " + planCode + " on " + termStart, "NO_VERSION", List.of(planCode,
                    termStart.toString())));
        }
        org.huzhu.plans.domain.Eligibility e = version.get().eligibility();
        if (e.gender() != null && e.gender() != gender) {
            return Optional.of(new Refusal("member", "本计划仅限" + (e.gender() == Gender.FEMALE ? "女" : "男") + "职工",
                    "the plan is for " + e.gender().name().toLowerCase(java.util.Locale.ROOT) + " members only",
                    "GENDER", List.of(e.gender().name())));
        }
        if (!e.memberStatuses().isEmpty() && !e.memberStatuses().contains(status)) {
            return Optional.of(new Refusal("member", "会员状态（" + status + "）不符合本计划条件",
                    "member status " + status + " is not covered by the plan", "STATUS", List.of(String.valueOf(status))));
        }
        return Optional.empty();
    }
}
