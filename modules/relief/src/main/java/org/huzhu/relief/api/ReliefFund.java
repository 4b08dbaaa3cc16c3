package org.huzhu.relief.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The relief fund (温暖基金): donations in, grants out, a ledger whose balance never goes negative, and the
 * applications that go up the levels (grassroots union files, agency office checks, committee decides).
 */
public interface ReliefFund {

    FundView fund();

    FundView donate(DonationForm donation);

    List<EntryView> entries(int offset, int limit);

    ApplicationView file(ApplicationForm form);

    /** The agency office's check: passed on to the committee, or returned with a note. */
    ApplicationView check(long applicationId, boolean passed, String note);

    /** The committee's decision, with its members and reasons; a grant is taken from the fund at once. */
    ApplicationView decide(long applicationId, DecisionForm decision);

    Optional<ApplicationView> find(long applicationId);

    /** A grant whose payment failed put back for the next payout run; 409 unless its payment failed. */
    ApplicationView retryPayment(long applicationId);

    /** The grant's payment steps in order (put on a run, paid or refused by the bank, put back). */
    List<PaymentStep> paymentSteps(long applicationId);

    List<ApplicationView> applications(ApplicationStatus status, int offset, int limit);

    List<String> illnessCategories();

    List<String> changeIllnessCategories(List<String> codes);

    record FundView(long balanceFen, long donatedFen, long grantedFen, long entrySumFen) {
    }

    record DonationForm(String donor, long amountFen, LocalDate donatedOn, String receiptNo) {
    }

    record EntryView(long id, String kind, long amountFen, long balanceAfterFen, String donor, String receiptNo,
                     Long applicationId, LocalDate entryDate, String recordedBy) {
    }

    /**
     * A case as the grassroots clerk files it: for a major illness the category and the self-paid amount after
     * every other aid; for an accident or disaster the loss and the family's income per head a month.
     */
    record ApplicationForm(long memberId, ReliefKind kind, String illnessCategory, long selfPaidAfterOtherAidFen,
                           long lossFen, long incomePerHeadMonthFen) {
    }

    /** The committee's decision: grant (an amount, the proposal when null) or refuse, with members and reasons. */
    record DecisionForm(boolean grant, Long amountFen, List<String> committee, String reason) {
    }

    record ApplicationView(long id, long memberId, String memberName, ReliefKind kind, String illnessCategory,
                           long selfPaidAfterOtherAidFen, long lossFen, long incomePerHeadMonthFen, long proposedFen,
                           ApplicationStatus status, String filedBy, LocalDateTime filedAt, String checkedBy,
                           String checkNote, String decidedBy, List<String> committee, String decisionReason,
                           Long grantedFen, LocalDate paidOn) {
    }
}
