package org.huzhu.tenancy.api;

import java.util.Locale;

/**
 * The caller is known but may not do or see this. Mapped to HTTP 403 by the edges. A coded one ({@link #coded})
 * carries a message key and its parameters, so the answer says why in the caller's language; the plain one (a
 * check's internal reason) answers with its message as it is.
 */
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] params;

    public AccessDeniedException(String message) {
        this(message, null, new Object[0]);
    }

    private AccessDeniedException(String message, String key, Object[] params) {
        super(message);
        this.key = key;
        this.params = params == null ? new Object[0] : params.clone();
    }

    /** A refusal worded by the message {@code key} of the refusing module's i18n files. */
    public static AccessDeniedException coded(String key, Object... params) {
        return new AccessDeniedException(key, key, params);
    }

    /** The message key, or null for a plain refusal. */
    public String key() {
        return key;
    }

    public Object[] params() {
        return params.clone();
    }

    /** The refusal in {@code locale}'s words (a plain one as it is). */
    public String text(Translations translations, Locale locale) {
        return key == null ? getMessage() : translations.text(key, locale, params);
    }
}
