package org.huzhu.enrolment.infrastructure;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.EmptyFileException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.huzhu.tenancy.api.Refused;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.huzhu.enrolment.domain.EnrolmentColumns;
import org.huzhu.enrolment.domain.EnrolmentRow;
import org.huzhu.enrolment.domain.RowError;
import org.huzhu.kernel.money.Money;
import org.huzhu.kernel.text.LimitExceeded;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Enrolment lists as Excel workbooks (.xlsx): the template a grassroots clerk fills in, a streaming reader of
 * the filled-in list (constant memory per row, so a list of a million rows reads in a small heap; the
 * workbook's shared-strings table waits on disk with 4 bytes a text in memory, cells and rows are bounded), and
 * a streaming writer of the bad rows with their errors.
 */
public final class EnrolmentWorkbook {

    /** The media type of an .xlsx file, for uploads and downloads. */
    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String LIST_SHEET = "参保名单";
    public static final String PLANS_SHEET = "保障计划";
    public static final String ERRORS_SHEET = "错误行";
    static final String PLAN_CODES_NAME = "PlanCodes";

    private static final int ID_COLUMN = 1;
    private static final int PHONE_COLUMN = 2;
    private static final int CARD_COLUMN = 3;
    private static final int PLAN_COLUMN = 4;
    private static final int UNITS_COLUMN = 5;
    private static final int[] LIST_WIDTHS = {12, 22, 15, 22, 24, 8};
    private static final int STREAM_WINDOW = 100;
    /** The optional columns the error list keeps, in this order after the template's. */
    private static final List<String> OPTIONAL_FIELDS = List.of("gender", "birthDate", "union");

    private EnrolmentWorkbook() {
    }

    /**
     * A plan offered in the template's drop-down.
     *
     * @param feePerUnit the fee of one unit in yuan, e.g. {@code "20.00"} (written with two decimals)
     */
    public record TemplatePlan(String code, String nameZh, String feePerUnit, int minUnits, int maxUnits) {
        public TemplatePlan {
            if (code == null || code.isBlank()) {
                throw new IllegalArgumentException("a plan needs a code");
            }
            Objects.requireNonNull(nameZh, "nameZh");
            feePerUnit = Money.ofYuan(feePerUnit).toString();
            if (minUnits < 1 || maxUnits < minUnits) {
                throw new IllegalArgumentException("plan " + code + ": units must be 1 <= min <= max, not "
                        + minUnits + ".." + maxUnits);
            }
        }
    }

    /** A bad row of the clerk's list: the row as written and every error found in it. */
    public record ErrorLine(int rowNumber, EnrolmentRow original, List<RowError> errors) {
        public ErrorLine {
            Objects.requireNonNull(original, "original");
            errors = List.copyOf(errors);
        }
    }

    // ---------------------------------------------------------------- template

    /**
     * The .xlsx a clerk fills in: sheet 参保名单 with the list's columns (ID, phone and card as text, so Excel
     * keeps all 18 digits), a drop-down of plan codes, units limited to the plans' overall range, frozen header;
     * sheet 保障计划 lists the plans with fee per unit and units allowed.
     */
    public static byte[] template(List<TemplatePlan> plans) {
        if (plans.isEmpty()) {
            throw new IllegalArgumentException("a template needs at least one plan");
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = headerStyle(workbook);
            CellStyle text = textStyle(workbook);

            Sheet list = workbook.createSheet(LIST_SHEET);
            Sheet planSheet = workbook.createSheet(PLANS_SHEET);
            Row headerRow = list.createRow(0);
            for (int i = 0; i < EnrolmentColumns.HEADERS_ZH.size(); i++) {
                headerRow.createCell(i).setCellValue(EnrolmentColumns.HEADERS_ZH.get(i));
                headerRow.getCell(i).setCellStyle(header);
                list.setColumnWidth(i, LIST_WIDTHS[i] * 256);
            }
            for (int column : new int[] {ID_COLUMN, PHONE_COLUMN, CARD_COLUMN, PLAN_COLUMN}) {
                list.setDefaultColumnStyle(column, text);
            }
            list.createFreezePane(0, 1);

            writePlans(planSheet, plans, header, text);
            Name codes = workbook.createName();
            codes.setNameName(PLAN_CODES_NAME);
            codes.setRefersToFormula("'" + PLANS_SHEET + "'!$A$2:$A$" + (plans.size() + 1));

            int lastRow = SpreadsheetVersion.EXCEL2007.getLastRowIndex();
            DataValidationHelper helper = list.getDataValidationHelper();
            DataValidation plan = helper.createValidation(helper.createFormulaListConstraint(PLAN_CODES_NAME),
                    new CellRangeAddressList(1, lastRow, PLAN_COLUMN, PLAN_COLUMN));
            plan.setSuppressDropDownArrow(true); // XSSF: true shows the arrow
            plan.setShowErrorBox(true);
            plan.createErrorBox("保障计划", "请从下拉列表中选择保障计划代码（见“" + PLANS_SHEET + "”表）");
            list.addValidationData(plan);

            int min = plans.stream().mapToInt(TemplatePlan::minUnits).min().orElseThrow();
            int max = plans.stream().mapToInt(TemplatePlan::maxUnits).max().orElseThrow();
            DataValidation units = helper.createValidation(
                    helper.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN, Integer.toString(min),
                            Integer.toString(max)),
                    new CellRangeAddressList(1, lastRow, UNITS_COLUMN, UNITS_COLUMN));
            units.setShowErrorBox(true);
            units.createErrorBox("份数", "份数应为" + min + "至" + max + "之间的整数（各计划的限制见“" + PLANS_SHEET + "”表）");
            list.addValidationData(units);

            workbook.setActiveSheet(0);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the enrolment template", e);
        }
    }

    private static void writePlans(Sheet sheet, List<TemplatePlan> plans, CellStyle header, CellStyle text) {
        List<String> headers = List.of("代码", "名称", "每份会费（元）", "最少份数", "最多份数");
        int[] widths = {24, 28, 16, 10, 10};
        Row top = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            top.createCell(i).setCellValue(headers.get(i));
            top.getCell(i).setCellStyle(header);
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        CellStyle fee = sheet.getWorkbook().createCellStyle();
        fee.cloneStyleFrom(text);
        fee.setAlignment(HorizontalAlignment.RIGHT);
        for (int r = 0; r < plans.size(); r++) {
            TemplatePlan plan = plans.get(r);
            Row row = sheet.createRow(r + 1);
            row.createCell(0).setCellValue(plan.code());
            row.createCell(1).setCellValue(plan.nameZh());
            row.createCell(2).setCellValue(plan.feePerUnit()); // text: money never passes through double
            row.getCell(0).setCellStyle(text);
            row.getCell(1).setCellStyle(text);
            row.getCell(2).setCellStyle(fee);
            row.createCell(3).setCellValue(plan.minUnits());
            row.createCell(4).setCellValue(plan.maxUnits());
        }
        sheet.createFreezePane(0, 1);
    }

    // ---------------------------------------------------------------- reading

    /**
     * Reads the first sheet of a filled-in list, streaming: the header row names the columns as in
     * {@link EnrolmentColumns} (Chinese or English, any order); every following non-blank row goes to
     * {@code sink}, numbered as Excel shows it (header = 1). Cells are read as Excel displays them, except
     * that numbers are written out in plain digits (at most 15 significant, as Excel keeps them), and the row
     * says which of its cells were numbers ({@link EnrolmentRow#numericFields()}). An ID or card typed as a
     * number has already lost its last digits in Excel; its digits alone cannot tell (one mangled ID in eleven
     * still has a valid check digit: 170 of a 2,000-row list once were enrolled under wrong IDs that way), so
     * the cell's type goes to the check, which refuses it. Lost digits are never guessed back.
     *
     * @throws IllegalArgumentException if the input is not an .xlsx workbook, the sheet is empty, or a required
     *                                  column is missing
     */
    public static void read(InputStream xlsx, Consumer<EnrolmentRow> sink) {
        Path copy = null;
        OPCPackage pkg = null;
        try {
            InputStream in = new BufferedInputStream(xlsx);
            requireXlsx(FileMagic.valueOf(in));
            // a file, not the stream: the zip is then read entry by entry from disk instead of held in memory
            copy = Files.createTempFile("huzhu-enrolment-", ".xlsx");
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            pkg = OPCPackage.open(copy.toFile(), PackageAccess.READ);
            XSSFReader reader = new XSSFReader(pkg);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetIterator();
            if (!sheets.hasNext()) {
                throw new IllegalArgumentException("the workbook has no sheet");
            }
            try (SpilledSharedStrings strings = sharedStrings(reader); InputStream sheet = sheets.next()) {
                NumberCells parser = new NumberCells(XMLHelper.newXMLReader());
                ListHandler handler = new ListHandler(sink, parser);
                parser.setContentHandler(new BoundedSheetHandler(styles, strings, handler));
                parser.parse(new InputSource(sheet));
            }
        } catch (EmptyFileException e) {
            throw new IllegalArgumentException("the file is empty: expected an Excel workbook (.xlsx)", e);
        } catch (OpenXML4JException | POIXMLException | org.apache.poi.UnsupportedFileFormatException e) {
            throw new IllegalArgumentException("not a readable Excel workbook (.xlsx): " + e.getMessage(), e);
        } catch (SAXException | ParserConfigurationException e) {
            throw new IllegalArgumentException("the workbook's sheet cannot be read: " + e.getMessage(), e);
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidOperationException
                 | org.apache.poi.util.RecordFormatException e) {
            // the bytes are in hand and copied to a local file: what fails past that is the zip or its XML
            throw new IllegalArgumentException("not a readable Excel workbook (.xlsx): " + e.getClass().getSimpleName(), e);
        } finally {
            if (pkg != null) {
                pkg.revert(); // read-only: close without saving
            }
            deleteQuietly(copy);
        }
    }

    /** The workbook's shared texts on disk, not on the heap (see {@link SpilledSharedStrings}). */
    private static SpilledSharedStrings sharedStrings(XSSFReader reader) throws IOException {
        InputStream sst;
        try {
            sst = reader.getSharedStringsData();
        } catch (InvalidFormatException e) {
            sst = null; // a workbook of numbers and inline texts only
        }
        try (InputStream in = sst) {
            return SpilledSharedStrings.read(in, EnrolmentColumns.MAX_CELL_CHARS);
        }
    }

    /**
     * POI's sheet handler with each element's text bounded: it gathers a cell's text whole before handing it
     * on, so one 100 MB cell would take 200 MB of heap before any check could see it.
     */
    private static final class BoundedSheetHandler extends XSSFSheetXMLHandler {
        private int chars;

        BoundedSheetHandler(StylesTable styles, SharedStrings strings, SheetContentsHandler handler) {
            super(styles, strings, handler, new PlainNumbers(), false);
        }

        @Override
        public void startElement(String uri, String localName, String qName, org.xml.sax.Attributes attributes)
                throws SAXException {
            chars = 0;
            super.startElement(uri, localName, qName, attributes);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            chars += length;
            if (chars > EnrolmentColumns.MAX_CELL_CHARS) {
                throw LimitExceeded.cell("sheet", EnrolmentColumns.MAX_CELL_CHARS);
            }
            super.characters(ch, start, length);
        }
    }

    private static void requireXlsx(FileMagic magic) {
        switch (magic) {
            case OOXML -> {
            }
            // Refusals by key: the clerk reads them in the page's language (no text in one language only).
            case OLE2 -> throw Refused.badInput("file", "enrolment.refused.oldExcel");
            default -> throw Refused.badInput("file", "enrolment.refused.notXlsx",
                    magic == FileMagic.UNKNOWN ? "-" : magic.name());
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }

    /**
     * Tells number cells from text as the sheet's XML types them ({@code <c t="s">} text, {@code <c>} or
     * {@code <c t="n">} a number, whatever its display format): the formatted value alone no longer says.
     */
    static final class NumberCells extends XMLFilterImpl {
        private boolean number;

        NumberCells(XMLReader parent) {
            super(parent);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            if ("c".equals(localName)) {
                String type = atts.getValue("t");
                number = type == null || "n".equals(type);
            }
            super.startElement(uri, localName, qName, atts);
        }

        /** Whether the cell being read is a number. */
        boolean number() {
            return number;
        }
    }

    /** Collects a row's cells by column and hands complete rows on. */
    private static final class ListHandler implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Consumer<EnrolmentRow> sink;
        private final NumberCells types;
        private final List<String> cells = new ArrayList<>();
        private final Set<Integer> numbers = new HashSet<>();
        private EnrolmentColumns columns;

        ListHandler(Consumer<EnrolmentRow> sink, NumberCells types) {
            this.sink = sink;
            this.types = types;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            numbers.clear();
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? cells.size() : new CellReference(cellReference).getCol();
            if (column >= EnrolmentColumns.MAX_COLUMNS) {
                throw LimitExceeded.columns("cell " + cellReference, EnrolmentColumns.MAX_COLUMNS);
            }
            while (cells.size() <= column) {
                cells.add(null);
            }
            cells.set(column, formattedValue);
            if (types.number() && formattedValue != null && !formattedValue.isBlank()) {
                numbers.add(column);
            }
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                return;
            }
            if (columns == null) {
                columns = EnrolmentColumns.of(cells, "row " + (rowNum + 1));
            } else {
                sink.accept(columns.row(rowNum + 1, cells, numbers));
            }
        }

        @Override
        public void endSheet() {
            if (columns == null) {
                throw new IllegalArgumentException("the sheet is empty: row 1 must name the columns ("
                        + String.join(", ", EnrolmentColumns.HEADERS_ZH) + ")");
            }
        }
    }

    /**
     * Numbers in plain digits, rounded to the 15 significant digits Excel keeps (1.10101199003075E17 becomes
     * 110101199003075000, 2.0 becomes 2), whatever their number format; dates stay as Excel formats them.
     */
    static final class PlainNumbers extends DataFormatter {
        private static final MathContext EXCEL_PRECISION = new MathContext(15, RoundingMode.HALF_UP);

        PlainNumbers() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (Double.isFinite(value) && !DateUtil.isADateFormat(formatIndex, formatString)) {
                return plain(value);
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }

        static String plain(double value) {
            BigDecimal number = new BigDecimal(value).round(EXCEL_PRECISION).stripTrailingZeros();
            return (number.scale() < 0 ? number.setScale(0) : number).toPlainString();
        }
    }

    // ---------------------------------------------------------------- errors

    /**
     * Writes the clerk's bad rows, streaming (at most 100 rows in memory; temporary files are deleted before
     * returning): 行号, the row's fields as written (the optional 性别, 出生日期 and 基层工会 too: messages name
     * them, and the clerk fixes them in this sheet), and 错误 with every message of the row, e.g.
     * {@code 身份证号：校验位不正确；手机号：手机号应为以1开头的11位数字}. Does not close {@code out}.
     */
    public static void writeErrors(OutputStream out, Iterator<ErrorLine> lines) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(STREAM_WINDOW)) {
            workbook.setCompressTempFiles(true);
            CellStyle header = headerStyle(workbook);
            CellStyle text = textStyle(workbook);
            SXSSFSheet sheet = workbook.createSheet(ERRORS_SHEET);
            List<String> headers = new ArrayList<>();
            headers.add("行号");
            headers.addAll(EnrolmentColumns.HEADERS_ZH);
            OPTIONAL_FIELDS.forEach(field -> headers.add(EnrolmentColumns.OPTIONAL_ZH.get(field)));
            headers.add("错误");
            int[] widths = {8, 12, 22, 15, 22, 24, 8, 6, 12, 28, 60};
            Row top = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                top.createCell(i).setCellValue(headers.get(i));
                top.getCell(i).setCellStyle(header);
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            while (lines.hasNext()) {
                ErrorLine line = lines.next();
                EnrolmentRow row = line.original();
                Row excel = sheet.createRow(r++);
                excel.createCell(0).setCellValue(line.rowNumber()); // a number, so the clerk can sort by it
                List<String> values = List.of(row.name(), row.idNumber(), row.phone(), row.cardNo(), row.planCode(),
                        row.units(), row.gender(), row.birthDate(), row.union(), messages(line.errors()));
                for (int i = 0; i < values.size(); i++) {
                    excel.createCell(i + 1).setCellValue(values.get(i));
                    excel.getCell(i + 1).setCellStyle(text);
                }
            }
            workbook.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the error list", e);
        }
    }

    /** {@code 身份证号：校验位不正确；份数：份数应为整数}. */
    static String messages(List<RowError> errors) {
        return errors.stream()
                .map(e -> EnrolmentColumns.labelZh(e.field()).map(label -> label + "：" + e.messageZh()).orElse(e.messageZh()))
                .collect(Collectors.joining("；"));
    }

    // ---------------------------------------------------------------- styles

    private static CellStyle headerStyle(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        style.setAlignment(HorizontalAlignment.CENTER);
        return style;
    }

    private static CellStyle textStyle(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat("@"));
        return style;
    }
}
