package org.huzhu.reporting.infrastructure;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;

/**
 * A streaming .xlsx (POI SXSSF): at most {@value #WINDOW} rows of a sheet are held in memory, the others are on
 * disk until the workbook is written, so a list of a million rows does not fill the heap. Sheets are filled one
 * after the other; cells are text or numbers as given.
 */
public final class ReportWorkbook implements AutoCloseable {

    static final int WINDOW = 200;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private SXSSFSheet sheet;
    private int next;

    public ReportWorkbook() {
        workbook.setCompressTempFiles(true);
    }

    public ReportWorkbook sheet(String name, List<String> header) {
        sheet = workbook.createSheet(name);
        next = 0;
        return row(header.toArray());
    }

    public ReportWorkbook row(Object... cells) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < cells.length; i++) {
            Object v = cells[i];
            if (v instanceof Number n) {
                row.createCell(i).setCellValue(n.doubleValue());
            } else if (v != null) {
                row.createCell(i).setCellValue(v.toString());
            }
        }
        return this;
    }

    public void write(OutputStream out) throws IOException {
        workbook.write(out);
    }

    @Override
    public void close() {
        try { // POI 5.4+: close() also deletes the streaming sheets' temporary files (dispose() is deprecated)
            workbook.close();
        } catch (IOException e) {
            throw new IllegalStateException("closing the workbook failed", e);
        }
    }
}
