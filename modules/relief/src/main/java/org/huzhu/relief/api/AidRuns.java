package org.huzhu.relief.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Secondary aid runs (二次救助): an office admin defines a run over a window of claims; the run computes each
 * member's aid from the claims data with its working, lists it in priority order with what the budget leaves
 * out, is approved by a second person and is paid through the payout runs (kind SECONDARY_AID).
 */
public interface AidRuns {

    AidRunView define(RunForm form);

    /** Computes (or computes again) a run not yet approved: the same claims give the same figures. */
    AidRunView compute(long runId);

    /** A second person (never the creator) approves a computed run: its lines within the budget become payable. */
    AidRunView approve(long runId);

    Optional<AidRunView> find(long runId);

    List<AidRunView> recent(int limit);

    /** The run's lines in priority order (the order the budget is spent in). */
    List<LineView> lines(long runId, int offset, int limit);

    /** A line whose payment failed approved again for the next payout run; 409 unless its payment failed. */
    LineView retryPayment(long runId, long lineId);

    /** The line's payment steps in order (put on a run, paid or refused by the bank, put back). */
    List<PaymentStep> paymentSteps(long runId, long lineId);

    /**
     * A band of the member's remaining self-paid amount (from inclusive, to exclusive, null: no upper end): either
     * a fixed amount, or a share in percent with an optional cap. Fen throughout.
     */
    record Band(long fromFen, Long toFen, long amountFen, int sharePercent, Long capFen) {
    }

    /** A group's extra bands, added to the base aid of the group's members. */
    record GroupBands(AidGroup group, List<Band> bands) {
    }

    /**
     * A run's definition: claims whose event date lies in the window under the plans; base bands and extra bands
     * per group; the most one member may get (null: no limit) and the run's budget.
     */
    record RunForm(String name, LocalDate claimsFrom, LocalDate claimsTo, List<String> planCodes, List<Band> bands,
                   List<GroupBands> extraBands, Long memberCapFen, long budgetFen,
                   List<Long> modelWorkerMemberIds, List<String> majorIllnessCodes) {
    }

    record AidRunView(long id, String name, LocalDate claimsFrom, LocalDate claimsTo, List<String> planCodes,
                      List<Band> bands, List<GroupBands> extraBands, Long memberCapFen, long budgetFen,
                      String status, String createdBy, LocalDateTime computedAt, String approvedBy, int lines,
                      int linesWithinBudget, long totalWithinBudgetFen, int linesCut, long totalCutFen) {
    }

    /** One step of a line's working: a code (relief.working.CODE) and its figures, put into words when shown. */
    record Step(String code, List<String> params) {
    }

    record LineView(long id, int position, long memberId, String memberName, List<AidGroup> groups, long selfPaidFen,
                    long paidFen, long remainingFen, long aidFen, boolean withinBudget, String status,
                    List<Step> working) {
    }
}
