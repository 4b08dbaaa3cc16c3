package org.huzhu.microloans.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.huzhu.microloans.api.RepaymentMethod;
import org.junit.jupiter.api.Test;

/**
 * One loan throughout: 200,000.00 yuan, 12 months, interest monthly and principal at the end, bank 3.45%, paid
 * out 15 January 2026, the borrower at LPR - 150 bp. While the LPR is 3.45% each month's interest is 575.00, the
 * borrower's 325.00 (1.95%) and the subsidy's 250.00. The first quarter holds the instalments due 15 February and
 * 15 March 2026; the second those due 15 April, 15 May and 15 June.
 */
class SubsidyCalculatorTest {

    static final LocalDate PAID_OUT = LocalDate.of(2026, 1, 15);
    static final LoanTerms TERMS = new LoanTerms(20_000_000, 12, new BigDecimal("3.45"), PAID_OUT,
            RepaymentMethod.INTEREST_MONTHLY_PRINCIPAL_AT_END);
    static final BorrowerRate LPR_LESS_150 = new BorrowerRate.BelowReference(150);
    static final ReferenceRates LPR = ReferenceRates.of(List.of(
            new ReferenceRates.Published(LocalDate.of(2025, 5, 20), new BigDecimal("3.45"))));
    static final RepaymentSchedule SCHEDULE = RepaymentSchedule.of(TERMS, LPR_LESS_150, LPR);
    static final SettlementPeriod Q1 = SettlementPeriod.quarter("2026Q1");

    static InstalmentPayment paid(int n, LocalDate on, long interest) {
        return new InstalmentPayment(n, on, 0, interest, 0);
    }

    static SubsidyWorking q1(List<InstalmentPayment> payments, SubsidyConditions conditions) {
        return SubsidyCalculator.compute(SCHEDULE, payments, conditions, Q1);
    }

    @Test
    void both_instalments_paid_on_the_due_day_earn_250_each() {
        SubsidyWorking w = q1(List.of(paid(1, LocalDate.of(2026, 2, 15), 57_500),
                paid(2, LocalDate.of(2026, 3, 13), 57_500)), SubsidyConditions.NONE);

        assertThat(w.lines()).extracting(SubsidyWorking.Line::outcome)
                .containsExactly(SubsidyOutcome.ON_TIME, SubsidyOutcome.ON_TIME);
        assertThat(w.subsidyFen()).isEqualTo(50_000L);
    }

    @Test
    void an_instalment_paid_a_day_late_earns_nothing_and_its_penalty_interest_is_not_subsidised() {
        SubsidyWorking w = q1(List.of(paid(1, LocalDate.of(2026, 2, 15), 57_500),
                new InstalmentPayment(2, LocalDate.of(2026, 3, 16), 0, 57_500, 9)), SubsidyConditions.NONE);

        assertThat(w.lines().get(1).outcome()).isEqualTo(SubsidyOutcome.LATE);
        assertThat(w.lines().get(1).penaltyFen()).isEqualTo(9L);
        assertThat(w.lines().get(1).subsidyFen()).isZero();
        assertThat(w.subsidyFen()).isEqualTo(25_000L);
    }

    @Test
    void a_partly_paid_instalment_earns_nothing_whether_the_rest_comes_late_or_never() {
        SubsidyWorking never = q1(List.of(paid(1, LocalDate.of(2026, 2, 15), 50_000),
                paid(2, LocalDate.of(2026, 3, 15), 57_500)), SubsidyConditions.NONE);
        SubsidyWorking late = q1(List.of(paid(1, LocalDate.of(2026, 2, 15), 50_000),
                paid(1, LocalDate.of(2026, 2, 20), 7_500), paid(2, LocalDate.of(2026, 3, 15), 57_500)),
                SubsidyConditions.NONE);

        assertThat(never.lines().get(0)).extracting(SubsidyWorking.Line::outcome, SubsidyWorking.Line::paidFen)
                .containsExactly(SubsidyOutcome.UNPAID, 50_000L);
        assertThat(never.subsidyFen()).isEqualTo(25_000L);
        assertThat(late.lines().get(0).outcome()).isEqualTo(SubsidyOutcome.LATE);
        assertThat(late.lines().get(0).paidInFullOn()).isEqualTo(LocalDate.of(2026, 2, 20));
        assertThat(late.subsidyFen()).isEqualTo(25_000L);
    }

