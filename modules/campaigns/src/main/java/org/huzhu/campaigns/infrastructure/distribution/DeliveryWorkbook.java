package org.huzhu.campaigns.infrastructure.distribution;

import java.util.List;
import org.huzhu.campaigns.domain.distribution.DeliveryListCheck.Row;

/**
 * The delivery list as an .xlsx ({@link ListWorkbook}): columns 身份证号 (required), 姓名 (for the clerk's eye, not
 * checked), 快递单号 and 补充理由 (a person the rules missed).
 */
public final class DeliveryWorkbook {

    public static final int MAX_ROWS = ListWorkbook.MAX_ROWS;
    public static final int MAX_BYTES = ListWorkbook.MAX_BYTES;
    static final String TRACKING = "快递单号";
    static final String REASON = "补充理由";

    private DeliveryWorkbook() {
    }

    public static byte[] template() {
        return ListWorkbook.template("发放名单", List.of(ListWorkbook.ID, ListWorkbook.NAME, TRACKING, REASON));
    }

    public static List<Row> read(byte[] workbook) {
        return ListWorkbook.read(workbook, List.of(TRACKING, REASON)).stream()
                .map(r -> new Row(r.rowNo(), null, r.idNumber(), r.numberCell(), r.cells().getOrDefault(TRACKING, ""),
                        r.cells().getOrDefault(REASON, ""))).toList();
    }
}
