package org.huzhu.relief.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.huzhu.kernel.identity.Gender;
import org.huzhu.kernel.identity.NationalId;
import org.huzhu.tenancy.api.Refused;
import org.junit.jupiter.api.Test;

/** A non-member payee as the office enters one: checked field by field, the row named, numbers never repeated. */
class PayeeEntryTest {

    private static final String ID = NationalId.compose("110105", LocalDate.of(1968, 3, 8), 124, Gender.FEMALE).value();
    private static final String CARD = "6217000012345678901";

    @Test
    void a_good_entry_keeps_the_name_id_card_and_reason_and_shows_them_masked() {
        PayeeEntry e = PayeeEntry.read(0, " 张三 ", ID.substring(0, 17) + Character.toLowerCase(ID.charAt(17)),
                "6217 0000 1234 5678 901", "  因灾致困 ");
        assertThat(e.name()).isEqualTo("张三");
        assertThat(e.idNumber().value()).isEqualTo(ID);
        assertThat(e.cardNo()).as("spaces between groups dropped").isEqualTo(CARD);
        assertThat(e.reason()).isEqualTo("因灾致困");
        assertThat(e.cardMasked()).isEqualTo("6217****8901");
        assertThat(e.toString()).doesNotContain(ID).doesNotContain(CARD).contains("6217****8901");
        assertThat(PayeeEntry.read(0, "李四", ID, CARD, " ").reason()).as("no reason").isNull();
    }

    @Test
    void each_bad_field_is_refused_naming_its_row_and_field() {
        String wrongCheck = ID.substring(0, 17) + (ID.charAt(17) == '1' ? '2' : '1');
        assertThat(field(() -> PayeeEntry.read(2, "张三", wrongCheck, CARD, null))).isEqualTo("payees[2].idNumber");
        assertThat(field(() -> PayeeEntry.read(0, "张三", "11010519680308", CARD, null))).isEqualTo("payees[0].idNumber");
        assertThat(field(() -> PayeeEntry.read(1, " ", ID, CARD, null))).isEqualTo("payees[1].name");
        assertThat(field(() -> PayeeEntry.read(1, "张".repeat(61), ID, CARD, null))).isEqualTo("payees[1].name");
        assertThat(field(() -> PayeeEntry.read(4, "张三", ID, "621700001234567", null))).as("15 digits")
                .isEqualTo("payees[4].cardNo");
        assertThat(field(() -> PayeeEntry.read(4, "张三", ID, "62170000123456789012", null))).as("20 digits")
                .isEqualTo("payees[4].cardNo");
        assertThat(field(() -> PayeeEntry.read(4, "张三", ID, "6217-0000-1234-5678", null))).isEqualTo("payees[4].cardNo");
        assertThat(field(() -> PayeeEntry.read(3, "张三", ID, CARD, "x".repeat(201)))).isEqualTo("payees[3].reason");
        Refused refused = (Refused) org.assertj.core.api.Assertions.catchThrowable(
                () -> PayeeEntry.read(2, "张三", wrongCheck, CARD, null));
        assertThat(refused.kind()).isEqualTo(Refused.Kind.BAD_INPUT);
        assertThat(List.of(refused.params())).as("the number is not repeated").noneMatch(p -> p.toString().contains(ID
                .substring(6, 14)));
        assertThat(refused.getMessage()).doesNotContain(wrongCheck);
    }

    @Test
    void payees_lines_come_in_payee_order_and_the_budget_cuts_the_first_that_does_not_fit_with_all_after_it() {
        CondolenceRule rule = new CondolenceRule(100_000, 250_000);
        List<CondolenceRule.Line> lines = rule.apply(List.of(CondolenceRule.Case.payee(31, "丙", "/"),
                CondolenceRule.Case.payee(12, "甲", "/"), CondolenceRule.Case.payee(20, "乙", "/")));
        assertThat(lines).extracting(l -> l.recipient().payeeId() + ":" + l.withinBudget())
                .containsExactly("12:true", "20:true", "31:false");
        assertThat(lines).allMatch(l -> l.recipient().memberId() == null && !l.recipient().hardship());
        assertThat(lines).extracting(CondolenceRule.Line::position).containsExactly(1, 2, 3);
        CondolenceLine line = new CondolenceLine(7, lines.get(0));
        assertThat(line.memberId()).isNull();
        assertThat(line.payeeId()).isEqualTo(12L);
        assertThat(line.memberName()).isEqualTo("甲");
        assertThat(line.values()).as("member_id null, payee_id set").containsSubsequence(null, 12L, "甲");
        assertThat(line.status()).isEqualTo(AidLineStatus.COMPUTED);
        assertThat(new CondolenceLine(7, lines.get(2)).status()).isEqualTo(AidLineStatus.CUT);
        assertThatThrownBy(() -> rule.apply(List.of(CondolenceRule.Case.payee(12, "甲", "/"),
                CondolenceRule.Case.payee(12, "甲", "/")))).as("a payee twice").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CondolenceRule.Case(null, null, "无", "/", false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(rule.apply(List.of(CondolenceRule.Case.payee(5, "甲", "/"), new CondolenceRule.Case(5, "会员", "/", false))))
                .as("member 5 and payee 5 are two people").hasSize(2);
    }

    private static String field(Runnable read) {
        try {
            read.run();
        } catch (Refused refused) {
            return refused.field();
        }
        throw new AssertionError("not refused");
    }
}
