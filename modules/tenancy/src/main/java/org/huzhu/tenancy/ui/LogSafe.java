package org.huzhu.tenancy.ui;

import java.util.regex.Pattern;

/**
 * An exception as it may go to the log: the same types, frames and causes, its messages with every run of six
 * or more digits masked, so a national ID, card or phone number that slipped into a message stays out of the
 * log (the details an operator needs are the types and frames).
 */
final class LogSafe extends RuntimeException {

    private static final Pattern DIGITS = Pattern.compile("\\d{6,}[Xx]?");

    private LogSafe(Throwable original, Throwable cause) {
        super(original.getClass().getName() + ": " + text(original.getMessage()), cause, false, true);
        setStackTrace(original.getStackTrace());
    }

    /** Printed as the original would be: its type and its (masked) message. */
    @Override
    public String toString() {
        return getMessage();
    }

    static Throwable of(Throwable original) {
        if (original == null) {
            return null;
        }
        Throwable cause = original.getCause() == original ? null : of(original.getCause());
        return new LogSafe(original, cause);
    }

    static String text(String message) {
        return message == null ? "" : DIGITS.matcher(message).replaceAll("******");
    }
}
