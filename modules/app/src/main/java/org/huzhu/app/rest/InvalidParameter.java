package org.huzhu.app.rest;

/** A query or path parameter that is not of its type or outside its declared range: the caller's mistake. */
final class InvalidParameter extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    InvalidParameter(String name, String rule) {
        super(name + ": " + rule);
    }
}
