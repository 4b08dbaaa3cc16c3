package org.huzhu.enrolment.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.huzhu.enrolment.domain.FeeStatement;
import org.huzhu.enrolment.domain.FeeStatement.Line;
import org.junit.jupiter.api.Test;

/** The fee statement PDF, read back as text the way a clerk's viewer (or a search) sees it. */
class FeeStatementPdfTest {

    private static final FeeStatement STATEMENT = new FeeStatement("北京市职工互助保障服务中心", "北京市东城区某某有限公司工会",
            "BJ-DC-001", "FS-2026-000123", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31),
            List.of(new Line("意外伤害互助保障", 300, 411, 1_233_000L), new Line("女职工特殊疾病互助保障", 2, 2, 1_234_567L - 1_233_000L)),
            1_234_567L);

    @Test
    void a_statement_shows_union_lines_total_in_figures_and_capitals_and_the_day_to_pay_by() throws IOException {
        byte[] pdf = FeeStatementPdf.render(STATEMENT);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            String text = new PDFTextStripper().getText(document).replace(" ", "");
            assertThat(text).contains("会费缴纳通知单", "北京市职工互助保障服务中心", "北京市东城区某某有限公司工会", "BJ-DC-001",
                    "FS-2026-000123", "2026年1月5日", "2026年1月1日", "意外伤害互助保障", "12,330.00", "15.67",
                    "12,345.67", "壹万贰仟叁佰肆拾伍元陆角柒分", "请于2026年1月31日前缴纳");
            PDFont font = document.getPage(0).getResources().getFont(
                    document.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).as("a subset is embedded, tagged ABCDEF+").matches("[A-Z]{6}\\+.*");
        }
        assertThat(pdf.length).as("a subset, not the 17 MB font").isLessThan(200_000);
    }

    @Test
    void a_statement_with_many_plans_continues_on_a_second_page() throws IOException {
        List<Line> lines = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            lines.add(new Line("计划" + i, 1, 1, 100));
        }
        FeeStatement many = new FeeStatement("北京", "某工会", "BJ-1", "FS-1", LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), lines, 4_000);
        try (PDDocument document = Loader.loadPDF(FeeStatementPdf.render(many))) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            assertThat(new PDFTextStripper().getText(document).replace(" ", "")).contains("计划40", "肆拾元整");
        }
    }

    @Test
    void a_total_that_is_not_the_sum_of_the_lines_is_refused() {
        assertThatThrownBy(() -> new FeeStatement("北京", "某工会", "BJ-1", "FS-1", LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), List.of(new Line("计划", 1, 1, 100)), 101))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not the sum");
    }

    @Test
    void the_font_is_taken_from_the_property_then_the_environment_then_the_debian_paths() {
        Path installed = FeeStatementPdf.DEFAULT_FONTS.get(0);
        List<Path> defaults = List.of(Path.of("/no/such.ttc"), installed);
        Map<String, String> none = Map.of();
        assertThat(FeeStatementPdf.fontPath(none::get, none::get, defaults)).isEqualTo(installed);
        assertThat(FeeStatementPdf.fontPath(none::get, Map.of(FeeStatementPdf.FONT_ENV, installed.toString())::get,
                List.of())).isEqualTo(installed);
        assertThatThrownBy(() -> FeeStatementPdf.fontPath(Map.of(FeeStatementPdf.FONT_PROPERTY, "/no/font.ttf")::get,
                Map.of(FeeStatementPdf.FONT_ENV, installed.toString())::get, defaults))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("/no/font.ttf")
                .hasMessageContaining("huzhu.pdf.font");
    }

    @Test
    void without_any_chinese_font_the_message_says_what_to_install_or_set() {
        Map<String, String> none = Map.of();
        assertThatThrownBy(() -> FeeStatementPdf.fontPath(none::get, none::get, List.of(Path.of("/no/such.ttc"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("huzhu.pdf.font").hasMessageContaining("fonts-wqy-zenhei");
    }
}
