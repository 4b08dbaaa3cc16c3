package org.huzhu.tenancy.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles that may call a REST operation (on the method, or on the resource class for all its methods).
 * The app refuses every operation that declares no rule, so a new operation is closed until someone decides
 * who may use it; the services still check the subtree and the tenant on their own.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Allowed {
    Role[] value();
}
