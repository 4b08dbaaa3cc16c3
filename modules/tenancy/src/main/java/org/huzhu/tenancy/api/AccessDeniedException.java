package org.huzhu.tenancy.api;

/** The caller is known but may not do or see this. Mapped to HTTP 403 by the edges. */
public class AccessDeniedException extends RuntimeException {
    public AccessDeniedException(String message) {
        super(message);
    }
}
