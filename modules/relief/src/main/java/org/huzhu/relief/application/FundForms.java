package org.huzhu.relief.application;

import java.util.LinkedHashSet;
import java.util.List;
import org.huzhu.relief.api.ReliefFund.ApplicationForm;
import org.huzhu.relief.api.ReliefFund.DecisionForm;
import org.huzhu.relief.api.ReliefFund.DonationForm;
import org.huzhu.relief.api.ReliefKind;
import org.huzhu.tenancy.api.Refused;

/** The relief fund's forms read field by field, each broken rule a 400 naming its field. */
final class FundForms {

    static final int MIN_COMMITTEE = 3;
    static final long MAX_DONATION_FEN = 100_000_000_000L;

    private FundForms() {
    }

    static void requireDonation(DonationForm donation) {
        if (donation == null || blank(donation.donor()) || donation.donor().length() > 100) {
            throw Refused.badInput("donor", "relief.refused.donor");
        }
        if (donation.amountFen() <= 0 || donation.amountFen() > MAX_DONATION_FEN) {
            throw Refused.badInput("amountFen", "relief.refused.amount");
        }
        if (donation.donatedOn() == null) {
            throw Refused.badInput("donatedOn", "relief.refused.required");
        }
        if (blank(donation.receiptNo()) || donation.receiptNo().strip().length() > 40) {
            throw Refused.badInput("receiptNo", "relief.refused.receiptNo");
        }
    }

    static void requireApplication(ApplicationForm form, List<String> categories) {
        if (form == null || form.memberId() <= 0) {
            throw Refused.badInput("memberId", "relief.refused.required");
        }
        if (form.kind() == null) {
            throw Refused.badInput("kind", "relief.refused.required");
        }
        if (form.selfPaidAfterOtherAidFen() < 0 || form.lossFen() < 0 || form.incomePerHeadMonthFen() < 0) {
            throw Refused.badInput("amounts", "relief.refused.amount");
        }
        if (form.kind() == ReliefKind.MAJOR_ILLNESS && !categories.contains(form.illnessCategory())) {
            throw Refused.badInput("illnessCategory", "relief.refused.illnessCategory");
        }
    }

    static void requireDecision(DecisionForm decision) {
        if (decision == null || decision.committee() == null
                || decision.committee().stream().filter(m -> !blank(m)).distinct().count() < MIN_COMMITTEE
                || String.join("、", decision.committee()).length() > 500
                || decision.committee().stream().anyMatch(m -> blank(m) || m.contains("、"))) {
            throw Refused.badInput("committee", "relief.refused.committee", MIN_COMMITTEE);
        }
        if (blank(decision.reason()) || decision.reason().length() > 500) {
            throw Refused.badInput("reason", "relief.refused.reason");
        }
    }

    static List<String> requireCategories(List<String> codes) {
        if (codes == null || codes.isEmpty() || codes.size() > 100
                || codes.stream().anyMatch(c -> blank(c) || !c.strip().matches("[A-Z0-9_]{1,40}"))) {
            throw Refused.badInput("codes", "relief.refused.code");
        }
        return List.copyOf(new LinkedHashSet<>(codes.stream().map(String::strip).toList()));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
