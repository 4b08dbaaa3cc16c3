package org.huzhu.claims.domain;

/**
 * One automatic check's result: its reason code, PASS / REVIEW / FAIL, and its message as a stored phrase
 * ({@link ClaimPhrases}: a code and parameters, put into words when shown; rows from before hold a
 * "中文 / English" pair, shown by its reader's half).
 */
public record Check(String code, Outcome outcome, String message) {

    public enum Outcome { PASS, REVIEW, FAIL }

    public static Check pass(String code, String message) {
        return new Check(code, Outcome.PASS, message);
    }

    public static Check review(String code, String message) {
        return new Check(code, Outcome.REVIEW, message);
    }

    public static Check fail(String code, String message) {
        return new Check(code, Outcome.FAIL, message);
    }

    /** Stored one per line: {@code CODE|OUTCOME|PHRASE|param...}. */
    String line() {
        return code + "|" + outcome + "|" + message.replace('\n', ' ');
    }

    static Check parse(String line) {
        String[] parts = line.split("\\|", 3);
        return new Check(parts[0], Outcome.valueOf(parts[1]), parts[2]);
    }
}
