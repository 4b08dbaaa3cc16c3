package org.huzhu.tenancy.api;

import java.util.Arrays;

/**
 * A domain rule's refusal, thrown by any module's application layer and mapped to HTTP once, in the app module:
 * bad input (400, naming the field), not found in this tenant (404), refused by a rule (409). It carries a message
 * key and its parameters, never a finished sentence: the REST answer and the portal put it into the reader's
 * language through {@link Translations}, so no text is stored or sent in one language only.
 */
public class Refused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What kind of refusal, with its HTTP status. */
    public enum Kind {
        BAD_INPUT(400), NOT_FOUND(404), CONFLICT(409);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Kind kind;
    private final String field;
    private final String key;
    private final transient Object[] params;

    private Refused(Kind kind, String field, String key, Object... params) {
        super(key + (field == null ? "" : " (" + field + ")"));
        this.kind = kind;
        this.field = field;
        this.key = key;
        this.params = params == null ? new Object[0] : params.clone();
    }

    /** A field's value breaks a rule: {@code field} as the request names it (JSON property, column, query parameter). */
    public static Refused badInput(String field, String key, Object... params) {
        return new Refused(Kind.BAD_INPUT, field, key, params);
    }

    /** The thing asked for does not exist in the caller's tenant (or the caller may not see it). */
    public static Refused notFound(String key, Object... params) {
        return new Refused(Kind.NOT_FOUND, null, key, params);
    }

    /** The request is well formed but a rule refuses it in the current state (a second file, a budget passed). */
    public static Refused conflict(String key, Object... params) {
        return new Refused(Kind.CONFLICT, null, key, params);
    }

    /** As {@link #conflict}, about one field of the request (the portal marks it, the answer names it). */
    public static Refused conflictOn(String field, String key, Object... params) {
        return new Refused(Kind.CONFLICT, field, key, params);
    }

    public Kind kind() {
        return kind;
    }

    /** The field at fault, or null when the refusal is not about one field. */
    public String field() {
        return field;
    }

    /** The message key, e.g. {@code campaigns.refused.budget}; also the answer's {@code code}. */
    public String key() {
        return key;
    }

    public Object[] params() {
        return params.clone();
    }

    /** The refusal in {@code locale}'s words. */
    public String text(Translations translations, java.util.Locale locale) {
        return translations.text(key, locale, params);
    }

    @Override
    public String toString() {
        return "Refused[" + kind + ", " + key + ", field=" + field + ", " + params.length + " params "
                + Arrays.stream(params).map(p -> p == null ? "null" : p.getClass().getSimpleName()).toList() + "]";
    }
}
