package org.huzhu.enrolment.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
    void with_no_font_configured_the_bundled_noto_sans_sc_is_embedded_and_carries_the_chinese() throws IOException {
        Map<String, String> none = Map.of();
        byte[] pdf = FeeStatementPdf.render(STATEMENT, none::get, none::get);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFont font = document.getPage(0).getResources().getFont(
                    document.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.getName()).as("the bundled font, not one the host happens to have").contains("NotoSansSC");
            assertThat(font.isEmbedded()).isTrue();
            assertThat(new PDFTextStripper().getText(document).replace(" ", "")).contains("会费缴纳通知单",
                    "壹万贰仟叁佰肆拾伍元陆角柒分");
        }
        assertThat(FeeStatementPdf.class.getResource(FeeStatementPdf.BUNDLED_FONT)).as("in the jar the WAR carries")
                .isNotNull();
        assertThat(FeeStatementPdf.class.getResource("NotoSansSC-OFL.txt")).as("with its licence").isNotNull();
    }

    @Test
    void a_configured_font_is_taken_from_the_property_then_the_environment_and_must_exist() throws IOException {
        Path font = Files.createTempFile("font", ".ttf");
        try (InputStream bundled = FeeStatementPdf.class.getResourceAsStream(FeeStatementPdf.BUNDLED_FONT)) {
            Files.copy(bundled, font, StandardCopyOption.REPLACE_EXISTING);
        }
        Map<String, String> none = Map.of();
        assertThat(FeeStatementPdf.configuredFont(none::get, none::get)).isEmpty();
        assertThat(FeeStatementPdf.configuredFont(none::get, Map.of(FeeStatementPdf.FONT_ENV, font.toString())::get))
                .contains(font);
        assertThatThrownBy(() -> FeeStatementPdf.configuredFont(Map.of(FeeStatementPdf.FONT_PROPERTY, "/no/font.ttf")::get,
                Map.of(FeeStatementPdf.FONT_ENV, font.toString())::get))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("/no/font.ttf")
                .hasMessageContaining("huzhu.pdf.font");
        Map<String, String> property = Map.of(FeeStatementPdf.FONT_PROPERTY, font.toString());
        try (PDDocument document = Loader.loadPDF(FeeStatementPdf.render(STATEMENT, property::get, none::get))) {
            assertThat(new PDFTextStripper().getText(document)).contains("会费缴纳通知单");
        } finally {
            Files.delete(font);
        }
    }
}
