package org.huzhu.kernel.text;

import java.util.List;

/**
 * An uploaded file broke one of the limits that bound the memory an upload may take (rows, line or cell
 * length, columns, distinct texts of a workbook). The message names the limit in English for the REST answer's
 * detail; views translate {@link #key()} (keys {@code upload.limit.*} of the portal shell) with {@link #params()}.
 */
public class LimitExceeded extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient List<Object> params;

    public LimitExceeded(String key, String message, Object... params) {
        super(message);
        this.key = "upload.limit." + key;
        this.params = List.of(params);
    }

    /** {@code upload.limit.<what>}. */
    public String key() {
        return key;
    }

    public Object[] params() {
        return params.toArray();
    }

    /** A line or a cell holds more characters than allowed. */
    public static LimitExceeded cell(String where, int max) {
        return new LimitExceeded("cell", where + ": a field holds more than " + max + " characters", where, max);
    }

    public static LimitExceeded line(int lineNo, int max) {
        return new LimitExceeded("line", "line " + lineNo + ": longer than " + max + " characters; is it the right file?",
                lineNo, max);
    }

    public static LimitExceeded rows(int max) {
        return new LimitExceeded("rows", "file: more than " + max + " rows; split the file", max);
    }

    public static LimitExceeded columns(String where, int max) {
        return new LimitExceeded("columns", where + ": more than " + max + " columns", where, max);
    }
}
