package org.huzhu.tenancy.api;

import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huzhu.kernel.text.BoundedText;

/**
 * Why a background job gave up, as a reason the user can act on (translated through the key
 * {@code job.failure.<REASON>}, with the detail as its parameter) and a short detail. Stored in the job's
 * {@code failure} column as {@code REASON} or {@code REASON: detail}, never longer than the column.
 *
 * @param detail what the reason names (a column, a limit, a line), bounded; may be empty, never personal data
 */
public record JobFailure(Reason reason, String detail) {

    /** What a job's {@code failure} column holds at most. */
    public static final int MAX_STORED = 1000;
    private static final int MAX_DETAIL = 300;
    private static final Pattern COLUMN = Pattern.compile("column '([A-Za-z0-9_]{1,64})'");

    /** Why, and so what the user can do: try again, or upload a corrected file. */
    public enum Reason {
        /** A passing problem (a lock, the database away) outlasted every attempt: try again later. */
        RETRIES_EXHAUSTED(true),
        /** The database refused a value of the file (too long, not allowed): correct the file, upload it again. */
        VALUE_REFUSED(false),
        /** The stored file could not be read (or broke a limit): upload a corrected file. */
        FILE_UNREADABLE(false),
        /** What the job works for is gone (a union taken out of the org tree): nothing to retry. */
        TARGET_GONE(false);

        private final boolean retryable;

        Reason(boolean retryable) {
            this.retryable = retryable;
        }
    }

    public JobFailure {
        detail = detail == null ? "" : BoundedText.cut(detail.strip(), MAX_DETAIL);
    }

    public static JobFailure of(Reason reason) {
        return new JobFailure(reason, "");
    }

    /** Whether trying the same file again can help. */
    public boolean retryable() {
        return reason.retryable;
    }

    /** The translation key of the reason's text (its parameter {0} is the detail). */
    public String key() {
        return "job.failure." + reason.name();
    }

    /** What the job's {@code failure} column keeps. */
    public String stored() {
        return BoundedText.cut(detail.isEmpty() ? reason.name() : reason.name() + ": " + detail, MAX_STORED);
    }

    /**
     * Refuses to try a job again unless it {@code failed} on a passing problem ({@code stored} is its failure): a
     * refused value or a wrong file fails the same way every time.
     *
     * @throws IllegalStateException naming what to do instead
     */
    public static void requireRetryable(boolean failed, String stored) {
        JobFailure reason = parse(stored);
        if (!failed || reason == null || !reason.retryable()) {
            throw new IllegalStateException("status: only a job that failed on a passing problem is tried again; "
                    + "upload a corrected file (or make a new run) instead");
        }
    }

    /** The stored text read back; text from before reasons were stored reads as an unreadable file. */
    public static JobFailure parse(String stored) {
        if (stored == null) {
            return null;
        }
        int colon = stored.indexOf(':');
        String head = colon < 0 ? stored : stored.substring(0, colon);
        for (Reason reason : Reason.values()) {
            if (reason.name().equals(head)) {
                return new JobFailure(reason, colon < 0 ? "" : stored.substring(colon + 1));
            }
        }
        return new JobFailure(Reason.FILE_UNREADABLE, stored);
    }

    /**
     * A failure no further attempt can mend, or null when trying again may help: the database refused a value
     * (SQL state class 22, e.g. "Data too long for column 'name'"; the detail names the column only), or the
     * job read its file and found it wrong ({@link IllegalArgumentException}, whose messages name line and rule,
     * or a bad-input {@link Refused}, whose field is kept).
     */
    public static JobFailure permanent(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause()) {
            if (e instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                Matcher column = COLUMN.matcher(String.valueOf(sql.getMessage()));
                return new JobFailure(Reason.VALUE_REFUSED, column.find() ? column.group(1).toLowerCase(Locale.ROOT) : "");
            }
            if (e.getCause() == e) {
                break;
            }
        }
        if (failure instanceof IllegalArgumentException) {
            return new JobFailure(Reason.FILE_UNREADABLE, failure.getMessage());
        }
        if (failure instanceof Refused refused && refused.kind() == Refused.Kind.BAD_INPUT) {
            // a coded refusal keeps no sentence to store: the field at fault is the detail
            return new JobFailure(Reason.FILE_UNREADABLE, String.valueOf(refused.field()));
        }
        return null;
    }
}
