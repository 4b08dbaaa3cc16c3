package org.huzhu.payouts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.huzhu.kernel.text.LimitExceeded;
import org.junit.jupiter.api.Test;

class BankResultFileTest {

    private static BankResultFile.Parsed parse(String text) {
        return BankResultFile.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void paid_and_failed_lines_are_read_in_order() {
        BankResultFile.Parsed parsed = parse("HZ12-301|S|B0001|\nHZ12-302|F|B0002|卡已销户 card closed\n");
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.lines()).isEqualTo(2);
        assertThat(parsed.outcomes()).containsExactly(
                new BankResultFile.Outcome(1, "HZ12-301", true, "B0001", null),
                new BankResultFile.Outcome(2, "HZ12-302", false, "B0002", "卡已销户 card closed"));
    }

    @Test
    void a_byte_order_mark_crlf_blank_and_comment_lines_are_passed_over_but_counted() {
        BankResultFile.Parsed parsed = parse("\uFEFF# result of run 12\r\n\r\nHZ12-301|S|B0001|\r\n");
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.outcomes()).singleElement().satisfies(o -> {
            assertThat(o.lineNo()).isEqualTo(3);
            assertThat(o.reference()).isEqualTo("HZ12-301");
        });
    }

    @Test
    void malformed_lines_are_reported_with_their_line_number_and_reason() {
        BankResultFile.Parsed parsed = parse(String.join("\n",
                "HZ12-301|S|B0001|",          // 1 good
                "HZ12-302|S|B0002",           // 2 three fields
                "HZ12-303|X|B0003|",          // 3 bad outcome
                "|S|B0004|",                  // 4 no reference
                "HZ12-305|F|B0005|",          // 5 failed without reason
                "HZ12-306|S||",               // 6 no bank reference
                "HZ12-301|F|B0007|again",     // 7 reference repeated
                "HZ12 308|S|B0008|",          // 8 not a reference
                "HZ12-309|F|B0009|卡号错误"));  // 9 good
        assertThat(parsed.outcomes()).extracting(BankResultFile.Outcome::lineNo).containsExactly(1, 9);
        assertThat(parsed.problems()).extracting(BankResultFile.Problem::lineNo).containsExactly(2, 3, 4, 5, 6, 7, 8);
        assertThat(parsed.problems().get(0).reason()).isEqualTo("MALFORMED|3");
        assertThat(parsed.problems().get(1).reason()).isEqualTo("BAD_OUTCOME");
        assertThat(parsed.problems().get(2).reason()).isEqualTo("BAD_REFERENCE");
        assertThat(parsed.problems().get(3).reason()).isEqualTo("NO_REASON");
        assertThat(parsed.problems().get(4).reason()).isEqualTo("BAD_BANK_REFERENCE");
        assertThat(parsed.problems().get(5).reason()).isEqualTo("REPEATED|1");
        assertThat(parsed.lines()).isEqualTo(9);
    }

    @Test
    void an_empty_file_has_nothing_to_apply() {
        BankResultFile.Parsed parsed = parse("");
        assertThat(parsed.outcomes()).isEmpty();
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.lines()).isZero();
    }

    @Test
    void a_file_that_is_not_a_result_file_is_refused_instead_of_listing_every_line() {
        byte[] content = "not a result line\n".repeat(BankResultFile.MAX_PROBLEMS + 1).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> BankResultFile.parse(content)).isInstanceOf(LimitExceeded.class)
                .hasMessageContaining("malformed lines");
        byte[] longLine = ("P-1|S|" + "9".repeat(BankResultFile.MAX_LINE_CHARS) + "|").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> BankResultFile.parse(longLine)).isInstanceOf(LimitExceeded.class)
                .hasMessageContaining("line 1");
    }
}
