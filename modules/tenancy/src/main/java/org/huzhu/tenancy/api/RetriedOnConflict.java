package org.huzhu.tenancy.api;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A transactional method (or every one of a class) whose transaction the database may refuse for a conflict with
 * another (InnoDB's deadlock victim, Galera's certification failure: both error 1213, SQL state 40001) is run again
 * from the start, a few times. Only for work whose every effect is in that transaction: a retry must not repeat
 * anything (a call to Keycloak, a file written, a message sent) that the rolled-back attempt did outside it.
 */
@InterceptorBinding
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RetriedOnConflict {
}
