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
     * Lists non-member payees on a {@link CondolenceKind#NON_MEMBER_CHARITY} item not yet computed (400 naming the
     * row and field of a bad entry, 409 for an item of another kind or one computed or approved, 409 naming the row
     * when the same national ID is already listed on the item or twice in the request); answers all the item's
     * payees, masked.
     */
    List<PayeeView> addPayees(long itemId, List<PayeeForm> payees);

    /** The item's non-member payees in the order they were listed (their lines' order), ID and card masked. */
    List<PayeeView> payees(long itemId);

    /**
     * Who gets the item: active members under {@code orgUnitId} (null: the whole tenant), of {@code gender} (null:
     * either), only households on the hardship register when {@code hardshipOnly}, only members the registry flags
     * as model workers when {@code modelWorkersOnly} (with {@code hardshipOnly}: also a household whose hardship file
     * marks it a model worker's), only the listed members when {@code memberIds} is not empty. A non-member charity
     * item takes no rule but its org unit (where it is given, for the figures): it pays its listed payees.
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

    /** A non-member payee as the office enters one: the ID and card in clear, never logged ({@link #toString}). */
    record PayeeForm(String name, String idNumber, String cardNo, String reason) {
        @Override
        public String toString() {
            return "PayeeForm[" + name + "]";
        }
    }

    /** A listed payee as answers show one: ID and card masked. */
    record PayeeView(long id, String name, String idMasked, String cardMasked, String reason) {
    }

    /** A line: {@code memberId} for a member's, {@code payeeId} for a non-member payee's (the other null). */
    record LineView(long id, int position, Long memberId, Long payeeId, String memberName, boolean hardship, long amountFen,
                    boolean withinBudget, String status, Long payoutRunId) {
    }
}
