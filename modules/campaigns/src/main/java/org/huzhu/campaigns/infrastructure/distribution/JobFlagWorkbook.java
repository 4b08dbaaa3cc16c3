package org.huzhu.campaigns.infrastructure.distribution;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.huzhu.campaigns.domain.distribution.JobFlagListCheck.Row;
import org.huzhu.org.api.JobFlag;

/**
 * The job-flag list as an .xlsx ({@link ListWorkbook}): 身份证号, 姓名 (for the clerk's eye) and one column per flag,
 * named as the office's forms name them; a column left out of the sheet leaves that flag alone.
 */
public final class JobFlagWorkbook {

    /** Each flag's column, in the order the template shows them. */
    public static final Map<JobFlag, String> COLUMNS = columns();

    private JobFlagWorkbook() {
    }

    private static Map<JobFlag, String> columns() {
        Map<JobFlag, String> columns = new LinkedHashMap<>();
        columns.put(JobFlag.OUTDOOR, "户外作业");
        columns.put(JobFlag.HIGH_TEMPERATURE, "高温作业");
        columns.put(JobFlag.FRONT_LINE, "一线职工");
        columns.put(JobFlag.GIG_WORKER, "新就业形态劳动者");
        columns.put(JobFlag.MODEL_WORKER, "劳动模范");
        return java.util.Collections.unmodifiableMap(columns);
    }

    public static byte[] template() {
        List<String> header = new ArrayList<>(List.of(ListWorkbook.ID, ListWorkbook.NAME));
        header.addAll(COLUMNS.values());
        return ListWorkbook.template("职业标识", header);
    }

    public static List<Row> read(byte[] workbook) {
        return ListWorkbook.read(workbook, List.copyOf(COLUMNS.values())).stream().map(r -> {
            Map<JobFlag, String> cells = new EnumMap<>(JobFlag.class);
            COLUMNS.forEach((flag, column) -> {
                if (r.cells().containsKey(column)) {
                    cells.put(flag, r.cells().get(column));
                }
            });
            return new Row(r.rowNo(), r.idNumber(), r.numberCell(), cells);
        }).toList();
    }
}
