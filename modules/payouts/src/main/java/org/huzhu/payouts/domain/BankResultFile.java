package org.huzhu.payouts.domain;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the bank's result file (see docs/bank-payout-file.md): UTF-8, one line per payment,
 * {@code reference|S or F|bank reference|reason}; the reason is required for F. Blank lines and lines
 * starting with {@code #} are passed over. A malformed line is reported with its line number (counting from
 * 1, every line) and why, and is not applied.
 */
public final class BankResultFile {

    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9-]{1,40}");

    private BankResultFile() {
    }

    /** A well-formed line: the bank paid ({@code paid}) or refused the payment, with its reason. */
    public record Outcome(int lineNo, String reference, boolean paid, String bankReference, String reason) {
    }

    /** A line that changes nothing, and why. */
    public record Problem(int lineNo, String reason) {
    }

    /** The file's good lines, in order, its malformed ones, and how many lines it has. */
    public record Parsed(List<Outcome> outcomes, List<Problem> problems, int lines) {
    }

    public static Parsed parse(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\n", -1);
        int count = lines.length;
        if (count > 0 && lines[count - 1].isEmpty()) {
            count--; // the file's last line break
        }
        List<Outcome> outcomes = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < count; i++) {
            int lineNo = i + 1;
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\|", -1);
            if (f.length != 4) {
                problems.add(new Problem(lineNo, "格式错误：应为4个字段（参考号|S或F|银行流水号|原因） / malformed: "
                        + "4 fields expected (reference|S or F|bank reference|reason), found " + f.length));
                continue;
            }
            String reference = f[0].strip();
            String outcome = f[1].strip();
            String bankRef = f[2].strip();
            String reason = f[3].strip();
            if (!REFERENCE.matcher(reference).matches()) {
                problems.add(new Problem(lineNo, "参考号无效 / reference: missing or not a payment reference"));
            } else if (!outcome.equals("S") && !outcome.equals("F")) {
                problems.add(new Problem(lineNo, "结果应为S或F / outcome: S (paid) or F (failed) expected"));
            } else if (bankRef.isEmpty() || bankRef.length() > 64) {
                problems.add(new Problem(lineNo, "银行流水号必填且不超过64位 / bank reference: required, at most 64 characters"));
            } else if (outcome.equals("F") && reason.isEmpty()) {
                problems.add(new Problem(lineNo, "失败须注明原因 / reason: required for a failed payment"));
            } else if (reason.length() > 200) {
                problems.add(new Problem(lineNo, "原因不超过200字 / reason: at most 200 characters"));
            } else if (seen.containsKey(reference)) {
                problems.add(new Problem(lineNo, "参考号与第" + seen.get(reference) + "行重复 / reference: already on line "
                        + seen.get(reference)));
            } else {
                seen.put(reference, lineNo);
                outcomes.add(new Outcome(lineNo, reference, outcome.equals("S"), bankRef,
                        reason.isEmpty() ? null : reason));
            }
        }
        return new Parsed(outcomes, problems, count);
    }
}
