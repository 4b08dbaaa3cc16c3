package org.huzhu.microloans.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.huzhu.microloans.api.RepaymentMethod;
import org.junit.jupiter.api.Test;

/**
 * Worked examples, computed by hand: 200,000.00 yuan for 36 months at the bank's 3.45% a year, paid out on
 * 15 January 2026; the borrower pays LPR 3.45% - 150 bp = 1.95%, the subsidy the other 1.50 points.
 * Monthly rate i = 3.45% / 12 = 0.002875; the borrower's 1.95% / 12 = 0.001625.
 */
class RepaymentScheduleTest {

    static final LocalDate PAID_OUT = LocalDate.of(2026, 1, 15);
    static final ReferenceRates LPR = ReferenceRates.of(List.of(
            new ReferenceRates.Published(LocalDate.of(2025, 5, 20), new BigDecimal("3.45"))));
    static final BorrowerRate LPR_LESS_150 = new BorrowerRate.BelowReference(150);

    static RepaymentSchedule schedule(RepaymentMethod method) {
        return RepaymentSchedule.of(new LoanTerms(20_000_000, 36, new BigDecimal("3.45"), PAID_OUT, method),
                LPR_LESS_150, LPR);
    }

    /**
     * Equal instalments: (1 + i)^36 = 1.10871..., A = 200,000 x 0.002875 x 1.10871 / 0.10871 = 5,855.99 (half-up).
     * Month 1: interest 200,000 x 0.002875 = 575.00, principal 5,855.99 - 575.00 = 5,280.99, balance 194,719.01;
     * the borrower's interest 200,000 x 0.001625 = 325.00, subsidised 250.00.
     * Month 2: interest 194,719.01 x 0.002875 = 559.817... = 559.82, principal 5,296.17; borrower 316.418... = 316.42,
     * subsidised 243.40. Month 36: the balance left, 5,839.21, with interest 16.79: 5,856.00 (the remainder, 0.01).
     * Interest over the term: 10,815.65.
     */
    @Test
    void equal_instalments_of_200000_over_36_months_at_3_45_percent() {
        RepaymentSchedule s = schedule(RepaymentMethod.EQUAL_INSTALMENTS);

        assertThat(s.instalment(1)).extracting(Instalment::principalFen, Instalment::interestFen,
                        Instalment::borrowerInterestFen, Instalment::subsidisedInterestFen, Instalment::balanceAfterFen)
                .containsExactly(528_099L, 57_500L, 32_500L, 25_000L, 19_471_901L);
        assertThat(s.instalment(1).dueFen()).isEqualTo(585_599L);
        assertThat(s.instalment(2)).extracting(Instalment::principalFen, Instalment::interestFen,
                        Instalment::borrowerInterestFen, Instalment::subsidisedInterestFen)
                .containsExactly(529_617L, 55_982L, 31_642L, 24_340L);
        assertThat(s.instalment(35).dueFen()).isEqualTo(585_599L);
        assertThat(s.instalment(36)).extracting(Instalment::principalFen, Instalment::interestFen,
                        Instalment::dueFen, Instalment::balanceAfterFen)
                .containsExactly(583_921L, 1_679L, 585_600L, 0L);
        assertThat(s.totalInterestFen()).isEqualTo(1_081_565L);
        assertThat(s.instalment(1).dueDate()).isEqualTo(LocalDate.of(2026, 2, 15));
        assertThat(s.instalment(36).dueDate()).isEqualTo(LocalDate.of(2029, 1, 15));
    }

    /**
     * Equal principal: 200,000 / 36 = 5,555.555... = 5,555.56 each month; the 36th takes the rest,
     * 200,000 - 35 x 5,555.56 = 5,555.40. Month 1 interest 575.00 (borrower 325.00); month 2 on 194,444.44:
     * 559.027... = 559.03, borrower 315.972... = 315.97, subsidised 243.06; month 36 on 5,555.40: 15.97.
     * Interest over the term: 0.002875 x 5,555.56 x (36 + 35 + ... + 1) less the rounding = 10,637.50.
     */
    @Test
    void equal_principal_puts_the_remainder_on_the_last_month() {
        RepaymentSchedule s = schedule(RepaymentMethod.EQUAL_PRINCIPAL);

        assertThat(s.instalment(1)).extracting(Instalment::principalFen, Instalment::interestFen,
                        Instalment::borrowerInterestFen)
                .containsExactly(555_556L, 57_500L, 32_500L);
        assertThat(s.instalment(2)).extracting(Instalment::principalFen, Instalment::interestFen,
                        Instalment::borrowerInterestFen, Instalment::subsidisedInterestFen)
                .containsExactly(555_556L, 55_903L, 31_597L, 24_306L);
        assertThat(s.instalment(36)).extracting(Instalment::principalFen, Instalment::interestFen)
                .containsExactly(555_540L, 1_597L);
        assertThat(s.totalInterestFen()).isEqualTo(1_063_750L);
    }

    /**
     * Interest monthly, principal at the end: 575.00 interest every month (325.00 the borrower's, 250.00
     * subsidised), the 36th month 200,000.00 + 575.00; 20,700.00 interest in all, 9,000.00 of it subsidised.
     */
    @Test
    void interest_monthly_and_principal_at_the_end() {
        RepaymentSchedule s = schedule(RepaymentMethod.INTEREST_MONTHLY_PRINCIPAL_AT_END);

        assertThat(s.instalments()).allSatisfy(i -> assertThat(i.interestFen()).isEqualTo(57_500L));
        assertThat(s.instalment(35).principalFen()).isZero();
        assertThat(s.instalment(36).dueFen()).isEqualTo(20_057_500L);
        assertThat(s.totalInterestFen()).isEqualTo(2_070_000L);
        assertThat(s.totalSubsidisedFen()).isEqualTo(900_000L);
    }

