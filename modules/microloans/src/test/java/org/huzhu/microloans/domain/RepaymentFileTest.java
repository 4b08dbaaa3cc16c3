package org.huzhu.microloans.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.huzhu.microloans.api.RepaymentMethod;
import org.junit.jupiter.api.Test;

class RepaymentFileTest {

    static final LocalDate TODAY = LocalDate.of(2026, 4, 1);
    static final String HEADER = "流水号,合同编号,期次,还款日期,本金,利息,罚息\n";

    @Test
    void a_good_line_is_read_exactly_in_fen() {
        RepaymentFile.Parsed p = RepaymentFile.read("\uFEFF" + HEADER
                + "BOB-20260215-0001,BOB-2026-001,1,2026-02-15,5280.99,575.00,\r\n", TODAY);

        assertThat(p.errors()).isEmpty();
        assertThat(p.lines()).singleElement().satisfies(l -> {
            assertThat(l.contractNo()).isEqualTo("BOB-2026-001");
            assertThat(l.payment()).isEqualTo(new InstalmentPayment(1, LocalDate.of(2026, 2, 15), 528_099, 57_500, 0));
        });
    }

    @Test
    void each_broken_rule_names_its_line_field_and_rule() {
        RepaymentFile.Parsed p = RepaymentFile.read("reference,contractNo,instalment,paidOn,principal,interest,penalty\n"
                + "R-0001,C1,1,2026-02-15,1.00,1.00,0\n"
                + "R-0001,C1,2,2026-03-15,1.00,1.00,0\n"
                + "R-0002,,0,2026-02-30,1.001,-1,x\n"
                + "R-0003,C1,1,2026-05-01,0,0,0\n"
                + "\n"
                + "R-0004,C1,1\n"
                + "R-0005,C1,1,2026-02-15,0,0,0\n", TODAY);

        assertThat(p.lines()).hasSize(1);
        assertThat(p.errors()).containsExactly(
                new FileError(3, "reference", FileError.DUPLICATE_IN_FILE),
                new FileError(4, "contractNo", FileError.REQUIRED),
                new FileError(4, "instalment", FileError.FORMAT),
                new FileError(4, "paidOn", FileError.DATE),
                new FileError(4, "principal", FileError.AMOUNT),
                new FileError(4, "interest", FileError.AMOUNT),
                new FileError(4, "penalty", FileError.AMOUNT),
                new FileError(5, "paidOn", FileError.FUTURE),
                new FileError(7, "line", FileError.COLUMNS),
                new FileError(8, "line", FileError.NOTHING_PAID));
    }

    @Test
    void a_file_without_the_header_is_refused_whole() {
        RepaymentFile.Parsed p = RepaymentFile.read("R-0001,C1,1,2026-02-15,1.00,1.00,0\n", TODAY);

        assertThat(p.headerRefused()).isTrue();
        assertThat(p.errors()).containsExactly(new FileError(1, "line", FileError.HEADER));
    }

    @Test
    void an_unpaid_instalment_is_flagged_with_its_days_overdue() {
        RepaymentSchedule s = RepaymentSchedule.of(new LoanTerms(1_200_000, 12, new BigDecimal("3.45"),
                LocalDate.of(2026, 1, 15), RepaymentMethod.EQUAL_PRINCIPAL), new BorrowerRate.Fixed(BigDecimal.ONE),
                ReferenceRates.none());
        Instalment first = s.instalment(1);
        List<LoanStanding.Row> rows = LoanStanding.of(s, List.of(new InstalmentPayment(1, LocalDate.of(2026, 2, 18),
                first.principalFen(), first.interestFen(), 12)), TODAY);

        assertThat(rows.get(0)).extracting(LoanStanding.Row::overdue, LoanStanding.Row::daysOverdue)
                .containsExactly(false, 3L);                       // paid 3 days late
        assertThat(rows.get(1)).extracting(LoanStanding.Row::overdue, LoanStanding.Row::daysOverdue)
                .containsExactly(true, 17L);                       // due 15 March, unpaid on 1 April
        assertThat(rows.get(2).overdue()).isFalse();               // due 15 April
    }
}
