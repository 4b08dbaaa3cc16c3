package org.huzhu.campaigns.infrastructure.distribution;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.huzhu.campaigns.domain.distribution.DeliveryListCheck.Row;
import org.huzhu.tenancy.api.Refused;

/**
 * The delivery list as an .xlsx: columns 身份证号 (required), 姓名 (for the clerk's eye, not checked), 快递单号 and
 * 补充理由 (a person the rules missed). A list is at most {@link #MAX_ROWS} rows, read whole into memory (a few MB).
 * An ID from a number cell is flagged, never read back: Excel keeps 15 digits (see enrolment's workbook).
 */
public final class DeliveryWorkbook {

    public static final int MAX_ROWS = 5_000;
    public static final int MAX_BYTES = 10 << 20;
    static final String ID = "身份证号";
    static final String NAME = "姓名";
    static final String TRACKING = "快递单号";
    static final String REASON = "补充理由";
    private static final int MAX_CELL = 1_000;

    private DeliveryWorkbook() {
    }

    public static byte[] template() {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet("发放名单");
            XSSFCellStyle text = book.createCellStyle();
            text.setDataFormat(book.createDataFormat().getFormat("@"));
            var header = sheet.createRow(0);
            String[] columns = {ID, NAME, TRACKING, REASON};
            for (int i = 0; i < columns.length; i++) {
                header.createCell(i).setCellValue(columns[i]);
                sheet.setDefaultColumnStyle(i, text);
                sheet.setColumnWidth(i, 24 * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("the delivery template could not be written", e);
        }
    }

    public static List<Row> read(byte[] workbook) {
        if (workbook == null || workbook.length == 0 || workbook.length > MAX_BYTES) {
            throw Refused.badInput("file", "campaigns.distribution.file.size", MAX_BYTES >> 20);
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            return rows(book.getSheetAt(0));
        } catch (IOException | RuntimeException e) {
            if (e instanceof Refused refused) {
                throw refused;
            }
            throw Refused.badInput("file", "campaigns.distribution.file.unreadable");
        }
    }

    private static List<Row> rows(Sheet sheet) {
        DataFormatter format = new DataFormatter();
        Map<String, Integer> columns = header(sheet, format);
        if (sheet.getLastRowNum() > MAX_ROWS) {
            throw Refused.badInput("file", "campaigns.distribution.file.tooManyRows", MAX_ROWS);
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            var row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Cell idCell = row.getCell(columns.get(ID));
            String id = text(idCell, format);
            String tracking = text(cell(row, columns.get(TRACKING)), format);
            String reason = text(cell(row, columns.get(REASON)), format);
            if (id.isEmpty() && tracking.isEmpty() && reason.isEmpty()) {
                continue;
            }
            boolean number = idCell != null && idCell.getCellType() == CellType.NUMERIC;
            rows.add(new Row(r + 1, null, id, number, tracking, reason));
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

    private static Cell cell(org.apache.poi.ss.usermodel.Row row, Integer column) {
        return column == null ? null : row.getCell(column);
    }

    private static String text(Cell cell, DataFormatter format) {
        if (cell == null) {
            return "";
        }
        String value = format.formatCellValue(cell).strip();
        return value.length() > MAX_CELL ? value.substring(0, MAX_CELL) : value;
    }
}
