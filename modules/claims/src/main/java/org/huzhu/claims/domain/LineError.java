package org.huzhu.claims.domain;

/**
 * Why a line of a settlement file makes no claim: its line number in the file (the header is line 1), the
 * field, the rule and its message as a stored phrase ({@link ClaimPhrases}, {@code LINE_*}). Messages never quote
 * a national ID.
 */
public record LineError(int lineNo, String field, String rule, String message) {

    /** A line's fields are not what the format says. */
    public static final String COLUMNS = "COLUMNS";
    public static final String REQUIRED = "REQUIRED";
    public static final String FORMAT = "FORMAT";
    public static final String ID_NUMBER = "ID_NUMBER";
    public static final String DATE = "DATE";
    public static final String FUTURE = "FUTURE";
    public static final String DATE_ORDER = "DATE_ORDER";
    public static final String AMOUNT = "AMOUNT";
    public static final String AMOUNTS_ADD_UP = "AMOUNTS_ADD_UP";
    public static final String DUPLICATE_IN_FILE = "DUPLICATE_IN_FILE";
    /** The national ID is not a member of this office. */
    public static final String UNKNOWN_MEMBER = "UNKNOWN_MEMBER";
    /** The plan's engine needs a fact the file does not give (a benefit other than reimbursement). */
    public static final String FACTS = "FACTS";
}
