package org.huzhu.claims.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.huzhu.kernel.identity.InvalidNationalIdException;
import org.huzhu.kernel.identity.NationalId;
import org.huzhu.kernel.money.Money;
import org.huzhu.kernel.text.BoundedLineReader;
import org.huzhu.kernel.text.LimitExceeded;
import org.huzhu.tenancy.api.Refused;

/**
 * Reads the medical-insurance settlement file (docs/settlement-file.md): UTF-8 CSV, a header line naming the ten
 * columns (Chinese or English names, in this order), then one hospital stay per line. Every line comes out,
 * either read or with all its problems, numbered as in the file; a wrong header refuses the whole file.
 */
public final class SettlementFile {

    public static final List<String> HEADER_ZH = List.of("结算单号", "身份证号", "姓名", "医院", "入院日期", "出院日期",
            "医疗总费用", "基本医保支付", "个人自付", "结算日期");
    public static final List<String> HEADER_EN = List.of("settlementNo", "idNumber", "name", "hospital", "admission",
            "discharge", "totalCost", "basicInsurance", "selfPaid", "settlementDate");

    /** The most lines one file may have (the benchmark's million stays within it). */
    public static final int MAX_LINES = 1_000_000;
    /** The longest line taken: ten fields; a real line has about 120 characters. */
    public static final int MAX_LINE_CHARS = 2_000;

