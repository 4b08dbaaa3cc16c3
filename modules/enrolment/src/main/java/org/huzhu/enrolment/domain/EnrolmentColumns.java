package org.huzhu.enrolment.domain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.huzhu.kernel.text.LimitExceeded;
import java.util.Set;

/**
 * The columns of an enrolment list, as every file format (CSV, Excel) names them: Chinese or English column
 * names, in any order, unknown columns ignored. {@link #of} reads a header row; {@link #row} picks a member's
 * fields out of a line's cells.
 */
public final class EnrolmentColumns {

    /** The most member rows one list may have (a million: the largest list the benchmark imports). */
    public static final int MAX_ROWS = 1_000_000;
    /** The longest field a list may hold: longer than any real one, short enough that no row costs much heap. */
    public static final int MAX_CELL_CHARS = 1_000;
    /** The most columns a row may have (the list has six to eight; HR exports add a few). */
    public static final int MAX_COLUMNS = 200;

    /** The column names in the order templates write them (the Chinese names a clerk sees). */
    public static final List<String> HEADERS_ZH = List.of("姓名", "身份证号", "手机号", "会员卡号", "保障计划", "份数");

    private static final List<String> FIELDS = List.of("name", "idNumber", "phone", "cardNo", "plan", "units");
    /** Columns a list may have besides: when present they must agree with the national ID. */
    private static final Map<String, String> OPTIONAL = Map.of("性别", "gender", "gender", "gender",
            "出生日期", "birthDate", "birthdate", "birthDate", "基层工会", "union", "union", "union");
    /** The optional columns' Chinese names by field, for messages and the error list. */
    public static final Map<String, String> OPTIONAL_ZH = Map.of("gender", "性别", "birthDate", "出生日期", "union", "基层工会");
    private static final List<String> REQUIRED = List.of("name", "idNumber", "plan");
    private static final Map<String, String> BY_NAME = byName();

    private final Map<String, Integer> index;
    private int rows;

    private EnrolmentColumns(Map<String, Integer> index) {
        this.index = index;
    }

    /**
     * Reads a header row.
     *
     * @param where where the header is, for the message ("line 1" of a CSV file, "row 1" of a sheet)
     * @throws IllegalArgumentException naming the first required column that is missing
     */
    public static EnrolmentColumns of(List<String> header, String where) {
        if (header.size() > MAX_COLUMNS) {
            throw LimitExceeded.columns(where, MAX_COLUMNS);
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String cell = header.get(i);
            String field = cell == null ? null : BY_NAME.get(cell.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT));
            if (field != null) {
                index.putIfAbsent(field, i);
            }
        }
        for (String required : REQUIRED) {
            if (!index.containsKey(required)) {
                throw new IllegalArgumentException(where + ": the column " + required + " is missing ("
                        + String.join(", ", HEADERS_ZH) + ")");
            }
        }
        return new EnrolmentColumns(index);
    }

    /**
     * The member in a line's cells ({@code null} or missing cells are empty), values stripped.
     *
     * @throws org.huzhu.kernel.text.LimitExceeded when the row is past {@link #MAX_ROWS}, or a field is longer
     *                                             than {@link #MAX_CELL_CHARS}
     */
    public EnrolmentRow row(int rowNumber, List<String> cells) {
        if (++rows > MAX_ROWS) {
            throw LimitExceeded.rows(MAX_ROWS);
        }
        for (int i : index.values()) {
            if (i < cells.size() && cells.get(i) != null && cells.get(i).length() > MAX_CELL_CHARS) {
                throw LimitExceeded.cell("row " + rowNumber, MAX_CELL_CHARS);
            }
        }
        return row(rowNumber, cells, Set.of());
    }

    /**
     * The member in a sheet row's cells, knowing which cells held numbers.
     *
     * @param numericCells the indexes of the cells that were numbers in the workbook
     */
    public EnrolmentRow row(int rowNumber, List<String> cells, Set<Integer> numericCells) {
        Set<String> numeric = new HashSet<>();
        index.forEach((field, i) -> {
            if (numericCells.contains(i)) {
                numeric.add(field);
            }
        });
        return new EnrolmentRow(rowNumber, get(cells, "name"), get(cells, "idNumber"), get(cells, "phone"),
                get(cells, "cardNo"), get(cells, "plan"), get(cells, "units"), get(cells, "gender"),
                get(cells, "birthDate"), get(cells, "union"), numeric);
    }

    /** The Chinese column name of a {@link RowError#field()} (e.g. 身份证号 for idNumber), if it is a column. */
    public static Optional<String> labelZh(String field) {
        int i = FIELDS.indexOf(field);
        if (i >= 0) {
            return Optional.of(HEADERS_ZH.get(i));
        }
        if (OPTIONAL_ZH.containsKey(field)) {
            return Optional.of(OPTIONAL_ZH.get(field));
        }
        return "member".equals(field) ? Optional.of("会员") : Optional.empty();
    }

    private String get(List<String> cells, String field) {
        Integer i = index.get(field);
        String value = i == null || i >= cells.size() ? null : cells.get(i);
        return value == null ? "" : value.strip();
    }

    private static Map<String, String> byName() {
        Map<String, String> byName = new HashMap<>();
        for (int i = 0; i < FIELDS.size(); i++) {
            byName.put(HEADERS_ZH.get(i), FIELDS.get(i));
            byName.put(FIELDS.get(i).toLowerCase(Locale.ROOT), FIELDS.get(i));
        }
        byName.putAll(OPTIONAL);
        return Map.copyOf(byName);
    }
}
