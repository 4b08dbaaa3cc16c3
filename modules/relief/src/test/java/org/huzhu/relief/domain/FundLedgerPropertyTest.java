package org.huzhu.relief.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property: no sequence of donations and grants makes the fund's balance negative or lets it disagree with the
 * sum of its entries. 2,000 random sequences of up to 200 steps each (seeded, so a failure repeats), amounts from
 * 1 fen to 60,000 yuan, grants often larger than the balance.
 */
class FundLedgerPropertyTest {

    @Test
    void no_sequence_of_donations_and_grants_makes_the_balance_negative_or_wrong() {
        Random random = new Random(20_140_101);
        for (int sequence = 0; sequence < 2_000; sequence++) {
            FundLedger ledger = new FundLedger(0);
            List<FundLedger.Movement> entries = new ArrayList<>();
            long sum = 0;
            int steps = 1 + random.nextInt(200);
            for (int step = 0; step < steps; step++) {
                long amount = 1 + (long) (random.nextDouble() * random.nextDouble() * 6_000_000);
                long before = ledger.balanceFen();
                if (random.nextInt(3) == 0) {
                    entries.add(ledger.donate(amount));
                    sum += entries.get(entries.size() - 1).amountFen();
                } else if (ledger.covers(amount)) {
                    entries.add(ledger.grant(amount));
                    sum += entries.get(entries.size() - 1).amountFen();
                } else {
                    refusedLeavesTheBalance(ledger, amount, before);
                }
                if (ledger.balanceFen() < 0 || ledger.balanceFen() != sum
                        || (!entries.isEmpty() && entries.get(entries.size() - 1).balanceAfterFen() != sum)) {
                    throw new AssertionError("sequence " + sequence + " step " + step + ": balance "
                            + ledger.balanceFen() + ", sum of entries " + sum);
                }
            }
        }
    }

    private static void refusedLeavesTheBalance(FundLedger ledger, long amount, long before) {
        try {
            ledger.grant(amount);
            throw new AssertionError("a grant of " + amount + " passed a balance of " + before);
        } catch (IllegalStateException refused) {
            assertThat(ledger.balanceFen()).as("a refused grant leaves the balance").isEqualTo(before);
        }
    }

    @Test
    void a_grant_of_exactly_the_balance_empties_the_fund_and_one_fen_more_is_refused() {
        FundLedger ledger = new FundLedger(0);
        ledger.donate(1_000_000);
        assertThat(ledger.covers(1_000_001)).isFalse();
        assertThat(ledger.grant(1_000_000).balanceAfterFen()).isZero();
        assertThat(ledger.covers(1)).isFalse();
        assertThatThrownBy(() -> ledger.donate(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ledger.grant(0)).isInstanceOf(IllegalStateException.class);
    }
}
