package org.huzhu.campaigns.application.distribution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.huzhu.campaigns.domain.distribution.CashHandOuts;
import org.huzhu.campaigns.domain.distribution.CashPayment;
import org.huzhu.kernel.text.BoundedText;
import org.huzhu.payouts.api.Payable;
import org.huzhu.payouts.api.PayableKind;
import org.huzhu.payouts.api.PayableSource;

/**
 * Confirmed cash hand-outs as payables of the payout runs (kind CAMPAIGN_CASH). Runs in the caller's (the run's)
 * transaction; every change names the state it expects ({@link CashPayment}), so a retried run pays nothing twice.
 */
@ApplicationScoped
public class CampaignCashPayables implements PayableSource {

    static final int MAX_REASON = 300;

    @Inject
    CashHandOuts handOuts;

    @Override
    public PayableKind kind() {
        return PayableKind.CAMPAIGN_CASH;
    }

    @Override
    public List<Payable> approvedUnscheduled(int limit) {
        return handOuts.confirmedUnscheduled(limit).stream()
                .map(r -> new Payable(PayableKind.CAMPAIGN_CASH, (Long) r[0], (Long) r[1], (String) r[2], (Long) r[3]))
                .toList();
    }

    @Override
    public void schedule(long runId, List<Payable> payables, String actor) {
        List<Long> ids = payables.stream().map(Payable::sourceId).toList();
        int taken = handOuts.change(CashPayment.SCHEDULE, runId, ids, null, null);
        if (taken != ids.size()) {
            // another run took some meanwhile: all or none, the run's transaction is retried
            throw new IllegalStateException(taken + " of " + ids.size() + " campaign cash hand-outs could be scheduled");
        }
    }

    @Override
    public int markPaid(long runId, Collection<Long> sourceIds, LocalDate paidOn, String actor) {
        return handOuts.change(CashPayment.PAY, runId, sourceIds, paidOn, null);
    }

    @Override
    public int markFailed(long runId, long sourceId, String reason, String actor) {
        return handOuts.change(CashPayment.FAIL, runId, List.of(sourceId), null,
                BoundedText.cut(reason == null ? "" : reason, MAX_REASON));
    }
}
