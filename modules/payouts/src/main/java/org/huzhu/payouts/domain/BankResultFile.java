package org.huzhu.payouts.domain;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.huzhu.tenancy.api.Phrase;
import org.huzhu.kernel.text.BoundedLineReader;
import org.huzhu.kernel.text.LimitExceeded;

/**
 * Reads the bank's result file (see docs/bank-payout-file.md): UTF-8, one line per payment,
 * {@code reference|S or F|bank reference|reason}; the reason is required for F. Blank lines and lines
 * starting with {@code #} are passed over. A malformed line is reported with its line number (counting from
 * 1, every line) and why, and is not applied.
 */
public final class BankResultFile {

    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9-]{1,40}");

    /** The most lines a result file may have, the longest line, the most malformed lines listed. */
    public static final int MAX_LINES = 1_000_000;
    public static final int MAX_LINE_CHARS = 1_000;
    public static final int MAX_PROBLEMS = 10_000;

    private BankResultFile() {
    }

    /** A well-formed line: the bank paid ({@code paid}) or refused the payment, with its reason. */
    public record Outcome(int lineNo, String reference, boolean paid, String bankReference, String reason) {
    }

    /**
     * A line that changes nothing, and why: a stored phrase ({@code payouts.problem.<CODE>} with its parameters,
     * e.g. {@code MALFORMED|3}), put into the reader's words when shown.
     */
    public record Problem(int lineNo, String reason) {
    }

    /** The file's good lines, in order, its malformed ones, and how many lines it has. */
    public record Parsed(List<Outcome> outcomes, List<Problem> problems, int lines) {
    }

    /**
     * @throws LimitExceeded when the file has more than {@link #MAX_LINES} lines, a line longer than
     *                       {@link #MAX_LINE_CHARS}, or more than {@link #MAX_PROBLEMS} malformed lines (not a
     *                       result file): each would otherwise cost heap for nothing
     */
    public static Parsed parse(byte[] content) {
        List<Outcome> outcomes = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int count = 0;
        try (BoundedLineReader lines = new BoundedLineReader(new StringReader(text(content)), MAX_LINE_CHARS,
                MAX_LINES)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                count = lines.lineNo();
                check(count, line, outcomes, problems, seen);
                if (problems.size() > MAX_PROBLEMS) {
                    throw new LimitExceeded("problems", "file: more than " + MAX_PROBLEMS
                            + " malformed lines; is it the bank's result file?", MAX_PROBLEMS);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Parsed(outcomes, problems, count);
    }

    private static String text(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static void check(int lineNo, String line, List<Outcome> outcomes, List<Problem> problems,
                              Map<String, Integer> seen) {
        if (line.isBlank() || line.startsWith("#")) {
            return;
        }
        String[] f = line.split("\\|", -1);
        if (f.length != 4) {
            problems.add(new Problem(lineNo, Phrase.of("MALFORMED", f.length).stored()));
            return;
        }
        String reference = f[0].strip();
        String outcome = f[1].strip();
        String bankRef = f[2].strip();
        String reason = f[3].strip();
        if (!REFERENCE.matcher(reference).matches()) {
            problems.add(new Problem(lineNo, Phrase.of("BAD_REFERENCE").stored()));
        } else if (!outcome.equals("S") && !outcome.equals("F")) {
            problems.add(new Problem(lineNo, Phrase.of("BAD_OUTCOME").stored()));
        } else if (bankRef.isEmpty() || bankRef.length() > 64) {
            problems.add(new Problem(lineNo, Phrase.of("BAD_BANK_REFERENCE").stored()));
        } else if (outcome.equals("F") && reason.isEmpty()) {
            problems.add(new Problem(lineNo, Phrase.of("NO_REASON").stored()));
        } else if (reason.length() > 200) {
            problems.add(new Problem(lineNo, Phrase.of("LONG_REASON").stored()));
        } else if (seen.containsKey(reference)) {
            problems.add(new Problem(lineNo, Phrase.of("REPEATED", seen.get(reference)).stored()));
        } else {
            seen.put(reference, lineNo);
            outcomes.add(new Outcome(lineNo, reference, outcome.equals("S"), bankRef,
                    reason.isEmpty() ? null : reason));
        }
    }
}
