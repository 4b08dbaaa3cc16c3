package org.huzhu.campaigns.infrastructure.distribution;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.huzhu.tenancy.api.Refused;

/**
 * A list of people as an .xlsx, as clerks fill them in: a header row naming the columns, a 身份证号 column (required)
 * and others by name (a column left out of the sheet is absent from every row). At most {@link #MAX_ROWS} rows,
 * read whole into memory (a few MB). An ID from a number cell is flagged, never read back: Excel keeps 15 digits
 * (see enrolment's workbook). The delivery list and the job-flag list are read by it.
 */
public final class ListWorkbook {

    public static final int MAX_ROWS = 5_000;
    public static final int MAX_BYTES = 10 << 20;
    public static final String ID = "身份证号";
    public static final String NAME = "姓名";
    private static final int MAX_CELL = 1_000;

    /** A row: its number (1 is the header), the ID's text, whether it came from a number cell, the named columns'. */
    public record ListRow(int rowNo, String idNumber, boolean numberCell, Map<String, String> cells) {
    }

    private ListWorkbook() {
    }

    /** An empty list with these columns, each formatted as text (so Excel keeps an ID's 18 digits). */
    public static byte[] template(String sheetName, List<String> columns) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet(sheetName);
            XSSFCellStyle text = book.createCellStyle();
            text.setDataFormat(book.createDataFormat().getFormat("@"));
            var header = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                header.createCell(i).setCellValue(columns.get(i));
                sheet.setDefaultColumnStyle(i, text);
                sheet.setColumnWidth(i, 24 * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("the list template could not be written", e);
        }
    }

    /** The rows with an ID or any of {@code columns} filled in; blank rows are skipped. */
    public static List<ListRow> read(byte[] workbook, List<String> columns) {
        if (workbook == null || workbook.length == 0 || workbook.length > MAX_BYTES) {
            throw Refused.badInput("file", "campaigns.distribution.file.size", MAX_BYTES >> 20);
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            return rows(book.getSheetAt(0), columns);
        } catch (IOException | RuntimeException e) {
            if (e instanceof Refused refused) {
                throw refused;
            }
            throw Refused.badInput("file", "campaigns.distribution.file.unreadable");
        }
    }

    private static List<ListRow> rows(Sheet sheet, List<String> wanted) {
        DataFormatter format = new DataFormatter();
        Map<String, Integer> columns = header(sheet, format);
        if (sheet.getLastRowNum() > MAX_ROWS) {
            throw Refused.badInput("file", "campaigns.distribution.file.tooManyRows", MAX_ROWS);
        }
        List<ListRow> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            var row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Cell idCell = row.getCell(columns.get(ID));
            String id = text(idCell, format);
            Map<String, String> cells = new LinkedHashMap<>();
            for (String column : wanted) {
                if (columns.containsKey(column)) {
                    cells.put(column, text(row.getCell(columns.get(column)), format));
                }
            }
            if (id.isEmpty() && cells.values().stream().allMatch(String::isEmpty)) {
                continue;
            }
            boolean number = idCell != null && idCell.getCellType() == CellType.NUMERIC;
            rows.add(new ListRow(r + 1, id, number, cells));
        }
        return rows;
    }

    private static Map<String, Integer> header(Sheet sheet, DataFormatter format) {
        var first = sheet.getRow(0);
        Map<String, Integer> columns = new HashMap<>();
        if (first != null) {
            first.forEach(c -> columns.putIfAbsent(format.formatCellValue(c).strip(), c.getColumnIndex()));
        }
        if (!columns.containsKey(ID)) {
            throw Refused.badInput("file", "campaigns.distribution.file.header", ID);
        }
        return columns;
    }

    private static String text(Cell cell, DataFormatter format) {
        if (cell == null) {
            return "";
        }
        String value = format.formatCellValue(cell).strip();
        return value.length() > MAX_CELL ? value.substring(0, MAX_CELL) : value;
    }
}