    /** A fixed 2.15%: month 1 the borrower pays 200,000 x 2.15% / 12 = 358.333... = 358.33, subsidy 216.67. */
    @Test
    void a_fixed_borrower_rate_of_2_15_percent() {
        RepaymentSchedule s = RepaymentSchedule.of(new LoanTerms(20_000_000, 36, new BigDecimal("3.45"), PAID_OUT,
                RepaymentMethod.EQUAL_INSTALMENTS), new BorrowerRate.Fixed(new BigDecimal("2.15")), ReferenceRates.none());

        assertThat(s.instalment(1).borrowerInterestFen()).isEqualTo(35_833L);
        assertThat(s.instalment(1).subsidisedInterestFen()).isEqualTo(21_667L);
    }

    /** The LPR falls from 3.45% to 3.10% on 20 June 2026: from the period starting 15 July the borrower pays 1.60%. */
    @Test
    void a_reference_rate_cut_mid_term_moves_the_split_not_the_bank_interest() {
        ReferenceRates cut = ReferenceRates.of(List.of(
                new ReferenceRates.Published(LocalDate.of(2025, 5, 20), new BigDecimal("3.45")),
                new ReferenceRates.Published(LocalDate.of(2026, 6, 20), new BigDecimal("3.10"))));
        RepaymentSchedule before = schedule(RepaymentMethod.INTEREST_MONTHLY_PRINCIPAL_AT_END);
        RepaymentSchedule after = RepaymentSchedule.of(before.terms(), LPR_LESS_150, cut);

        assertThat(after.instalment(6).borrowerPercent()).isEqualByComparingTo("1.95"); // period from 15 June
        assertThat(after.instalment(7).borrowerPercent()).isEqualByComparingTo("1.60"); // period from 15 July
        assertThat(after.instalment(7).borrowerInterestFen()).isEqualTo(26_667L);     // 200,000 x 1.6% / 12
        assertThat(after.instalment(7).subsidisedInterestFen()).isEqualTo(30_833L);
        assertThat(after.totalInterestFen()).isEqualTo(before.totalInterestFen());
    }

    @Test
    void a_borrower_rate_above_the_bank_rate_leaves_nothing_to_subsidise() {
        RepaymentSchedule s = RepaymentSchedule.of(new LoanTerms(1_000_000, 12, new BigDecimal("3.00"), PAID_OUT,
                RepaymentMethod.EQUAL_PRINCIPAL), new BorrowerRate.Fixed(new BigDecimal("4.00")), ReferenceRates.none());

        assertThat(s.totalSubsidisedFen()).isZero();
    }

    @Test
    void an_interest_free_loan_repays_the_amount_in_equal_parts() {
        RepaymentSchedule s = RepaymentSchedule.of(new LoanTerms(1_000_000, 3, BigDecimal.ZERO, PAID_OUT,
                RepaymentMethod.EQUAL_INSTALMENTS), new BorrowerRate.Fixed(BigDecimal.ZERO), ReferenceRates.none());

        assertThat(s.instalments()).extracting(Instalment::principalFen).containsExactly(333_333L, 333_333L, 333_334L);
    }

    @Test
    void a_loan_of_less_than_one_yuan_a_month_is_refused() {
        assertThatThrownBy(() -> new LoanTerms(3_599, 36, new BigDecimal("3.45"), PAID_OUT,
                RepaymentMethod.EQUAL_PRINCIPAL)).isInstanceOf(IllegalArgumentException.class);
    }

    /** 3,000 random loans: the principal adds up to the amount, nothing is negative, the split adds up. */
    @Test
    void random_loans_keep_the_sums_exact() {
        Random random = new Random(20261129L);
        RepaymentMethod[] methods = RepaymentMethod.values();
        for (int run = 0; run < 3_000; run++) {
            int months = 1 + random.nextInt(LoanTerms.MAX_MONTHS);
            long amount = 100L * months + (long) (random.nextDouble() * 500_000_000L);
            BigDecimal bank = BigDecimal.valueOf(random.nextInt(1_500), 2);
            BorrowerRate borrower = random.nextBoolean()
                    ? new BorrowerRate.Fixed(BigDecimal.valueOf(random.nextInt(1_500), 2))
                    : new BorrowerRate.BelowReference(random.nextInt(400));
            ReferenceRates lpr = ReferenceRates.of(List.of(
                    new ReferenceRates.Published(LocalDate.of(2019, 8, 20), BigDecimal.valueOf(random.nextInt(600), 2)),
                    new ReferenceRates.Published(LocalDate.of(2027, 1, 20), BigDecimal.valueOf(random.nextInt(600), 2))));
            LoanTerms terms = new LoanTerms(amount, months, bank, PAID_OUT.plusDays(random.nextInt(400)),
                    methods[random.nextInt(methods.length)]);
            RepaymentSchedule s = RepaymentSchedule.of(terms, borrower, lpr);
            String seen = "run " + run + ": " + terms + " " + borrower;

            assertThat(s.instalments()).as(seen).hasSize(months);
            assertThat(s.instalments().stream().mapToLong(Instalment::principalFen).sum()).as(seen).isEqualTo(amount);
            assertThat(s.instalments()).as(seen).allSatisfy(i -> {
                assertThat(i.principalFen()).isNotNegative();
                assertThat(i.interestFen()).isNotNegative();
                assertThat(i.borrowerInterestFen()).isNotNegative();
                assertThat(i.subsidisedInterestFen()).isNotNegative();
                assertThat(i.borrowerInterestFen() + i.subsidisedInterestFen()).isEqualTo(i.interestFen());
                assertThat(i.balanceAfterFen()).isNotNegative();
            });
        }
    }
}
