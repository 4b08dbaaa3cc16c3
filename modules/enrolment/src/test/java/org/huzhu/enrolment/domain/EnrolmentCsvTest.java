package org.huzhu.enrolment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import org.huzhu.tenancy.api.Refused;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.huzhu.kernel.text.LimitExceeded;
import org.junit.jupiter.api.Test;

/** Reading CSV lists as Excel and HR systems save them: encodings, column order, streaming. */
class EnrolmentCsvTest {

    private static final String CSV = "姓名,身份证号,保障计划,份数\n王伟,11010519850304011X,accident-injury,2\n\n李娜,110105198807090221,critical-illness,\n";

    private static List<EnrolmentRow> decodeAndRead(byte[] bytes) {
        return EnrolmentCsv.read(EnrolmentCsv.decode(new ByteArrayInputStream(bytes)));
    }

    @Test
    void a_csv_saved_by_excel_on_chinese_windows_in_gbk_is_read() {
        List<EnrolmentRow> rows = decodeAndRead(CSV.getBytes(Charset.forName("GBK")));
        assertThat(rows).extracting(EnrolmentRow::name).containsExactly("王伟", "李娜");
        assertThat(rows).extracting(EnrolmentRow::rowNumber).containsExactly(2, 4);
    }

    @Test
    void a_gb18030_only_character_in_a_name_survives() {
        String name = "王\uD840\uDC00"; // U+20000, outside GBK, in GB18030
        List<EnrolmentRow> rows = decodeAndRead(CSV.replace("王伟", name).getBytes(Charset.forName("GB18030")));
        assertThat(rows.get(0).name()).isEqualTo(name);
    }

    @Test
    void a_utf8_csv_with_a_byte_order_mark_is_read_without_the_mark() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = CSV.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, bytes, 0, 3);
        System.arraycopy(text, 0, bytes, 3, text.length);
        List<EnrolmentRow> rows = decodeAndRead(bytes);
        assertThat(rows).extracting(EnrolmentRow::name).containsExactly("王伟", "李娜");
    }

    @Test
    void a_utf8_csv_without_a_mark_is_read_even_when_a_character_straddles_the_sample() {
        StringBuilder csv = new StringBuilder("姓名,身份证号,保障计划\n");
        int n = 0;
        while (csv.toString().getBytes(StandardCharsets.UTF_8).length < EnrolmentCsv.SNIFF_BYTES + 100) {
            csv.append("欧阳明").append(n++).append(",11010519850304011X,accident-injury\n");
        }
        List<EnrolmentRow> rows = decodeAndRead(csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(rows).hasSize(n).allSatisfy(r -> assertThat(r.name()).startsWith("欧阳明"));
    }

    @Test
    void bytes_that_fit_neither_encoding_are_refused_not_garbled() {
        byte[] bytes = "姓名,身份证号,保障计划\n王伟,1,a\n".getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[bytes.length + 2];
        System.arraycopy(bytes, 0, broken, 0, bytes.length);
        broken[bytes.length] = (byte) 0x81; // a GB18030 lead byte followed by an invalid trail byte
        broken[bytes.length + 1] = (byte) 0x7F;
        // the clerk's input, so a refusal naming the file (a 400), not an I/O failure of ours (a 500)
        assertThatThrownBy(() -> decodeAndRead(broken)).isInstanceOf(Refused.class)
                .satisfies(e -> assertThat(((Refused) e).key()).isEqualTo("enrolment.refused.encoding"))
                .satisfies(e -> assertThat(((Refused) e).field()).isEqualTo("file"));
    }

    @Test
    void columns_are_found_by_name_in_any_order_and_rows_are_streamed() {
        List<EnrolmentRow> rows = new ArrayList<>();
        EnrolmentCsv.read(new StringReader("units,Plan,IDNumber,备注,name\n3,accident-injury,11010519850304011X,x,王伟\n"), rows::add);
        assertThat(rows).singleElement().isEqualTo(
                new EnrolmentRow(2, "王伟", "11010519850304011X", "", "", "accident-injury", "3"));
    }

    @Test
    void an_empty_file_is_refused() {
        assertThatThrownBy(() -> EnrolmentCsv.read(new StringReader(""))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void a_line_without_an_end_is_refused_at_the_line_limit_not_read_whole() {
        String noBreak = "姓名,身份证号,保障计划\n王伟," + "1".repeat(5_000_000);
        assertThatThrownBy(() -> EnrolmentCsv.read(new StringReader(noBreak))).isInstanceOf(LimitExceeded.class)
                .hasMessageContaining("line 2").hasMessageContaining(EnrolmentCsv.MAX_LINE_CHARS + " characters");
    }

    @Test
    void a_cell_longer_than_the_limit_or_a_row_of_thousands_of_columns_is_refused() {
        String longName = "姓名,身份证号,保障计划\n" + "王".repeat(EnrolmentColumns.MAX_CELL_CHARS + 1)
                + ",11010519850304011X,accident-injury\n";
        assertThatThrownBy(() -> EnrolmentCsv.read(new StringReader(longName))).isInstanceOf(LimitExceeded.class)
                .hasMessageContaining("row 2");
        String wide = "姓名,身份证号,保障计划" + ",x".repeat(3_000) + "\n";
        assertThatThrownBy(() -> EnrolmentCsv.read(new StringReader(wide))).isInstanceOf(LimitExceeded.class)
                .hasMessageContaining("columns");
    }
}
