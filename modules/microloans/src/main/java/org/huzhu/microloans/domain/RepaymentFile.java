package org.huzhu.microloans.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the bank's repayment file (docs/loan-repayment-file.md): UTF-8 CSV, seven columns, one repayment a
 * line. Each line is checked for form here (row, field, rule); whether its contract and instalment exist is the
 * application's check. A header that is not one of the two forms refuses the whole file (line 1).
 */
public final class RepaymentFile {

    public static final List<String> HEADER_ZH = List.of("流水号", "合同编号", "期次", "还款日期", "本金", "利息", "罚息");
    public static final List<String> HEADER_EN = List.of("reference", "contractNo", "instalment", "paidOn",
            "principal", "interest", "penalty");
    public static final int MAX_LINES = 100_000;
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9-]{4,64}");
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,12}(\\.\\d{1,2})?");

    /** One well-formed line. */
    public record Line(int line, String reference, String contractNo, InstalmentPayment payment) {
    }

    public record Parsed(List<Line> lines, List<FileError> errors) {
        public boolean headerRefused() {
            return errors.stream().anyMatch(e -> FileError.HEADER.equals(e.rule()));
        }
    }

    private RepaymentFile() {
    }

    public static Parsed read(String text, LocalDate today) {
        String[] raw = text.startsWith("\uFEFF") ? text.substring(1).split("\r?\n", -1) : text.split("\r?\n", -1);
        List<Line> lines = new ArrayList<>();
        List<FileError> errors = new ArrayList<>();
        List<String> header = raw.length == 0 ? List.of() : List.of(raw[0].strip().split(",", -1)).stream()
                .map(String::strip).toList();
        if (!header.equals(HEADER_ZH) && !header.equals(HEADER_EN)) {
            return new Parsed(List.of(), List.of(new FileError(1, "line", FileError.HEADER)));
        }
        if (raw.length > MAX_LINES + 1) {
            return new Parsed(List.of(), List.of(new FileError(MAX_LINES + 2, "line", FileError.COLUMNS)));
        }
        Set<String> references = new HashSet<>();
        for (int i = 1; i < raw.length; i++) {
            if (!raw[i].isBlank()) {
                readLine(i + 1, raw[i], today, references, lines, errors);
            }
        }
        return new Parsed(lines, errors);
    }

    private static void readLine(int no, String text, LocalDate today, Set<String> references, List<Line> lines,
                                 List<FileError> errors) {
        String[] f = text.split(",", -1);
        if (f.length != HEADER_EN.size()) {
            errors.add(new FileError(no, "line", FileError.COLUMNS));
            return;
        }
        int before = errors.size();
        String reference = required(no, f[0], 0, errors);
        if (reference != null && !REFERENCE.matcher(reference).matches()) {
            errors.add(new FileError(no, HEADER_EN.get(0), FileError.FORMAT));
        } else if (reference != null && !references.add(reference)) {
            errors.add(new FileError(no, HEADER_EN.get(0), FileError.DUPLICATE_IN_FILE));
        }
        String contract = required(no, f[1], 1, errors);
        Integer instalment = instalment(no, f[2], errors);
        LocalDate paidOn = date(no, f[3], today, errors);
        long principal = amount(no, f[4], 4, errors);
        long interest = amount(no, f[5], 5, errors);
        long penalty = amount(no, f[6], 6, errors);
        if (errors.size() > before) {
            return;
        }
        if (principal + interest + penalty == 0) {
            errors.add(new FileError(no, "line", FileError.NOTHING_PAID));
            return;
        }
        lines.add(new Line(no, reference, contract,
                new InstalmentPayment(instalment, paidOn, principal, interest, penalty)));
    }

    private static String required(int no, String value, int column, List<FileError> errors) {
        String v = value.strip();
        if (v.isEmpty()) {
            errors.add(new FileError(no, HEADER_EN.get(column), FileError.REQUIRED));
            return null;
        }
        if (v.length() > 64) {
            errors.add(new FileError(no, HEADER_EN.get(column), FileError.FORMAT));
            return null;
        }
        return v;
    }

    private static Integer instalment(int no, String value, List<FileError> errors) {
        String v = value.strip();
        if (!v.matches("\\d{1,3}") || Integer.parseInt(v) < 1) {
            errors.add(new FileError(no, HEADER_EN.get(2), v.isEmpty() ? FileError.REQUIRED : FileError.FORMAT));
            return null;
        }
        return Integer.parseInt(v);
    }

    private static LocalDate date(int no, String value, LocalDate today, List<FileError> errors) {
        try {
            LocalDate d = LocalDate.parse(value.strip());
            if (d.isAfter(today)) {
                errors.add(new FileError(no, HEADER_EN.get(3), FileError.FUTURE));
            }
            return d;
        } catch (DateTimeParseException e) {
            errors.add(new FileError(no, HEADER_EN.get(3), FileError.DATE));
            return null;
        }
    }

    /** Exact fen from yuan with at most two decimals; an empty cell is 0. */
    private static long amount(int no, String value, int column, List<FileError> errors) {
        String v = value.strip();
        if (v.isEmpty()) {
            return 0;
        }
        if (!AMOUNT.matcher(v).matches()) {
            errors.add(new FileError(no, HEADER_EN.get(column), FileError.AMOUNT));
            return 0;
        }
        return new BigDecimal(v).movePointRight(2).longValueExact();
    }
}
