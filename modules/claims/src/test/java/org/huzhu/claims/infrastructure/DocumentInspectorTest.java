package org.huzhu.claims.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.huzhu.claims.domain.DocumentPlausibility;
import org.junit.jupiter.api.Test;

/** What real and fake receipts look like to the plausibility rule with the platform's default thresholds. */
class DocumentInspectorTest {

    private static final DocumentPlausibility RULE = DocumentPlausibility.DEFAULT;

    private static String doubt(String type, byte[] content) {
        return RULE.doubt("r.pdf", type, DocumentInspector.inspect(type, content));
    }

    static byte[] pdf(String text) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            if (text != null) {
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(50, 700);
                    content.showText(text);
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    @Test
    void a_one_line_pdf_of_a_few_bytes_or_a_few_words_is_doubted() throws IOException {
        assertThat(doubt("application/pdf", pdf("receipt"))).isEqualTo("DOC_EMPTY_PDF|r.pdf|7|0");
        assertThat(doubt("application/pdf", "%PDF-1.4 receipt\n".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("DOC_SMALL|r.pdf|17");
    }

    @Test
    void a_pdf_page_without_text_or_pictures_is_doubted_and_one_with_a_receipt_text_is_not() throws IOException {
        assertThat(new DocumentPlausibility(0, 200, 10).doubt("r.pdf", "application/pdf",
                DocumentInspector.inspect("application/pdf", pdf(null)))).startsWith("DOC_EMPTY_PDF|r.pdf|");
        assertThat(doubt("application/pdf", pdf("Invoice 2026-0001, Beijing hospital, total 3000.00 yuan"))).isNull();
    }

    @Test
    void an_image_of_a_few_pixels_is_doubted_and_a_photo_sized_one_is_not() throws IOException {
        byte[] tiny = png(3, 3);
        assertThat(RULE.doubt("r.png", "image/png", DocumentInspector.inspect("image/png", tiny)))
                .satisfiesAnyOf(d -> assertThat(d).isEqualTo("DOC_PIXELS|r.png|3|3"), d -> assertThat(d).startsWith("DOC_SMALL|r.png|"));
        assertThat(new DocumentPlausibility(0, 200, 10).doubt("r.png", "image/png", DocumentInspector.inspect("image/png", tiny)))
                .isEqualTo("DOC_PIXELS|r.png|3|3");
        assertThat(doubt("image/png", png(800, 600))).isNull();
    }

    @Test
    void the_tenant_may_lower_the_thresholds() throws IOException {
        assertThat(new DocumentPlausibility(0, 0, 0).doubt("r.pdf", "application/pdf",
                DocumentInspector.inspect("application/pdf", pdf(null)))).isNull();
    }
}
