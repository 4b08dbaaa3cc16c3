package org.huzhu.enrolment.domain;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The shape of a row's fields before anything is read from them: how long each may be, numbers Excel has
 * already rewritten, and the characters a field may hold when it ends up in a file for the bank (card, name)
 * or the SMS gateway (phone). A field refused here is not looked at again, so the rules of meaning (the ID's
 * check digit, the plan's conditions) never see, or quote, a mangled or oversized value.
 */
final class RowFormat {

    /**
     * The most characters a field may have. Name and plan are stored as they are (member.name VARCHAR(60),
     * plan_code VARCHAR(40)); the others are bounded by their own rules, so their limit only stops absurd cells
     * early. Without it a 10,000-character name passed the check and failed every submission with "Data too long".
     */
    static final Map<String, Integer> MAX_LENGTH = maxLengths();
    /** What Excel writes for a number it shows in scientific notation: 1.10108199803239e+17, 6.21700000000000E+18. */
    private static final Pattern SCIENTIFIC = Pattern.compile("[0-9](\\.[0-9]*)?[eE][+-]?[0-9]+");
    private static final Pattern PHONE = Pattern.compile("1[0-9]{10}");
    private static final Pattern CARD = Pattern.compile("[0-9]{16,19}");
    /** Line breaks and tabs break the bank's one-record-a-line file and SMS text; '|' is its field separator. */
    private static final Pattern NAME_FORBIDDEN = Pattern.compile("[\\p{Cntrl}|\\u2028\\u2029]");

    private RowFormat() {
    }

    /**
     * Adds the row's format errors to {@code errors}.
     *
     * @return the fields refused here, which no later rule may read
     */
    static Set<String> check(EnrolmentRow row, List<RowError> errors) {
        Set<String> refused = new HashSet<>();
        int n = row.rowNumber();
        Map<String, String> values = values(row);
        MAX_LENGTH.forEach((field, max) -> {
            int length = values.get(field).codePointCount(0, values.get(field).length());
            if (length > max) {
                refused.add(field);
                errors.add(new RowError(n, field, "TOO_LONG", EnrolmentColumns.labelZh(field).orElse(field) + "最多" + max
                        + "个字符（本行" + length + "个）", field + " has at most " + max + " characters, not " + length));
            }
        });
        for (String field : List.of("idNumber", "cardNo", "phone")) {
            if (!refused.contains(field) && mangledByExcel(row, values.get(field), field)) {
                refused.add(field);
                errors.add(excelNumber(n, field));
            }
        }
        if (!refused.contains("name") && NAME_FORBIDDEN.matcher(values.get("name")).find()) {
            refused.add("name");
            errors.add(new RowError(n, "name", "NAME_CHARACTERS", "姓名含换行、制表符或“|”，银行文件和短信无法使用",
                    "the name has a line break, a tab or '|', which the bank file and text messages cannot carry"));
        }
        digits(n, "phone", values.get("phone"), PHONE, refused, errors);
        digits(n, "cardNo", values.get("cardNo"), CARD, refused, errors);
        return refused;
    }

    /**
     * A number cell of ID or card has lost the digits past Excel's 15th, and one in scientific notation (a CSV
     * saved from such a sheet) has lost more: never guessed back. Whether the digits that are left happen to
     * pass the ID's check digit says nothing (one in eleven do), so the cell's type decides, not its digits.
     * A mobile number (11 digits) is the exception: Excel holds integers of up to 15 digits exactly, so a number
     * cell of exactly 11 digits is the number the clerk typed and is accepted; any other number in that column
     * (a decimal, an exponent) is not a phone number Excel kept whole.
     */
    private static boolean mangledByExcel(EnrolmentRow row, String value, String field) {
        if (SCIENTIFIC.matcher(value).matches()) {
            return true;
        }
        if (!row.numeric(field)) {
            return false;
        }
        return !"phone".equals(field) || !PHONE.matcher(value).matches();
    }

    private static RowError excelNumber(int n, String field) {
        return switch (field) {
            case "idNumber" -> new RowError(n, field, "EXCEL_NUMBER", "此列为数字格式，身份证号已被 Excel 截断：请将该列设为文本后重新填写",
                    "the column is formatted as numbers, so Excel cut the national ID short: format the column as text and type the IDs again");
            case "cardNo" -> new RowError(n, field, "EXCEL_NUMBER", "此列为数字格式，会员卡号已被 Excel 截断：请将该列设为文本后重新填写",
                    "the column is formatted as numbers, so Excel cut the card number short: format the column as text and type the card numbers again");
            default -> new RowError(n, field, "EXCEL_NUMBER", "此列为数字格式，手机号已被 Excel 改写：请将该列设为文本后重新填写",
                    "the column is formatted as numbers, so Excel changed the mobile number: format the column as text and type the numbers again");
        };
    }

    /** Half-width digits in the pattern, or empty; full-width digits (a paste from Word) get their own message. */
    private static void digits(int n, String field, String value, Pattern pattern, Set<String> refused,
                               List<RowError> errors) {
        if (refused.contains(field) || value.isEmpty()) {
            return;
        }
        refused.add(field);
        if (value.chars().anyMatch(c -> c >= 0xFF10 && c <= 0xFF19)) {
            errors.add(new RowError(n, field, "FULL_WIDTH_DIGITS", "含全角数字，请改为半角", "full-width digits: use half-width"));
        } else if (!pattern.matcher(value).matches()) {
            errors.add("phone".equals(field)
                    ? new RowError(n, field, "PHONE_11_DIGITS", "手机号应为以1开头的11位数字", "a mobile number is 11 digits starting with 1")
                    : new RowError(n, field, "CARD_DIGITS", "会员卡号应为16至19位半角数字", "a card number is 16 to 19 half-width digits"));
        } else {
            refused.remove(field);
        }
    }

    private static Map<String, String> values(EnrolmentRow row) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", row.name());
        values.put("idNumber", row.idNumber());
        values.put("phone", row.phone());
        values.put("cardNo", row.cardNo());
        values.put("plan", row.planCode());
        values.put("units", row.units());
        values.put("gender", row.gender());
        values.put("birthDate", row.birthDate());
        values.put("union", row.union());
        values.replaceAll((field, value) -> value == null ? "" : value.strip());
        return values;
    }

    private static Map<String, Integer> maxLengths() {
        Map<String, Integer> max = new LinkedHashMap<>();
        max.put("name", 60);
        max.put("idNumber", 40);
        max.put("phone", 40);
        max.put("cardNo", 40);
        max.put("plan", 40);
        max.put("units", 10);
        max.put("gender", 10);
        max.put("birthDate", 20);
        max.put("union", 200);
        return java.util.Collections.unmodifiableMap(max);
    }
}
