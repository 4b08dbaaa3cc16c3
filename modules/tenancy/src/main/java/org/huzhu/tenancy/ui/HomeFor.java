package org.huzhu.tenancy.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.huzhu.tenancy.api.Role;

/** The roles whose login lands on this view: each role has its own home, found by {@link HomeView}. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface HomeFor {
    Role[] value();
}
