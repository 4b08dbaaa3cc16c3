package org.huzhu.enrolment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huzhu.enrolment.domain.EnrolmentListCheckTest.BEIJING;
import static org.huzhu.enrolment.domain.EnrolmentListCheckTest.MAN;
import static org.huzhu.enrolment.domain.EnrolmentListCheckTest.TERM;
import static org.huzhu.enrolment.domain.EnrolmentListCheckTest.WOMAN;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.huzhu.enrolment.infrastructure.EnrolmentWorkbook;
import org.huzhu.kernel.identity.InvalidNationalIdException;
import org.huzhu.kernel.identity.NationalId;
import org.junit.jupiter.api.Test;

/**
 * The mistakes real clerks' spreadsheets carry, through the reader and the check as an upload meets them:
 * number cells that Excel already cut short, scientific notation in a CSV, full-width card digits, characters a
 * bank file cannot carry, cells longer than what the database stores, and rows of another union.
 */
class ClerksSpreadsheetMistakesTest {

    private static final String CARD = "6217000012345678901";
    private static final String EXCEL_CUT_ID = "此列为数字格式，身份证号已被 Excel 截断：请将该列设为文本后重新填写";

    private final EnrolmentListCheck check = new EnrolmentListCheck(BEIJING, TERM, Set.of("BJ", "BJ-DC", "BJ-DC-001"),
            "BJ-DC-001", "东城华信科技有限公司工会", (id, plan) -> false);

    @Test
    void a_number_cell_id_is_refused_even_when_its_cut_digits_pass_the_check_digit() throws IOException {
        String cut = cutIdThatStillValidates();
        assertThat(NationalId.parse(cut).value()).as("the digits Excel kept pass GB 11643").isEqualTo(cut);
        byte[] xlsx = workbook(sheet -> {
            header(sheet);
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("李娜");
            row.createCell(1).setCellValue(Double.parseDouble(cut)); // as Excel holds an 18-digit ID typed as a number
            row.createCell(4).setCellValue("accident-injury");
            Row formatted = sheet.createRow(2);
            formatted.createCell(0).setCellValue("王芳");
            formatted.createCell(1).setCellValue(Double.parseDouble(cut));
            CellStyle wholeNumber = sheet.getWorkbook().createCellStyle();
            wholeNumber.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("0")); // shows all 18 digits
            formatted.getCell(1).setCellStyle(wholeNumber);
            formatted.createCell(4).setCellValue("critical-illness");
        });

