package org.huzhu.enrolment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.huzhu.enrolment.api.ImportWarning;
import org.huzhu.enrolment.api.SubmissionRefused;
import org.huzhu.enrolment.domain.EnrolmentImport;
import org.huzhu.enrolment.domain.ImportStatus;
import org.huzhu.enrolment.domain.ImportTotal;
import org.huzhu.enrolment.domain.ParticipationRule;
import org.huzhu.kernel.identity.Gender;
import org.huzhu.org.api.EnrollingUnion;
import org.huzhu.org.api.EnrollingUnions;
import org.huzhu.plans.api.EnrolmentRules;
import org.huzhu.plans.api.PlanCatalog;

/**
 * What a checked list means for its union, shown in the check result rather than first met at submission:
 * the participation rule per plan (who counts, how many are enrolled, how many are needed) and the warnings
 * the clerk confirms before submitting (more enrolled than the union's staff, rows of another union).
 */
@ApplicationScoped
public class ListReview {

    @Inject
    ImportStore store;

    @Inject
    EnrollingUnions unions;

    @Inject
    PlanCatalog catalog;

    /** The participation figures and warnings of a list; both empty until the list is checked. */
    public record Review(List<ParticipationRule.Figure> figures, List<ImportWarning> warnings) {

        static final Review NONE = new Review(List.of(), List.of());

        public List<ParticipationRule.Refusal> refusals() {
            return figures.stream().flatMap(f -> f.refusal().stream()).toList();
        }

        /** @throws SubmissionRefused with every plan's reason, when the participation rule is not met */
        public void requireParticipation() {
            List<ParticipationRule.Refusal> refusals = refusals();
            if (!refusals.isEmpty()) {
                throw new SubmissionRefused(refusals.stream().map(ParticipationRule.Refusal::zh).toList(),
                        refusals.stream().map(ParticipationRule.Refusal::en).toList());
            }
        }
    }

    /**
     * The review of a list: none before it is checked, and none while it is being written. Why not while written: the
     * page asks every second for the progress, and counting the union's enrolments other than this list's reads every
     * row the list has written so far (a million rows, a third of a second each time, beside the writer).
     */
    public Review of(EnrolmentImport job) {
        if (job.status() == ImportStatus.RECEIVED || job.status() == ImportStatus.CHECKING
                || job.status() == ImportStatus.SUBMITTING || job.status() == ImportStatus.FAILED) {
            return Review.NONE;
        }
        EnrollingUnion union = unions.find(job.unionId()).orElse(null);
        if (union == null) {
            return Review.NONE;
        }
        EnrolmentRules rules = catalog.enrolmentRules();
        Map<String, String> names = rules.planNames();
        Map<String, Long> before = store.unionEnrolments(job.unionId(), job.termStart(), job.id());
        List<ParticipationRule.Figure> figures = new ArrayList<>();
        for (ImportTotal total : store.totals(job.id())) {
            String code = total.planCode();
            Gender onlyFor = rules.onlyFor(code, job.termStart()).orElse(null);
            figures.add(ParticipationRule.figure(code, names.getOrDefault(code, code), onlyFor, union.headcount(),
                    onlyFor == null ? 0 : unions.members(union.id(), onlyFor),
                    before.getOrDefault(code, 0L).intValue(), total.members()));
        }
        return new Review(figures, warnings(job, union, figures));
    }

    private static List<ImportWarning> warnings(EnrolmentImport job, EnrollingUnion union,
                                                List<ParticipationRule.Figure> figures) {
        List<ImportWarning> warnings = new ArrayList<>();
        figures.stream().filter(ParticipationRule.Figure::pastHeadcount).forEach(f -> warnings.add(new ImportWarning(
                "PAST_HEADCOUNT", f.planCode(), f.enrolled(), f.headcount(), List.of(), 0,
                f.planName() + "：本期参保将达" + f.enrolled() + "人，超过本工会登记职工人数" + f.headcount()
                        + "人，请核对名单（或先更正工会职工人数）后确认提交",
                f.planCode() + ": " + f.enrolled() + " would be enrolled this term, more than the union's "
                        + f.headcount() + " registered staff: check the list (or correct the headcount), then confirm")));
        if (job.otherUnionRows() > 0) {
            List<Integer> named = job.otherUnionRowsNamed();
            boolean more = job.otherUnionRows() > named.size();
            warnings.add(new ImportWarning("OTHER_UNION", null, 0, 0, named, job.otherUnionRows(),
                    "第" + join(named, "、") + (more ? "等" : "") + "行（共" + job.otherUnionRows() + "行）的基层工会不是"
                            + union.name() + "：提交后这些会员将转入本工会，请核对后确认提交",
                    "rows " + join(named, ", ") + (more ? ", ..." : "") + " (" + job.otherUnionRows()
                            + " in all) name another grassroots union than " + union.code()
                            + ": submitting moves these members to this union; check them, then confirm"));
        }
        return warnings;
    }

    private static String join(List<Integer> rows, String separator) {
        return rows.stream().map(String::valueOf).collect(Collectors.joining(separator));
    }
}
