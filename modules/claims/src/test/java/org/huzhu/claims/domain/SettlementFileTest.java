package org.huzhu.claims.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.huzhu.kernel.identity.Gender;
import org.huzhu.kernel.identity.NationalId;
import org.huzhu.kernel.text.LimitExceeded;
import org.huzhu.tenancy.api.Refused;
import org.junit.jupiter.api.Test;

/** The settlement file's format: the header, and each rule reported with its line number and field. */
class SettlementFileTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final String HEADER = String.join(",", SettlementFile.HEADER_ZH);
    private static final String ID = NationalId.compose("110108", LocalDate.of(1980, 5, 1), 12, Gender.MALE).value();
    private static final String ID2 = NationalId.compose("110108", LocalDate.of(1982, 6, 2), 14, Gender.MALE).value();

    private static List<SettlementFile.Row> read(String... lines) {
        List<SettlementFile.Row> rows = new ArrayList<>();
        new SettlementFile(TODAY).read(new ByteArrayInputStream((HEADER + "\n" + String.join("\n", lines))
                .getBytes(StandardCharsets.UTF_8)), rows::add);
        return rows;
    }

    private static String line(String no, String id, String admission, String discharge, String total, String basic,
                               String self, String settled) {
        return String.join(",", no, id, "张三", "北京协和医院", admission, discharge, total, basic, self, settled);
    }

    private static String good(String no) {
        return line(no, ID, "2026-03-01", "2026-03-10", "12000.00", "6800.00", "5200.00", "2026-03-12");
    }

    private static LineError only(SettlementFile.Row row) {
        assertThat(row.errors()).as(row.errors().toString()).hasSize(1);
        return row.errors().get(0);
    }

    @Test
    void a_good_line_is_read_with_exact_amounts_in_fen() {
        SettlementFile.Row row = read(good("JS2026-0001")).get(0);
        assertThat(row.good()).isTrue();
        SettlementLine l = row.line();
        assertThat(l.lineNo()).isEqualTo(2);
        assertThat(l.settlementNo()).isEqualTo("JS2026-0001");
        assertThat(l.idNumber().value()).isEqualTo(ID);
        assertThat(l.admission()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(l.totalFen()).isEqualTo(1_200_000);
        assertThat(l.basicFen()).isEqualTo(680_000);
        assertThat(l.selfPaidFen()).isEqualTo(520_000);
        assertThat(l.toString()).doesNotContain(ID);
    }

    @Test
    void the_english_header_is_accepted_and_a_wrong_header_refuses_the_file_naming_line_1() {
        List<SettlementFile.Row> rows = new ArrayList<>();
        new SettlementFile(TODAY).read(new ByteArrayInputStream((String.join(",", SettlementFile.HEADER_EN) + "\n"
                + good("A-0001")).getBytes(StandardCharsets.UTF_8)), rows::add);
        assertThat(rows).hasSize(1);
        assertThatThrownBy(() -> SettlementFile.countLines("姓名,身份证号\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.key()).isEqualTo("claims.settlement.refused.header"));
        assertThatThrownBy(() -> SettlementFile.countLines(new byte[0]))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.key()).isEqualTo("claims.settlement.refused.empty"));
    }

    @Test
    void count_lines_skips_blank_lines_and_a_missing_last_newline() {
        byte[] file = (HEADER + "\r\n" + good("A-0001") + "\r\n\r\n" + good("A-0002")).getBytes(StandardCharsets.UTF_8);
        assertThat(SettlementFile.countLines(file)).isEqualTo(2);
    }

    @Test
    void each_rule_names_line_field_and_rule() {
        List<SettlementFile.Row> rows = read(
                good("A-0001"),
                "A-0002,too,few",
                line("", ID, "2026-03-01", "2026-03-10", "12000.00", "6800.00", "5200.00", "2026-03-12"),
                line("A_0004!", ID, "2026-03-01", "2026-03-10", "12000.00", "6800.00", "5200.00", "2026-03-12"),
                line("A-0005", "110108198005010000", "2026-03-01", "2026-03-10", "12000.00", "6800.00", "5200.00",
                        "2026-03-12"),
                line("A-0006", ID, "2026/03/01", "2026-03-10", "12000.00", "6800.00", "5200.00", "2026-03-12"),
                line("A-0007", ID, "2026-03-01", "2026-12-10", "12000.00", "6800.00", "5200.00", "2026-12-12"),
                line("A-0008", ID, "2026-03-10", "2026-03-01", "12000.00", "6800.00", "5200.00", "2026-03-12"),
                line("A-0009", ID, "2026-03-01", "2026-03-10", "12000.00", "6800.00", "5200.00", "2026-03-09"),
                line("A-0010", ID, "2026-03-01", "2026-03-10", "12000.001", "6800.00", "5200.00", "2026-03-12"),
                line("A-0011", ID, "2026-03-01", "2026-03-10", "12000.00", "-6800.00", "5200.00", "2026-03-12"),
                line("A-0012", ID, "2026-03-01", "2026-03-10", "12000.00", "6800.00", "5100.00", "2026-03-12"),
                good("A-0001"),
                line("A-0014", ID2, "2026-03-01", "2026-03-10", "1.2e4", "6800.00", "5200.00", "2026-03-12"));
        assertThat(rows.get(0).good()).isTrue();
        assertRule(rows.get(1), 3, "line", LineError.COLUMNS);
        assertRule(rows.get(2), 4, "settlementNo", LineError.REQUIRED);
        assertRule(rows.get(3), 5, "settlementNo", LineError.FORMAT);
        assertRule(rows.get(4), 6, "idNumber", LineError.ID_NUMBER);
        assertRule(rows.get(5), 7, "admission", LineError.DATE);
        assertThat(rows.get(6).errors()).extracting(LineError::field).containsExactly("discharge", "settlementDate");
        assertThat(rows.get(6).errors()).extracting(LineError::rule).containsOnly(LineError.FUTURE);
        assertRule(rows.get(7), 9, "discharge", LineError.DATE_ORDER);
        assertRule(rows.get(8), 10, "settlementDate", LineError.DATE_ORDER);
        assertRule(rows.get(9), 11, "totalCost", LineError.AMOUNT);
        assertRule(rows.get(10), 12, "basicInsurance", LineError.AMOUNT);
        assertRule(rows.get(11), 13, "totalCost", LineError.AMOUNTS_ADD_UP);
        assertRule(rows.get(12), 14, "settlementNo", LineError.DUPLICATE_IN_FILE);
        assertRule(rows.get(13), 15, "totalCost", LineError.AMOUNT);
        rows.forEach(r -> r.errors().forEach(e -> assertThat(e.message()).doesNotContain(ID).startsWith("LINE_")
                .doesNotContainPattern("\\p{IsHan}")));
    }

    @Test
    void a_line_with_several_problems_reports_them_all_and_blank_lines_keep_the_numbering() {
        List<SettlementFile.Row> rows = read("", line("B-0001", "", "", "2026-03-10", "x", "6800.00", "5200.00",
                "2026-03-12"));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).lineNo()).isEqualTo(3);
        assertThat(rows.get(0).errors()).extracting(LineError::field)
                .containsExactly("idNumber", "admission", "totalCost");
    }

    private static void assertRule(SettlementFile.Row row, int lineNo, String field, String rule) {
        LineError e = only(row);
        assertThat(row.lineNo()).isEqualTo(lineNo);
        assertThat(e.lineNo()).isEqualTo(lineNo);
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.rule()).isEqualTo(rule);
    }

    @Test
    void a_file_with_a_line_past_the_limit_is_refused_in_the_upload_naming_the_line() {
        byte[] content = (String.join(",", SettlementFile.HEADER_ZH) + "\nJS-1," + "9".repeat(SettlementFile.MAX_LINE_CHARS)
                + "\n").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SettlementFile.countLines(content)).isInstanceOf(LimitExceeded.class)
                .hasMessageContaining("line 2");
        byte[] noBreak = "结算单号".repeat(SettlementFile.MAX_LINE_CHARS).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SettlementFile.countLines(noBreak)).isInstanceOf(LimitExceeded.class)
                .hasMessageContaining("line 1");
    }
}
