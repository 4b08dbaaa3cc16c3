package org.huzhu.payouts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BankPayoutFileTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 27);

    @Test
    void header_one_detail_line_per_payment_and_a_trailer_with_the_control_totals() {
        byte[] file = BankPayoutFile.write("beijing", 12, DAY, 3, 150_001, List.of(
                new BankPayoutFile.Line("HZ12-301", "6215123412341234567", "张三", 50_000),
                new BankPayoutFile.Line("HZ12-302", "6215123412341234", "李四", 100_000),
                new BankPayoutFile.Line("HZ12-303", "6215999912341234", "王五", 1)));
        assertThat(new String(file, StandardCharsets.UTF_8)).isEqualTo("""
                H|HZDP|1|beijing|12|2026-11-27|3|1500.01
                D|1|HZ12-301|6215123412341234567|张三|500.00
                D|2|HZ12-302|6215123412341234|李四|1000.00
                D|3|HZ12-303|6215999912341234|王五|0.01
                T|3|1500.01
                """);
        assertThat(file[0]).as("no byte-order mark").isEqualTo((byte) 'H');
    }

    @Test
    void a_name_holding_the_separator_or_a_line_break_cannot_break_the_format() {
        String text = new String(BankPayoutFile.write("beijing", 1, DAY, 1, 100, List.of(
                new BankPayoutFile.Line("HZ1-1", "6215123412341234", "阿|卜\n杜", 100))), StandardCharsets.UTF_8);
        assertThat(text.split("\n")[1]).isEqualTo("D|1|HZ1-1|6215123412341234|阿 卜 杜|1.00");
    }

    @Test
    void a_run_whose_count_or_total_disagrees_with_its_payments_gets_no_file() {
        List<BankPayoutFile.Line> lines = List.of(new BankPayoutFile.Line("HZ1-1", "6215123412341234", "张三", 100));
        assertThatThrownBy(() -> BankPayoutFile.write("beijing", 1, DAY, 1, 101, lines))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("1.01")
                .hasMessageNotContaining("6215123412341234");
        assertThatThrownBy(() -> BankPayoutFile.write("beijing", 1, DAY, 2, 100, lines))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void an_empty_run_has_a_header_and_a_trailer_only() {
        assertThat(new String(BankPayoutFile.write("baoji", 7, DAY, 0, 0, List.of()), StandardCharsets.UTF_8))
                .isEqualTo("H|HZDP|1|baoji|7|2026-11-27|0|0.00\nT|0|0.00\n");
    }
}
