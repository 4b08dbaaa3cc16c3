package org.huzhu.reporting.infrastructure;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A dashboard on A4 pages: a title, tables and bar charts (this period against last year's, drawn as vector bars,
 * so the chart is as sharp as the text). Chinese text with the Noto Sans SC font the application bundles (the fee
 * statement's, a resource of the enrolment jar); only the glyphs used are embedded. Texts come translated.
 */
public final class ReportPdf {

    /** The bundled font: a resource the enrolment module's build puts beside its fee statement. */
    static final String FONT = "/org/huzhu/enrolment/infrastructure/NotoSansSC-Regular.ttf";
    private static final float MARGIN = 48;
    private static final float LINE = 16;
    private static final Color CURRENT = new Color(0x54, 0x70, 0xc6);
    private static final Color LAST = new Color(0x91, 0xcc, 0x75);

    /** One bar pair: a label, this period's value and last year's (in any unit, drawn to the largest). */
    public record Bar(String label, double current, double lastYear) {
    }

    private sealed interface Block permits Title, Table, Chart {
    }

    private record Title(String text, float size) implements Block {
    }

    private record Table(List<String> header, List<List<String>> rows) implements Block {
    }

    private record Chart(String caption, String currentLabel, String lastLabel, List<Bar> bars) implements Block {
    }

    private final List<Block> blocks = new ArrayList<>();

    public ReportPdf title(String text) {
        blocks.add(new Title(text, 16));
        return this;
    }

    public ReportPdf subtitle(String text) {
        blocks.add(new Title(text, 11));
        return this;
    }

    public ReportPdf table(List<String> header, List<List<String>> rows) {
        blocks.add(new Table(header, rows));
        return this;
    }

    public ReportPdf bars(String caption, String currentLabel, String lastLabel, List<Bar> bars) {
        blocks.add(new Chart(caption, currentLabel, lastLabel, bars));
        return this;
    }

    public void write(OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument(); InputStream in = ReportPdf.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("the bundled PDF font " + FONT + " is missing from the build");
            }
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
            try {
                new Pages(document, PDType0Font.load(document, ttf, true)).draw(blocks);
                document.save(out); // subsets the font: its file must still be open
            } finally {
                ttf.close();
            }
        }
    }

    /** Draws blocks top-down, starting a new page when the next line does not fit. */
    private static final class Pages {
        private final PDDocument document;
        private final PDType0Font font;
        private PDPageContentStream content;
        private float y;

        Pages(PDDocument document, PDType0Font font) {
            this.document = document;
            this.font = font;
        }

        void draw(List<Block> blocks) throws IOException {
            newPage();
            try {
                for (Block b : blocks) {
                    if (b instanceof Title t) {
                        text(t.text(), MARGIN, t.size(), t.size() + 8);
                    } else if (b instanceof Table t) {
                        table(t);
                    } else if (b instanceof Chart c) {
                        chart(c);
                    }
                }
            } finally {
                content.close();
            }
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        private void need(float height) throws IOException {
            if (y - height < MARGIN) {
                newPage();
            }
        }

        private void text(String text, float x, float size, float advance) throws IOException {
            need(advance);
            y -= advance;
            put(text, x, y, size);
        }

        private void put(String text, float x, float atY, float size) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, atY);
            content.showText(text == null ? "" : text);
            content.endText();
        }

        private void table(Table t) throws IOException {
            float width = (PDRectangle.A4.getWidth() - 2 * MARGIN) / Math.max(1, t.header().size());
            row(t.header(), width);
            for (List<String> r : t.rows()) {
                row(r, width);
            }
            y -= LINE / 2;
        }

        private void row(List<String> cells, float width) throws IOException {
            need(LINE);
            y -= LINE;
            for (int i = 0; i < cells.size(); i++) {
                put(cells.get(i), MARGIN + i * width, y, 9);
            }
        }

        private void chart(Chart c) throws IOException {
            float barHeight = 7;
            need(LINE * 2 + c.bars().size() * (barHeight * 2 + 6));
            text(c.caption(), MARGIN, 10, LINE + 4);
            float legend = PDRectangle.A4.getWidth() - MARGIN - 200;
            bar(legend, y, 8, 8, CURRENT);
            put(c.currentLabel(), legend + 12, y, 8);
            bar(legend + 100, y, 8, 8, LAST);
            put(c.lastLabel(), legend + 112, y, 8);
            double max = c.bars().stream().mapToDouble(b -> Math.max(b.current(), b.lastYear())).max().orElse(0);
            float labelWidth = 130;
            float full = PDRectangle.A4.getWidth() - 2 * MARGIN - labelWidth;
            for (Bar b : c.bars()) {
                y -= barHeight * 2 + 6;
                put(b.label(), MARGIN, y + barHeight / 2, 8);
                bar(MARGIN + labelWidth, y + barHeight, scale(b.current(), max, full), barHeight, CURRENT);
                bar(MARGIN + labelWidth, y, scale(b.lastYear(), max, full), barHeight, LAST);
            }
            y -= LINE;
        }

        private static float scale(double value, double max, float full) {
            return max <= 0 ? 0 : (float) (value / max * full);
        }

        private void bar(float x, float atY, float length, float height, Color color) throws IOException {
            content.setNonStrokingColor(color);
            content.addRect(x, atY, Math.max(length, 0.5f), height);
            content.fill();
            content.setNonStrokingColor(Color.BLACK);
        }
    }
}
