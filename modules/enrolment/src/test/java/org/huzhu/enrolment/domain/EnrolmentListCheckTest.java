package org.huzhu.enrolment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.huzhu.kernel.identity.Gender;
import org.huzhu.kernel.identity.NationalId;
import org.huzhu.plans.api.EnrolmentRules;
import org.huzhu.plans.api.PlanFiles;
import org.junit.jupiter.api.Test;

/** Every rejection rule of an enrolment list, on Beijing's shipped plans. */
class EnrolmentListCheckTest {

    static final LocalDate TERM = LocalDate.of(2026, 1, 1);
    static final String MAN = NationalId.compose("110105", LocalDate.of(1985, 3, 4), 11, Gender.MALE).value();
    static final String WOMAN = NationalId.compose("110105", LocalDate.of(1988, 7, 9), 22, Gender.FEMALE).value();
    private static final String ENROLLED = NationalId.compose("110106", LocalDate.of(1990, 1, 2), 33, Gender.MALE).value();
    static final EnrolmentRules BEIJING = EnrolmentRules.of(PlanFiles.readChecked(tenantConfig().resolve("beijing/plans")));

    private final EnrolmentListCheck check = new EnrolmentListCheck(BEIJING, TERM, Set.of("BJ", "BJ-DC", "BJ-DC-001"),
            (id, plan) -> id.value().equals(ENROLLED) && plan.equals("accident-injury"));

    @Test
    void good_rows_pass_with_the_fee_of_the_version_in_force() {
        EnrolmentListCheck.Result result = check.check(EnrolmentCsv.read(new StringReader(
                "姓名,身份证号,手机号,保障计划,份数\n王伟," + MAN + ",13812345678,accident-injury,2\n李娜," + WOMAN + ",,female-special-diseases,\n")));
        assertThat(result.errors()).isEmpty();
        assertThat(result.good()).extracting(CheckedRow::feeFen).containsExactly(6000L, 3000L);
        assertThat(result.good()).extracting(CheckedRow::units).containsExactly(2, 1);
    }

    @Test
    void each_rule_is_reported_with_row_field_and_rule() {
        String csv = String.join("\n", "name,idNumber,phone,plan,units",
                ",%s,13812345678,accident-injury,1".formatted(MAN),
                "张三,%s,13812345678,accident-injury,1".formatted(MAN.substring(0, 17) + (MAN.charAt(17) == '0' ? '1' : '0')),
                "张三,１１０１０５１９８５０３０４０１１Ｘ,13812345678,accident-injury,1",
                "张三,%s,1381234567,accident-injury,1".formatted(WOMAN),
                "张三,%s,１３８１２３４５６７８,inpatient-medical,1".formatted(WOMAN),
                "张三,%s,13812345678,inpatient-allowance,9".formatted(WOMAN),
                "张三,%s,13812345678,female-special-diseases,1".formatted(MAN),
                "张三,%s,13812345678,no-such-plan,1".formatted(WOMAN),
                "张三,%s,13812345678,accident-injury,two".formatted(WOMAN),
                "张三,%s,13812345678,accident-injury,1".formatted(ENROLLED),
                "王五,%s,13812345678,critical-illness,1".formatted(WOMAN),
                "王五,%s,13812345678,critical-illness,1".formatted(WOMAN));
        List<RowError> errors = check.check(EnrolmentCsv.read(new StringReader(csv))).errors();
        assertThat(errors).extracting(e -> e.rowNumber() + ":" + e.field() + ":" + e.rule()).containsExactly(
                "2:name:REQUIRED",
                "3:idNumber:CHECK_DIGIT",
                "4:idNumber:FULL_WIDTH_DIGITS",
                "5:phone:PHONE_11_DIGITS",
                "6:phone:FULL_WIDTH_DIGITS",
                "7:units:PLAN_RULE",
                "8:member:PLAN_RULE",
                "9:plan:PLAN_RULE",
                "10:units:UNITS_NUMBER",
                "11:idNumber:ALREADY_ENROLLED",
                "13:idNumber:DUPLICATE_IN_FILE");
        assertThat(errors.get(6).messageZh()).isEqualTo("本计划仅限女职工参加");
        assertThat(errors.get(10).messageZh()).contains("第12行");
        assertThat(errors).allSatisfy(e -> assertThat(e.messageZh() + e.messageEn())
                .doesNotContain(MAN).doesNotContain(WOMAN).doesNotContain("13812345678"));
    }

    @Test
    void gender_and_birth_date_when_given_must_agree_with_the_id() {
        String csv = String.join("\n", "姓名,身份证号,性别,出生日期,保障计划",
                "王伟,%s,男,1985-03-04,accident-injury".formatted(MAN),
                "王伟,%s,女,1985/3/4,critical-illness".formatted(MAN),
                "王伟,%s,男,1985-03-05,inpatient-medical".formatted(MAN),
                "李娜,%s,X,88年,accident-injury".formatted(WOMAN),
                "李娜,%s,female,19880709,critical-illness".formatted(WOMAN));
        List<RowError> errors = check.check(EnrolmentCsv.read(new StringReader(csv))).errors();
        assertThat(errors).extracting(e -> e.rowNumber() + ":" + e.field() + ":" + e.rule()).containsExactly(
                "3:gender:GENDER_NOT_ID",
                "4:birthDate:BIRTH_DATE_NOT_ID",
                "5:gender:GENDER_VALUE",
                "5:birthDate:BIRTH_DATE_FORMAT");
    }

    @Test
    void a_list_without_the_needed_columns_is_refused_at_line_one() {
        assertThatThrownBy(() -> EnrolmentCsv.read(new StringReader("姓名,电话\n王伟,138\n")))
                .hasMessageContaining("line 1: the column idNumber is missing");
    }

    @Test
    void excel_csv_with_a_byte_order_mark_and_quotes_is_read() {
        List<EnrolmentRow> rows = EnrolmentCsv.read(new StringReader(
                "\uFEFF姓名,身份证号,保障计划\n\"欧阳, 明\"," + MAN + ",accident-injury\n"));
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("欧阳, 明");
            assertThat(r.rowNumber()).isEqualTo(2);
            assertThat(r.units()).isEmpty();
        });
    }

    private static Path tenantConfig() {
        Path dir = Paths.get("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("tenant-config"))) {
            dir = dir.getParent();
        }
        return dir.resolve("tenant-config");
    }
}
