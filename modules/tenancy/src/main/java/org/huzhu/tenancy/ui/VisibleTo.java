package org.huzhu.tenancy.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.huzhu.tenancy.api.Role;

/**
 * The roles that may open a view and see it in the menu. A route without it is refused to everyone
 * ({@link RouteRules}); the view's services still enforce access on their own.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface VisibleTo {
    Role[] value();
}
