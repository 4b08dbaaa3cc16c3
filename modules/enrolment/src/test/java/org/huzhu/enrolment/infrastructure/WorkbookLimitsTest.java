package org.huzhu.enrolment.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.huzhu.enrolment.domain.EnrolmentColumns;
import org.huzhu.enrolment.domain.EnrolmentRow;
import org.huzhu.kernel.text.LimitExceeded;
import org.junit.jupiter.api.Test;

/** A workbook may cost the server only so much memory, whatever it holds. */
class WorkbookLimitsTest {

    private static final String ID = "11010519850304011X";

    private static List<EnrolmentRow> read(byte[] xlsx) {
        List<EnrolmentRow> rows = new ArrayList<>();
        EnrolmentWorkbook.read(new ByteArrayInputStream(xlsx), rows::add);
        return rows;
    }

    private static byte[] list(String... names) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet();
            fill(sheet.createRow(0), "姓名", "身份证号", "保障计划");
            for (int i = 0; i < names.length; i++) {
                fill(sheet.createRow(i + 1), names[i], ID, "accident-injury");
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void fill(Row row, String... values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }

    /** The same workbook with one part's text replaced. */
    private static byte[] withPart(byte[] xlsx, String part, String content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(entry.getName().equals(part) ? content.getBytes(StandardCharsets.UTF_8) : in.readAllBytes());
            }
        }
        return out.toByteArray();
    }

    @Test
    void shared_texts_are_read_back_from_disk_in_the_sheets_order() throws IOException {
        assertThat(read(list("王伟", "李娜", "王伟"))).extracting(EnrolmentRow::name).containsExactly("王伟", "李娜", "王伟");
    }

    @Test
    void a_workbook_declaring_millions_of_distinct_texts_is_refused_before_they_are_read() throws IOException {
        String sst = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/"
                + "spreadsheetml/2006/main\" count=\"8400000\" uniqueCount=\"8400000\"><si><t>姓名</t></si></sst>";
        byte[] xlsx = withPart(list("王伟"), "xl/sharedStrings.xml", sst);

        assertThatThrownBy(() -> read(xlsx)).isInstanceOf(LimitExceeded.class)
                .hasMessageContaining("distinct texts")
                .satisfies(e -> assertThat(((LimitExceeded) e).key()).isEqualTo("upload.limit.sharedStrings"));
    }

    @Test
    void a_cell_longer_than_the_limit_is_refused_naming_the_limit() throws IOException {
        byte[] xlsx = list("王".repeat(EnrolmentColumns.MAX_CELL_CHARS + 1));

        assertThatThrownBy(() -> read(xlsx)).isInstanceOf(LimitExceeded.class)
                .hasMessageContaining("more than " + EnrolmentColumns.MAX_CELL_CHARS + " characters");
    }

    @Test
    void an_inline_text_longer_than_the_limit_is_refused_while_the_sheet_is_read() throws IOException {
        String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
                + "spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>"
                + "x".repeat(200_000) + "</t></is></c></row></sheetData></worksheet>";
        byte[] xlsx = withPart(list("王伟"), "xl/worksheets/sheet1.xml", sheet);

        assertThatThrownBy(() -> read(xlsx)).isInstanceOf(LimitExceeded.class).hasMessageContaining("characters");
    }

    @Test
    void a_row_of_thousands_of_columns_is_refused() throws IOException {
        StringBuilder cells = new StringBuilder();
        for (int c = 0; c < 3_000; c++) {
            cells.append("<c t=\"inlineStr\"><is><t>x</t></is></c>");
        }
        String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
                + "spreadsheetml/2006/main\"><sheetData><row r=\"1\">" + cells + "</row></sheetData></worksheet>";
        byte[] xlsx = withPart(list("王伟"), "xl/worksheets/sheet1.xml", sheet);

        assertThatThrownBy(() -> read(xlsx)).isInstanceOf(LimitExceeded.class).hasMessageContaining("columns");
    }
}