        EnrolmentListCheck.Result result = check.check(read(xlsx));
        assertThat(result.good()).isEmpty();
        assertThat(result.errors()).extracting(e -> e.rowNumber() + ":" + e.field() + ":" + e.rule())
                .containsExactly("2:idNumber:EXCEL_NUMBER", "3:idNumber:EXCEL_NUMBER");
        assertThat(result.errors().get(0).messageZh()).isEqualTo(EXCEL_CUT_ID);
        assertThat(result.errors().get(0).messageEn()).contains("format the column as text");
    }

    @Test
    void a_number_cell_card_is_refused_and_an_eleven_digit_number_cell_phone_is_kept() throws IOException {
        byte[] xlsx = workbook(sheet -> {
            header(sheet);
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("王伟");
            row.createCell(1).setCellValue(MAN);
            row.createCell(2).setCellValue(13812345678d); // 11 digits: Excel holds them exactly
            row.createCell(3).setCellValue(Double.parseDouble(CARD)); // 19 digits: the last four are lost
            row.createCell(4).setCellValue("accident-injury");
            Row phoneOnly = sheet.createRow(2);
            phoneOnly.createCell(0).setCellValue("李娜");
            phoneOnly.createCell(1).setCellValue(WOMAN);
            phoneOnly.createCell(2).setCellValue(13812345678d);
            phoneOnly.createCell(4).setCellValue("accident-injury");
            Row decimalPhone = sheet.createRow(3);
            decimalPhone.createCell(0).setCellValue("张三");
            decimalPhone.createCell(1).setCellValue(WOMAN);
            decimalPhone.createCell(2).setCellValue(1381234567.8);
            decimalPhone.createCell(4).setCellValue("critical-illness");
        });

        EnrolmentListCheck.Result result = check.check(read(xlsx));
        assertThat(result.errors()).extracting(e -> e.rowNumber() + ":" + e.field() + ":" + e.rule())
                .containsExactly("2:cardNo:EXCEL_NUMBER", "4:phone:EXCEL_NUMBER");
        assertThat(result.errors().get(0).messageZh()).contains("会员卡号已被 Excel 截断");
        assertThat(result.good()).singleElement().satisfies(r -> assertThat(r.phone()).isEqualTo("13812345678"));
    }

    @Test
    void scientific_notation_in_a_csv_is_refused_for_id_card_and_phone() {
        String csv = String.join("\n", "姓名,身份证号,手机号,会员卡号,保障计划",
                "王伟,1.10108199803239e+17,13812345678,,accident-injury",
                "李娜," + WOMAN + ",13812345678,6.21700000000000E+18,accident-injury",
                "张三," + MAN + ",1.38123E+10,,accident-injury");
        List<RowError> errors = check.check(EnrolmentCsv.read(new StringReader(csv))).errors();
        assertThat(errors).extracting(e -> e.rowNumber() + ":" + e.field() + ":" + e.rule())
                .containsExactly("2:idNumber:EXCEL_NUMBER", "3:cardNo:EXCEL_NUMBER", "4:phone:EXCEL_NUMBER");
        assertThat(errors.get(0).messageZh()).isEqualTo(EXCEL_CUT_ID);
    }

    @Test
    void card_numbers_are_ascii_digits_of_the_banks_length_and_names_fit_a_bank_file() {
        String csv = String.join("\n", "姓名,身份证号,手机号,会员卡号,保障计划",
                "王伟," + MAN + ",13812345678,６２１７００００１２３４５６７８９０１,accident-injury",
                "李娜," + WOMAN + ",13812345678,621700001234567,accident-injury",
                "张三," + MAN + ",13812345678,6217-0000-1234-5678,critical-illness",
                "\"王|五\"," + WOMAN + ",13812345678," + CARD + ",critical-illness",
                "\"赵\t六\"," + MAN + ",13812345678,,inpatient-medical",
                "欧阳·明," + WOMAN + ",13812345678," + CARD + ",inpatient-medical");
        EnrolmentListCheck.Result result = check.check(EnrolmentCsv.read(new StringReader(csv)));
        assertThat(result.errors()).extracting(e -> e.rowNumber() + ":" + e.field() + ":" + e.rule()).containsExactly(
                "2:cardNo:FULL_WIDTH_DIGITS", "3:cardNo:CARD_DIGITS", "4:cardNo:CARD_DIGITS",
                "5:name:NAME_CHARACTERS", "6:name:NAME_CHARACTERS");
        assertThat(result.good()).singleElement().satisfies(r -> {
            assertThat(r.rowNumber()).isEqualTo(7);
            assertThat(r.cardNo()).isEqualTo(CARD);
        });
        assertThat(result.errors()).allSatisfy(e -> assertThat(e.messageZh() + e.messageEn()).doesNotContain("6217"));
    }

    @Test
    void every_field_has_a_length_and_no_message_outgrows_its_column() {
        // cells as long as an upload may carry at all (longer ones refuse the file: EnrolmentCsvTest)
        String longName = "王".repeat(EnrolmentColumns.MAX_CELL_CHARS);
        String longPlan = "p".repeat(EnrolmentColumns.MAX_CELL_CHARS);
        String csv = String.join("\n", "姓名,身份证号,手机号,会员卡号,保障计划,份数,性别,基层工会",
                longName + "," + MAN + ",13812345678,,accident-injury,1,,",
                "王伟," + WOMAN + ",13812345678,," + longPlan + ",1,,",
                "李娜," + "1".repeat(EnrolmentColumns.MAX_CELL_CHARS) + ",13812345678,,accident-injury,1,,",
                "张三," + MAN + ",13812345678,,accident-injury," + "1".repeat(EnrolmentColumns.MAX_CELL_CHARS) + ",,",
                "赵六," + WOMAN + ",13812345678,,accident-injury,1," + "女".repeat(EnrolmentColumns.MAX_CELL_CHARS) + ",",
                "王".repeat(60) + "," + MAN + ",13812345678,,critical-illness,1,,");
        EnrolmentListCheck.Result result = check.check(EnrolmentCsv.read(new StringReader(csv)));
        assertThat(result.errors()).extracting(e -> e.rowNumber() + ":" + e.field() + ":" + e.rule()).containsExactly(
                "2:name:TOO_LONG", "3:plan:TOO_LONG", "4:idNumber:TOO_LONG", "5:units:TOO_LONG", "6:gender:TOO_LONG");
        assertThat(result.errors().get(0).messageZh()).isEqualTo("姓名最多60个字符（本行1000个）");
        assertThat(result.errors().get(1).messageZh()).isEqualTo("保障计划最多40个字符（本行1000个）");
        assertThat(result.errors()).allSatisfy(e -> {
            assertThat(e.messageZh().length()).isLessThanOrEqualTo(300); // enrolment_import_error.message_zh
            assertThat(e.messageEn().length()).isLessThanOrEqualTo(300);
        });
        assertThat(result.good()).singleElement().satisfies(r -> assertThat(r.name()).hasSize(60));
    }

    @Test
    void rows_naming_another_grassroots_union_are_listed_for_a_warning_and_still_checked() {
        String csv = String.join("\n", "姓名,身份证号,保障计划,基层工会",
                "王伟," + MAN + ",accident-injury,东城华信科技有限公司工会",
                "李娜," + WOMAN + ",accident-injury,BJ-DC-001",
                "张三," + NationalId.compose("110105", LocalDate.of(1980, 1, 1), 5, org.huzhu.kernel.identity.Gender.MALE)
                        .value() + ",accident-injury,朝阳恒达物流有限公司工会",
                "赵六," + NationalId.compose("110105", LocalDate.of(1981, 1, 1), 6, org.huzhu.kernel.identity.Gender.FEMALE)
                        .value() + ",accident-injury,",
                "钱七," + NationalId.compose("110105", LocalDate.of(1982, 1, 1), 8, org.huzhu.kernel.identity.Gender.FEMALE)
                        .value() + ",accident-injury,BJ-CY-002");
        EnrolmentListCheck.Result result = check.check(EnrolmentCsv.read(new StringReader(csv)));
        assertThat(result.otherUnionRows()).containsExactly(4, 6);
        assertThat(result.errors()).isEmpty();
        assertThat(result.good()).hasSize(5);
    }

    /**
     * An ID as Excel leaves it when typed as a number: the first 15 digits, then zeros, here chosen so that the
     * check digit, 0, happens to be right (one in eleven are).
     */
    private static String cutIdThatStillValidates() {
        for (LocalDate birth = LocalDate.of(1985, 1, 1); ; birth = birth.plusDays(1)) {
            for (int firstSequenceDigit = 0; firstSequenceDigit < 10; firstSequenceDigit++) {
                String candidate = "110101" + birth.toString().replace("-", "") + firstSequenceDigit + "000";
                try {
                    return NationalId.parse(candidate).value();
                } catch (InvalidNationalIdException e) {
                    // the next one
                }
            }
        }
    }

    private static void header(Sheet sheet) {
        Row header = sheet.createRow(0);
        List<String> names = List.of("姓名", "身份证号", "手机号", "会员卡号", "保障计划");
        for (int i = 0; i < names.size(); i++) {
            header.createCell(i).setCellValue(names.get(i));
        }
    }

    private static byte[] workbook(java.util.function.Consumer<Sheet> fill) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill.accept(workbook.createSheet("参保名单"));
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static List<EnrolmentRow> read(byte[] xlsx) {
        List<EnrolmentRow> rows = new ArrayList<>();
        EnrolmentWorkbook.read(new ByteArrayInputStream(xlsx), rows::add);
        return rows;
    }
}
