package org.huzhu.microloans.domain;

/**
 * Why a line of the bank's repayment file records nothing: its line number (the header is line 1), the field
 * (the English header name, or {@code line}) and the rule code; translated when shown
 * ({@code microloans.file.<rule>}), never a stored sentence.
 */
public record FileError(int line, String field, String rule) {

    public static final String HEADER = "HEADER";
    public static final String COLUMNS = "COLUMNS";
    public static final String REQUIRED = "REQUIRED";
    public static final String FORMAT = "FORMAT";
    public static final String DATE = "DATE";
    public static final String FUTURE = "FUTURE";
    public static final String AMOUNT = "AMOUNT";
    public static final String NOTHING_PAID = "NOTHING_PAID";
    public static final String DUPLICATE_IN_FILE = "DUPLICATE_IN_FILE";
    public static final String UNKNOWN_CONTRACT = "UNKNOWN_CONTRACT";
    public static final String INSTALMENT = "INSTALMENT";
    public static final String BEFORE_DISBURSEMENT = "BEFORE_DISBURSEMENT";
}
