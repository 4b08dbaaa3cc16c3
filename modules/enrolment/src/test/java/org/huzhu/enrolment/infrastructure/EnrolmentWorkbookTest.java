package org.huzhu.enrolment.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import org.huzhu.tenancy.api.Refused;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.huzhu.enrolment.domain.EnrolmentRow;
import org.huzhu.enrolment.domain.RowError;
import org.huzhu.enrolment.infrastructure.EnrolmentWorkbook.ErrorLine;
import org.huzhu.enrolment.infrastructure.EnrolmentWorkbook.TemplatePlan;
import org.huzhu.kernel.identity.InvalidNationalIdException;
import org.huzhu.kernel.identity.NationalId;
import org.junit.jupiter.api.Test;

/** The Excel template, its streaming reader and the error list, read back with POI as a clerk's Excel would. */
class EnrolmentWorkbookTest {

    private static final String ID = "11010519850304011X";
    private static final List<TemplatePlan> PLANS = List.of(
            new TemplatePlan("accident-injury", "意外伤害互助保障", "30", 1, 5),
            new TemplatePlan("critical-illness", "重大疾病互助保障", "20.00", 1, 3));

    @Test
    void the_template_is_filled_in_and_read_back_row_by_row() throws IOException {
        byte[] filled;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(EnrolmentWorkbook.template(PLANS)))) {
            XSSFSheet list = workbook.getSheet("参保名单");
            assertThat(texts(list.getRow(0))).containsExactly("姓名", "身份证号", "手机号", "会员卡号", "保障计划", "份数");
            assertThat(list.getPaneInformation().isFreezePane()).isTrue();
            for (int column : new int[] {1, 2, 3}) {
                assertThat(list.getColumnStyle(column).getDataFormatString()).as("column " + column).isEqualTo("@");
            }
            List<? extends DataValidation> validations = list.getDataValidations();
            assertThat(validations).extracting(v -> v.getValidationConstraint().getValidationType())
                    .containsExactlyInAnyOrder(DataValidationConstraint.ValidationType.LIST,
                            DataValidationConstraint.ValidationType.INTEGER);
            DataValidationConstraint units = validations.stream()
                    .filter(v -> v.getValidationConstraint().getValidationType() == DataValidationConstraint.ValidationType.INTEGER)
                    .findFirst().orElseThrow().getValidationConstraint();
            assertThat(List.of(units.getFormula1(), units.getFormula2())).containsExactly("1", "5");
            assertThat(workbook.getName(EnrolmentWorkbook.PLAN_CODES_NAME).getRefersToFormula()).isEqualTo("'保障计划'!$A$2:$A$3");

            Sheet plans = workbook.getSheet("保障计划");
            assertThat(texts(plans.getRow(1)).subList(0, 3)).containsExactly("accident-injury", "意外伤害互助保障", "30.00");
            assertThat(plans.getRow(2).getCell(4).getNumericCellValue()).isEqualTo(3);

            fill(list.createRow(1), "王伟", ID, "13812345678", "6228480012345678901", "accident-injury", "2");
            fill(list.createRow(2), "李娜", "110105198807090221", "", "", "critical-illness", "");
            filled = bytes(workbook);
        }
        assertThat(read(filled)).containsExactly(
                new EnrolmentRow(2, "王伟", ID, "13812345678", "6228480012345678901", "accident-injury", "2"),
                new EnrolmentRow(3, "李娜", "110105198807090221", "", "", "critical-illness", ""));
    }

    @Test
    void columns_are_found_by_chinese_or_english_name_in_any_order() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("名单");
            fill(sheet.createRow(0), "Units", "备注", "plan", " 身份证号 ", "NAME");
            fill(sheet.createRow(1), "1", "新入职", "accident-injury", ID, "王伟");
            assertThat(read(bytes(workbook))).containsExactly(
                    new EnrolmentRow(2, "王伟", ID, "", "", "accident-injury", "1"));
        }
    }

    @Test
    void a_sheet_without_a_needed_column_is_refused_at_row_one() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            fill(workbook.createSheet().createRow(0), "姓名", "电话", "保障计划");
            byte[] bytes = bytes(workbook);
            assertThatThrownBy(() -> read(bytes)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("row 1: the column idNumber is missing");
        }
    }

    @Test
    void an_id_typed_as_a_number_is_read_as_excel_kept_it_and_marked_as_a_number() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet();
            fill(sheet.createRow(0), "姓名", "身份证号", "手机号", "保障计划", "份数");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("王伟");
            row.createCell(1).setCellValue(1.10101199003075E17); // what Excel keeps of 110101199003074514 typed as a number
            row.createCell(2).setCellValue(13812345678d);
            row.createCell(3).setCellValue("accident-injury");
            row.createCell(4).setCellValue(2d);
            Row typedInFull = sheet.createRow(2);
            fill(typedInFull, "李娜");
            typedInFull.createCell(1).setCellValue(110101199003074514d); // more digits than Excel keeps: rounded as Excel shows
            typedInFull.createCell(4).setCellValue(2.5);

            List<EnrolmentRow> rows = read(bytes(workbook));
            assertThat(rows.get(0)).isEqualTo(new EnrolmentRow(2, "王伟", "110101199003075000", "13812345678", "",
                    "accident-injury", "2", "", "", "", Set.of("idNumber", "phone", "units")));
            assertThat(rows.get(1).idNumber()).isEqualTo("110101199003075000");
            assertThat(rows.get(1).units()).isEqualTo("2.5");
            assertThat(rows.get(1).numericFields()).containsExactlyInAnyOrder("idNumber", "units");
            assertThatThrownBy(() -> NationalId.parse(rows.get(0).idNumber())).isInstanceOf(InvalidNationalIdException.class);
        }
    }

    @Test
    void blank_rows_are_skipped_and_rows_keep_the_numbers_excel_shows() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet();
            sheet.createRow(0); // an empty first row: the header is the first row with something in it
            fill(sheet.createRow(1), "姓名", "身份证号", "保障计划");
            fill(sheet.createRow(2), "王伟", ID, "accident-injury");
            fill(sheet.createRow(3), "", " ", "");
            sheet.createRow(4).createCell(2).setCellStyle(workbook.createCellStyle());
            fill(sheet.createRow(7), "李娜", ID, "critical-illness");
            assertThat(read(bytes(workbook))).extracting(EnrolmentRow::rowNumber, EnrolmentRow::name)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "王伟"), org.assertj.core.groups.Tuple.tuple(8, "李娜"));
        }
    }

    @Test
    void a_file_that_is_not_xlsx_is_refused_with_a_clear_message() throws IOException {
        byte[] csv = "姓名,身份证号,保障计划\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> read(csv)).isInstanceOf(Refused.class)
                .satisfies(e -> assertThat(((Refused) e).key()).isEqualTo("enrolment.refused.notXlsx"));
        assertThatThrownBy(() -> read(new byte[0])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty");
        byte[] xls = new byte[512]; // the header of an OLE2 file: Excel 97-2003, or an encrypted .xlsx
        System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1},
                0, xls, 0, 8);
        assertThatThrownBy(() -> read(xls)).isInstanceOf(Refused.class)
                .satisfies(e -> assertThat(((Refused) e).key()).isEqualTo("enrolment.refused.oldExcel"));
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("not a workbook".getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> read(zip.toByteArray())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a readable Excel workbook");
    }

    @Test
    void the_error_list_has_the_rows_as_written_and_all_their_messages() throws IOException {
        EnrolmentRow bad = new EnrolmentRow(7, "张三", "110105198503040110", "1381234567", "", "accident-injury", "9",
                "女", "1985-03-04", "某某公司工会", Set.of());
        List<RowError> errors = List.of(
                new RowError(7, "idNumber", "CHECK_DIGIT", "校验位不正确", "wrong check digit"),
                new RowError(7, "phone", "PHONE_11_DIGITS", "手机号应为以1开头的11位数字", "11 digits"),
                new RowError(7, "member", "PLAN_RULE", "本计划仅限女职工参加", "women only"),
                new RowError(7, "gender", "GENDER_NOT_ID", "性别与身份证号不符", "gender"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EnrolmentWorkbook.writeErrors(out, List.of(new ErrorLine(7, bad, errors),
                new ErrorLine(9, new EnrolmentRow(9, "", ID, "", "", "x", ""),
                        List.of(new RowError(9, "name", "REQUIRED", "姓名不能为空", "missing")))).iterator());

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheet("错误行");
            assertThat(texts(sheet.getRow(0))).containsExactly("行号", "姓名", "身份证号", "手机号", "会员卡号", "保障计划", "份数",
                    "性别", "出生日期", "基层工会", "错误");
            assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(7);
            assertThat(texts(first).subList(1, 11)).containsExactly("张三", "110105198503040110", "1381234567", "",
                    "accident-injury", "9", "女", "1985-03-04", "某某公司工会",
                    "身份证号：校验位不正确；手机号：手机号应为以1开头的11位数字；会员：本计划仅限女职工参加；性别：性别与身份证号不符");
            assertThat(first.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("@");
            assertThat(first.getCell(2).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(2).getCell(10).getStringCellValue()).isEqualTo("姓名：姓名不能为空");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
        }
    }

    @Test
    void a_long_list_streams_through_in_order() throws IOException {
        int count = 50_000;
        byte[] bytes;
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            SXSSFSheet sheet = workbook.createSheet();
            fill(sheet.createRow(0), "姓名", "身份证号", "手机号", "保障计划", "份数");
            for (int i = 1; i <= count; i++) {
                fill(sheet.createRow(i), "会员" + i, ID, "138" + String.format("%08d", i), "accident-injury", "1");
            }
            bytes = bytes(workbook);
        }
        int[] next = {2};
        List<String> outOfOrder = new ArrayList<>();
        EnrolmentWorkbook.read(new ByteArrayInputStream(bytes), row -> {
            if (row.rowNumber() != next[0] || !row.name().equals("会员" + (next[0] - 1))) {
                outOfOrder.add("expected row " + next[0] + ", got " + row.rowNumber());
            }
            next[0]++;
        });
        assertThat(outOfOrder).isEmpty();
        assertThat(next[0] - 2).isEqualTo(count);
    }

    private static List<EnrolmentRow> read(byte[] xlsx) {
        List<EnrolmentRow> rows = new ArrayList<>();
        EnrolmentWorkbook.read(new ByteArrayInputStream(xlsx), rows::add);
        return rows;
    }

    private static void fill(Row row, String... values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            Cell cell = row.getCell(i);
            texts.add(cell == null ? "" : new DataFormatter().formatCellValue(cell));
        }
        return texts;
    }

    private static byte[] bytes(Workbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }
}
