package org.huzhu.enrolment.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.huzhu.enrolment.domain.FeeStatement;
import org.huzhu.kernel.money.CapitalNumerals;
import org.huzhu.kernel.money.Money;

/**
 * Renders a {@link FeeStatement} as an A4 PDF in Chinese (会费缴纳通知单): who issues it and to whom, the
 * statement number and dates, one table line per plan, the total in figures and in capital numerals, and the
 * day to pay by. Chinese needs an embedded CJK font: the TrueType font (.ttf, or the first font of a .ttc
 * collection) named by the system property {@value #FONT_PROPERTY}, else the environment variable
 * {@value #FONT_ENV}, else Noto Sans SC, which the build bundles beside this class ({@value #BUNDLED_FONT}, SIL
 * Open Font License), so no server depends on a system font; only the glyphs used are embedded.
 * A statement with more plans than fit on one page continues on further pages.
 */
public final class FeeStatementPdf {

    public static final String FONT_PROPERTY = "huzhu.pdf.font";
    public static final String FONT_ENV = "HUZHU_PDF_FONT";
    /** The bundled font, a resource beside this class (put there by the build: src/build/pdf-font.sh). */
    public static final String BUNDLED_FONT = "NotoSansSC-Regular.ttf";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.CHINA);
    private static final float MARGIN = 56;
    private static final float ROW = 22;
    private static final float[] COLUMN_X = {MARGIN, 296, 376, 446, 539};
    private static final float TABLE_BOTTOM = 72;
    private static final float SPACE_AFTER_TABLE = 150;

    private FeeStatementPdf() {
    }

    public static byte[] render(FeeStatement statement) {
        return render(statement, System::getProperty, System::getenv);
    }

    /** The statement with the font the property, else the environment, names; else with the bundled font. */
    static byte[] render(FeeStatement statement, UnaryOperator<String> property, UnaryOperator<String> env) {
        Optional<Path> configured = configuredFont(property, env);
        try (PDDocument document = new PDDocument(); EmbeddedFont embedded = EmbeddedFont.open(configured, document)) {
            document.getDocumentInformation().setTitle("会费缴纳通知单 " + statement.statementNo());
            document.getDocumentInformation().setAuthor(statement.tenantName());
            new Layout(document, embedded.font).draw(statement);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out); // subsets the font: its file must still be open
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render fee statement " + statement.statementNo(), e);
        }
    }

    /**
     * The font file the operator configured, which must exist, or empty for the bundled font.
     *
     * @throws IllegalStateException if the configured file does not exist, naming the setting
     */
    static Optional<Path> configuredFont(UnaryOperator<String> property, UnaryOperator<String> env) {
        String configured = property.apply(FONT_PROPERTY);
        String source = "system property " + FONT_PROPERTY;
        if (configured == null || configured.isBlank()) {
            configured = env.apply(FONT_ENV);
            source = "environment variable " + FONT_ENV;
        }
        if (configured == null || configured.isBlank()) {
            return Optional.empty();
        }
        Path path = Path.of(configured.strip());
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("the PDF font " + path + " named by the " + source + " does not exist");
        }
        return Optional.of(path);
    }

    /** The bundled font's bytes, read once: each document parses its own copy (a parsed font is not shared). */
    private static final class Bundled {
        /**
         * FontBox warns at every parse that it ignores Noto's format 14 cmap (variation sequences, which a
         * statement never uses); held here so the level set on it stays (JUL keeps loggers weakly).
         */
        static final Logger CMAP_LOG = quiet(Logger.getLogger("org.apache.fontbox.ttf.CmapSubtable"));
        static final byte[] BYTES = read();

        private static Logger quiet(Logger logger) {
            logger.setLevel(Level.SEVERE);
            return logger;
        }

        private static byte[] read() {
            try (InputStream in = FeeStatementPdf.class.getResourceAsStream(BUNDLED_FONT)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled PDF font " + BUNDLED_FONT + " is missing from the "
                            + "build (modules/enrolment/src/build/pdf-font.sh puts it there)");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled PDF font " + BUNDLED_FONT, e);
            }
        }
    }

    /** The font embedded in a document, and the file it came from (kept open until the document is saved). */
    private static final class EmbeddedFont implements Closeable {
        private final PDType0Font font;
        private final Closeable source;

        private EmbeddedFont(PDType0Font font, Closeable source) {
            this.font = font;
            this.source = source;
        }

        static EmbeddedFont open(Optional<Path> configured, PDDocument document) throws IOException {
            if (configured.isEmpty()) {
                TrueTypeFont bundled = new TTFParser().parse(new RandomAccessReadBuffer(Bundled.BYTES));
                return new EmbeddedFont(PDType0Font.load(document, bundled, true), bundled);
            }
            Path file = configured.get();
            if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                return new EmbeddedFont(PDType0Font.load(document, file.toFile()), null);
            }
            TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
            try {
                TrueTypeFont[] first = new TrueTypeFont[1];
                collection.processAllFonts(font -> {
                    if (first[0] == null) {
                        first[0] = font;
                    }
                });
                if (first[0] == null) {
                    throw new IOException("the font collection " + file + " holds no font");
                }
                return new EmbeddedFont(PDType0Font.load(document, first[0], true), collection);
            } catch (IOException | RuntimeException e) {
                collection.close();
                throw e;
            }
        }

        @Override
        public void close() throws IOException {
            if (source != null) {
                source.close();
            }
        }
    }

    /** Draws the statement top-down on as many A4 pages as its lines need (one for any usual statement). */
    private static final class Layout {
        private final PDDocument document;
        private final PDType0Font font;
        private final DecimalFormat yuan = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        private PDPageContentStream page;
        private float y;

        Layout(PDDocument document, PDType0Font font) {
            this.document = document;
            this.font = font;
        }

        void draw(FeeStatement s) throws IOException {
            newPage();
            try {
                centred("会费缴纳通知单", 20, y);
                y -= 44;
                text("办事处：" + s.tenantName(), MARGIN, y, 11);
                y -= 20;
                text("基层工会：" + s.unionName(), MARGIN, y, 11);
                text("工会编码：" + s.unionCode(), 376, y, 11);
                y -= 20;
                text("通知单号：" + s.statementNo(), MARGIN, y, 11);
                text("开具日期：" + date(s.issuedOn()), 376, y, 11);
                y -= 20;
                text("保障期起始日：" + date(s.termStart()), MARGIN, y, 11);
                y -= 30;

                tableHeader();
                for (FeeStatement.Line line : s.lines()) {
                    if (y - ROW < TABLE_BOTTOM) {
                        newPage();
                        tableHeader();
                    }
                    row(false, line.planName(), Integer.toString(line.members()), Integer.toString(line.units()),
                            money(line.feeFen()));
                }
                if (y - ROW - SPACE_AFTER_TABLE < TABLE_BOTTOM) {
                    newPage();
                    tableHeader();
                }
                row(true, "合计", Integer.toString(s.totalMembers()), Integer.toString(s.totalUnits()), money(s.totalFen()));

                y -= 30;
                text("合计金额（小写）：" + Money.ofFen(s.totalFen()).format(Locale.CHINA), MARGIN, y, 12);
                y -= 22;
                text("合计金额（大写）：人民币" + CapitalNumerals.ofFen(s.totalFen()), MARGIN, y, 12);
                y -= 32;
                text("请于" + date(s.payBy()) + "前缴纳，汇款时请注明通知单号 " + s.statementNo() + "。", MARGIN, y, 12);
                y -= 60;
                text(s.tenantName() + "（盖章）", 330, y, 11);
                y -= 20;
                text(date(s.issuedOn()), 330, y, 11);
            } finally {
                page.close();
            }
        }

        private void newPage() throws IOException {
            if (page != null) {
                page.close();
            }
            PDPage next = new PDPage(PDRectangle.A4);
            document.addPage(next);
            page = new PDPageContentStream(document, next);
            page.setLineWidth(0.6f);
            y = PDRectangle.A4.getHeight() - MARGIN - 14;
        }

        private void tableHeader() throws IOException {
            page.setNonStrokingColor(0.9f, 0.9f, 0.9f);
            page.addRect(COLUMN_X[0], y - ROW, COLUMN_X[4] - COLUMN_X[0], ROW);
            page.fill();
            page.setNonStrokingColor(0f, 0f, 0f);
            row(false, "保障计划", "参保人数", "份数", "会费（元）");
        }

        /** A table row below y: the plan left-aligned, the figures right-aligned, with its borders. */
        private void row(boolean bold, String plan, String members, String units, String fee) throws IOException {
            float top = y;
            float baseline = top - ROW + 7;
            float size = bold ? 11.5f : 10.5f;
            text(fit(plan, COLUMN_X[1] - COLUMN_X[0] - 10, size), COLUMN_X[0] + 5, baseline, size);
            right(members, COLUMN_X[2] - 5, baseline, size);
            right(units, COLUMN_X[3] - 5, baseline, size);
            right(fee, COLUMN_X[4] - 5, baseline, size);
            page.addRect(COLUMN_X[0], top - ROW, COLUMN_X[4] - COLUMN_X[0], ROW);
            for (int i = 1; i < COLUMN_X.length - 1; i++) {
                page.moveTo(COLUMN_X[i], top);
                page.lineTo(COLUMN_X[i], top - ROW);
            }
            page.stroke();
            y -= ROW;
        }

        private void text(String text, float x, float baseline, float size) throws IOException {
            page.beginText();
            page.setFont(font, size);
            page.newLineAtOffset(x, baseline);
            page.showText(text);
            page.endText();
        }

        private void right(String text, float rightX, float baseline, float size) throws IOException {
            text(text, rightX - width(text, size), baseline, size);
        }

        private void centred(String text, float size, float baseline) throws IOException {
            text(text, (PDRectangle.A4.getWidth() - width(text, size)) / 2, baseline, size);
        }

        private float width(String text, float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        /** The text, cut with an ellipsis if it is wider than the cell. */
        private String fit(String text, float max, float size) throws IOException {
            if (width(text, size) <= max) {
                return text;
            }
            String cut = text;
            while (!cut.isEmpty() && width(cut + "…", size) > max) {
                cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
            }
            return cut + "…";
        }

        private String money(long fen) {
            return yuan.format(Money.ofFen(fen).toYuan());
        }

        private static String date(LocalDate date) {
            return DATE.format(date);
        }
    }
}
