package org.huzhu.app.rest;

/**
 * A query or path parameter that is not of its type or outside its declared range: the caller's mistake, named
 * by the parameter, with the rule as a message key ({@code app.refused.*}) and its parameters.
 */
final class InvalidParameter extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String name;
    private final String key;
    private final transient Object[] params;

    InvalidParameter(String name, String key, Object... params) {
        super(name + ": " + key);
        this.name = name;
        this.key = key;
        this.params = params.clone();
    }

    String name() {
        return name;
    }

    String key() {
        return key;
    }

    Object[] params() {
        return params.clone();
    }
}
