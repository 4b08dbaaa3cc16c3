package org.huzhu.enrolment.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an enrolment list in CSV: a header line (Chinese or English column names, any order), then one
 * member a line. Quoted fields and a UTF-8 byte-order mark (Excel's CSV) are understood.
 */
public final class EnrolmentCsv {

    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("姓名", "name"), Map.entry("name", "name"),
            Map.entry("身份证号", "idNumber"), Map.entry("idnumber", "idNumber"),
            Map.entry("手机号", "phone"), Map.entry("phone", "phone"),
            Map.entry("会员卡号", "cardNo"), Map.entry("cardno", "cardNo"),
            Map.entry("保障计划", "plan"), Map.entry("plan", "plan"),
            Map.entry("份数", "units"), Map.entry("units", "units"));

    private EnrolmentCsv() {
    }

    public static List<EnrolmentRow> read(Reader source) {
        List<EnrolmentRow> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(source)) {
            String header = reader.readLine();
            if (header == null) {
                throw new IllegalArgumentException("the file is empty: the first line must name the columns");
            }
            Map<String, Integer> index = columns(split(header.replace("\uFEFF", "")));
            String line;
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    List<String> f = split(line);
                    rows.add(new EnrolmentRow(number, get(f, index, "name"), get(f, index, "idNumber"),
                            get(f, index, "phone"), get(f, index, "cardNo"), get(f, index, "plan"), get(f, index, "units")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the enrolment list", e);
        }
        return rows;
    }

    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String column = COLUMNS.get(header.get(i).strip().toLowerCase(java.util.Locale.ROOT));
            if (column != null) {
                index.put(column, i);
            }
        }
        for (String required : List.of("name", "idNumber", "plan")) {
            if (!index.containsKey(required)) {
                throw new IllegalArgumentException("line 1: the column " + required + " is missing (姓名, 身份证号, "
                        + "手机号, 会员卡号, 保障计划, 份数)");
            }
        }
        return index;
    }

    private static String get(List<String> fields, Map<String, Integer> index, String column) {
        Integer i = index.get(column);
        return i == null || i >= fields.size() ? "" : fields.get(i).strip();
    }

    /** One CSV line: commas separate, double quotes enclose, two double quotes are one. */
    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
