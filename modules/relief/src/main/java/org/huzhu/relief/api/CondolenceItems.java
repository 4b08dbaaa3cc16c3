package org.huzhu.relief.api;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.huzhu.kernel.identity.Gender;

/**
 * Condolence items (慰问): an office admin defines a yearly item (Women's Day, model workers' families in
 * hardship, ...) with its rule, amount per person and budget; computing lists each eligible member once, hardship
 * first, with what the budget leaves out; a second person approves it, and the payout runs pay the lines within
 * the budget to the members' cards (kind CONDOLENCE).
 */
public interface CondolenceItems {

    ItemView define(ItemForm form);

    /** Computes (or computes again) an item not yet approved: the same registry gives the same lines. */
    ItemView compute(long itemId);

    /** A second person (never the creator) approves a computed item: its lines within the budget become payable. */
    ItemView approve(long itemId);

    Optional<ItemView> find(long itemId);

    /** The newest items, of one year when {@code year} is not null. */
    List<ItemView> recent(Integer year, int limit);

    /** The item's lines in the order the budget is spent in (hardship first, then member id). */
    List<LineView> lines(long itemId, int offset, int limit);

    /** A line whose payment failed approved again for the next payout run; 409 unless its payment failed. */
    LineView retryPayment(long itemId, long lineId);

    /** The line's payment steps in order (put on a run, paid or refused by the bank, put back). */
    List<PaymentStep> paymentSteps(long itemId, long lineId);

    /**
     * Who gets the item: active members under {@code orgUnitId} (null: the whole tenant), of {@code gender} (null:
     * either), only households on the hardship register when {@code hardshipOnly}, only members the registry flags
     * as model workers when {@code modelWorkersOnly}, only the listed members when {@code memberIds} is not empty.
     */
    record Rule(Long orgUnitId, Gender gender, boolean hardshipOnly, boolean modelWorkersOnly, List<Long> memberIds) {
    }

    record ItemForm(String name, CondolenceKind kind, int year, Rule rule, long amountFen, long budgetFen) {
    }

    record ItemView(long id, String name, CondolenceKind kind, int year, String orgPath, Gender gender,
                    boolean hardshipOnly, boolean modelWorkersOnly, int explicitMembers, long amountFen,
                    long budgetFen, String status, String createdBy, LocalDateTime computedAt, String approvedBy,
                    int lines, int linesWithinBudget, long totalWithinBudgetFen, int linesCut, long totalCutFen) {
    }

    record LineView(long id, int position, long memberId, String memberName, boolean hardship, long amountFen,
                    boolean withinBudget, String status, Long payoutRunId) {
    }
}