    /** Letters, digits and '-', as invoice numbers: the settlement number is the claim's receipt. */
    private static final Pattern SETTLEMENT_NO = Pattern.compile("[0-9A-Za-z-]{4,64}");
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,12}(\\.\\d{1,2})?");

    /** A line read: the stay when every field is right, otherwise its problems. */
    public record Row(int lineNo, SettlementLine line, List<LineError> errors) {

        public boolean good() {
            return errors.isEmpty();
        }
    }

    private final LocalDate today;
    private final Set<String> seen = new HashSet<>();

    public SettlementFile(LocalDate today) {
        this.today = today;
    }

    /**
     * Reads the file and hands on each line after the header, blank lines skipped.
     *
     * @throws Refused (field {@code file}) when the header is not the format's
     * @throws IllegalArgumentException {@code "file: UTF-8"} when the file is not UTF-8
     */
    public void read(InputStream in, Consumer<Row> sink) {
        try (BoundedLineReader reader = new BoundedLineReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)),
                MAX_LINE_CHARS, 2 * MAX_LINES)) {
            header(reader.readLine());
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                if (!text.isBlank()) {
                    sink.accept(line(reader.lineNo(), text));
                }
            }
        } catch (CharacterCodingException e) {
            // the job's failure keeps this as its detail, a language-free "field: rule" (JobFailure.permanent)
            throw new IllegalArgumentException("file: UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks the header and counts the lines after it that are not blank, without reading them (the upload
     * answers at once; the job reads them).
     *
     * @throws Refused (field {@code file}) when the header is not the format's
     */
    public static int countLines(byte[] content) {
        if (content.length == 0) {
            header(null);
        }
        int end = 0;
        while (end < content.length && content[end] != '\n') {
            if (++end > MAX_LINE_CHARS) {
                throw LimitExceeded.line(1, MAX_LINE_CHARS);
            }
        }
        header(new String(content, 0, end, StandardCharsets.UTF_8));
        int lines = 0;
        int lineNo = 2;
        int start = end + 1;
        boolean text = false;
        for (int i = end + 1; i < content.length; i++) {
            byte b = content[i];
            if (b == '\n') {
                lines += text ? 1 : 0;
                text = false;
                lineNo++;
                start = i + 1;
            } else if (i - start >= MAX_LINE_CHARS) {
                throw LimitExceeded.line(lineNo, MAX_LINE_CHARS); // bytes: never fewer than characters
            } else if (b != ' ' && b != '\r' && b != '\t') {
                text = true;
            }
            if (lines > MAX_LINES) {
                throw LimitExceeded.rows(MAX_LINES);
            }
        }
        lines += text ? 1 : 0;
        if (lines > MAX_LINES) {
            throw LimitExceeded.rows(MAX_LINES);
        }
        return lines;
    }

    static void header(String text) {
        if (text == null) {
            throw Refused.badInput("file", "claims.settlement.refused.empty");
        }
        List<String> names = List.of(text.replace("\uFEFF", "").strip().split("\\s*,\\s*", -1));
        if (!names.equals(HEADER_ZH) && !names.equals(HEADER_EN)) {
            throw Refused.badInput("file", "claims.settlement.refused.header", String.join(",", HEADER_ZH),
                    String.join(",", HEADER_EN));
        }
    }

    /** One line after the header. */
    public Row line(int lineNo, String text) {
        String[] f = text.split(",", -1);
        List<LineError> errors = new ArrayList<>();
        if (f.length != HEADER_EN.size()) {
            errors.add(new LineError(lineNo, "line", LineError.COLUMNS, ClaimPhrases.of(ClaimPhrases.LINE_COLUMNS,
                    HEADER_EN.size(), f.length)));
            return new Row(lineNo, null, errors);
        }
        Fields in = new Fields(lineNo, f, errors);
        String settlementNo = in.text(0);
        if (settlementNo != null && !SETTLEMENT_NO.matcher(settlementNo).matches()) {
            in.error(0, LineError.FORMAT, ClaimPhrases.of(ClaimPhrases.LINE_SETTLEMENT_NO));
            settlementNo = null;
        } else if (settlementNo != null && !seen.add(settlementNo)) {
            in.error(0, LineError.DUPLICATE_IN_FILE, ClaimPhrases.of(ClaimPhrases.LINE_DUPLICATE));
        }
        NationalId id = in.idNumber(1);
        String name = in.text(2);
        if (name != null && name.length() > 60) {
            in.error(2, LineError.FORMAT, ClaimPhrases.of(ClaimPhrases.LINE_NAME_LONG, 60));
        }
        in.text(3);
        LocalDate admission = in.date(4);
        LocalDate discharge = in.date(5);
        Long total = in.amount(6);
        Long basic = in.amount(7);
        Long selfPaid = in.amount(8);
        LocalDate settled = in.date(9);
        if (admission != null && discharge != null && discharge.isBefore(admission)) {
            in.error(5, LineError.DATE_ORDER, ClaimPhrases.of(ClaimPhrases.LINE_DISCHARGE_EARLY));
        }
        if (discharge != null && settled != null && settled.isBefore(discharge)) {
            in.error(9, LineError.DATE_ORDER, ClaimPhrases.of(ClaimPhrases.LINE_SETTLED_EARLY));
        }
        if (total != null && basic != null && selfPaid != null && basic + selfPaid != total) {
            in.error(6, LineError.AMOUNTS_ADD_UP, ClaimPhrases.of(ClaimPhrases.LINE_AMOUNTS));
        }
        if (!errors.isEmpty()) {
            return new Row(lineNo, null, errors);
        }
        return new Row(lineNo, new SettlementLine(lineNo, settlementNo, id, name, f[3].strip(), admission, discharge,
                total, basic, selfPaid, settled), List.of());
    }

    /** A line's fields, each read once and its problem recorded under the header's English name. */
    private final class Fields {
        private final int lineNo;
        private final String[] values;
        private final List<LineError> errors;

        Fields(int lineNo, String[] values, List<LineError> errors) {
            this.lineNo = lineNo;
            this.values = values;
            this.errors = errors;
        }

        void error(int field, String rule, String message) {
            errors.add(new LineError(lineNo, HEADER_EN.get(field), rule, message));
        }

        String text(int field) {
            String value = values[field].strip();
            if (value.isEmpty()) {
                error(field, LineError.REQUIRED, ClaimPhrases.of(ClaimPhrases.LINE_REQUIRED));
                return null;
            }
            return value;
        }

        NationalId idNumber(int field) {
            String value = text(field);
            try {
                return value == null ? null : NationalId.parse(value);
            } catch (InvalidNationalIdException e) {
                error(field, LineError.ID_NUMBER, ClaimPhrases.of(ClaimPhrases.LINE_ID));
                return null;
            }
        }

        LocalDate date(int field) {
            String value = text(field);
            if (value == null) {
                return null;
            }
            try {
                LocalDate date = LocalDate.parse(value);
                if (date.isAfter(today)) {
                    error(field, LineError.FUTURE, ClaimPhrases.of(ClaimPhrases.LINE_FUTURE));
                    return null;
                }
                return date;
            } catch (DateTimeParseException e) {
                error(field, LineError.DATE, ClaimPhrases.of(ClaimPhrases.LINE_DATE));
                return null;
            }
        }

        Long amount(int field) {
            String value = text(field);
            if (value == null) {
                return null;
            }
            if (!AMOUNT.matcher(value).matches()) {
                error(field, LineError.AMOUNT, ClaimPhrases.of(ClaimPhrases.LINE_AMOUNT));
                return null;
            }
            return Money.ofYuan(value).fen();
        }
    }
}
