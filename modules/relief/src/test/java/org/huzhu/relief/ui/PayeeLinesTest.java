package org.huzhu.relief.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.huzhu.relief.api.CondolenceItems.PayeeForm;
import org.huzhu.tenancy.api.Refused;
import org.junit.jupiter.api.Test;

/** Payees pasted from a spreadsheet: one a line, commas of either width or tabs; a short line named by its row. */
class PayeeLinesTest {

    @Test
    void lines_become_payees_with_an_optional_reason_that_may_hold_commas() {
        List<PayeeForm> payees = PayeeLines.read("张三, 110105196803081248, 6217000012345678901\n\n"
                + "李四，11010519700101002X，6217 0000 1234 5678，因灾致困, 房屋倒塌\r\n王五\t110105197001010001\t6217000012345678");
        assertThat(payees).hasSize(3);
        assertThat(payees.get(0)).isEqualTo(new PayeeForm("张三", "110105196803081248", "6217000012345678901", null));
        assertThat(payees.get(1).reason()).isEqualTo("因灾致困, 房屋倒塌");
        assertThat(payees.get(1).cardNo()).isEqualTo("6217 0000 1234 5678");
        assertThat(payees.get(2).name()).isEqualTo("王五");
        assertThat(payees.get(0).toString()).doesNotContain("110105196803081248");
    }

    @Test
    void a_line_without_id_and_card_is_refused_naming_its_row_as_the_service_counts_rows() {
        try {
            PayeeLines.read("张三, 110105196803081248, 6217000012345678901\n\n李四, 11010519700101002X");
        } catch (Refused refused) {
            assertThat(refused.field()).as("the second payee, blank lines not counted").isEqualTo("payees[1]");
            assertThat(refused.key()).isEqualTo("relief.refused.payeeLine");
            return;
        }
        throw new AssertionError("not refused");
    }
}