    @Test
    void an_extended_loan_earns_nothing_from_the_extension_on() {
        SubsidyWorking w = q1(List.of(paid(1, LocalDate.of(2026, 2, 15), 57_500),
                paid(2, LocalDate.of(2026, 3, 15), 57_500)), new SubsidyConditions(LocalDate.of(2026, 3, 1), null, null));

        assertThat(w.lines()).extracting(SubsidyWorking.Line::outcome)
                .containsExactly(SubsidyOutcome.ON_TIME, SubsidyOutcome.EXTENDED);
        assertThat(w.subsidyFen()).isEqualTo(25_000L);
    }

    @Test
    void after_the_business_stopped_nothing_is_subsidised_even_when_paid_on_time() {
        SubsidyWorking w = q1(List.of(paid(1, LocalDate.of(2026, 2, 15), 57_500),
                paid(2, LocalDate.of(2026, 3, 15), 57_500)), new SubsidyConditions(null, LocalDate.of(2026, 3, 10), null));

        assertThat(w.lines()).extracting(SubsidyWorking.Line::outcome)
                .containsExactly(SubsidyOutcome.ON_TIME, SubsidyOutcome.BUSINESS_STOPPED);
        assertThat(w.subsidyFen()).isEqualTo(25_000L);
    }

    @Test
    void the_product_subsidising_only_the_first_month_stops_there() {
        SubsidyWorking w = q1(List.of(paid(1, LocalDate.of(2026, 2, 15), 57_500),
                paid(2, LocalDate.of(2026, 3, 15), 57_500)), new SubsidyConditions(null, null, 1));

        assertThat(w.lines().get(1).outcome()).isEqualTo(SubsidyOutcome.BEYOND_SUBSIDY_TERM);
        assertThat(w.subsidyFen()).isEqualTo(25_000L);
    }

    /**
     * The LPR falls to 3.10% on 20 March 2026. The instalment due 15 April ran from 15 March at 3.45% (subsidy
     * 250.00); those due 15 May and 15 June ran at 3.10%: the borrower pays 1.60%, 200,000 x 1.6% / 12 = 266.67,
     * the subsidy 575.00 - 266.67 = 308.33 each. Second quarter: 250.00 + 308.33 + 308.33 = 866.66.
     */
    @Test
    void a_reference_rate_cut_mid_term_raises_the_subsidy_from_the_next_period() {
        ReferenceRates cut = ReferenceRates.of(List.of(
                new ReferenceRates.Published(LocalDate.of(2025, 5, 20), new BigDecimal("3.45")),
                new ReferenceRates.Published(LocalDate.of(2026, 3, 20), new BigDecimal("3.10"))));
        RepaymentSchedule schedule = RepaymentSchedule.of(TERMS, LPR_LESS_150, cut);
        List<InstalmentPayment> payments = List.of(paid(3, LocalDate.of(2026, 4, 15), 57_500),
                paid(4, LocalDate.of(2026, 5, 15), 57_500), paid(5, LocalDate.of(2026, 6, 15), 57_500));

        SubsidyWorking w = SubsidyCalculator.compute(schedule, payments, SubsidyConditions.NONE,
                SettlementPeriod.quarter("2026q2"));

        assertThat(w.lines()).extracting(SubsidyWorking.Line::subsidyFen).containsExactly(25_000L, 30_833L, 30_833L);
        assertThat(w.subsidyFen()).isEqualTo(86_666L);
    }

    @Test
    void at_payoff_the_whole_term_is_settled_once_all_is_repaid() {
        List<InstalmentPayment> payments = new java.util.ArrayList<>();
        for (Instalment i : SCHEDULE.instalments()) {
            payments.add(new InstalmentPayment(i.number(), i.dueDate(), i.principalFen(), i.interestFen(), 0));
        }
        assertThat(SubsidyCalculator.repaid(SCHEDULE, payments.subList(0, 11))).isFalse();
        assertThat(SubsidyCalculator.repaid(SCHEDULE, payments)).isTrue();

        SubsidyWorking w = SubsidyCalculator.compute(SCHEDULE, payments, SubsidyConditions.NONE,
                SettlementPeriod.payoff(SCHEDULE));

        assertThat(w.lines()).hasSize(12);
        assertThat(w.subsidyFen()).isEqualTo(300_000L);
    }

    @Test
    void quarters_are_calendar_quarters() {
        assertThat(SettlementPeriod.quarterOf(LocalDate.of(2026, 11, 29)))
                .isEqualTo(new SettlementPeriod("2026Q4", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)));
    }
}
