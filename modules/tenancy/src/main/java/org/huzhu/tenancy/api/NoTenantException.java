package org.huzhu.tenancy.api;

/** Thrown when tenant data is asked for in a context that has no tenant (e.g. a headquarters login). */
public class NoTenantException extends RuntimeException {
    public NoTenantException(String message) {
        super(message);
    }
}
