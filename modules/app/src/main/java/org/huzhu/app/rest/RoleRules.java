package org.huzhu.app.rest;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Optional;
import org.huzhu.tenancy.api.Allowed;
import org.huzhu.tenancy.api.ApiProblem;
import org.huzhu.tenancy.api.Caller;
import org.huzhu.tenancy.api.TenantContext;

/**
 * Who may call which REST operation, checked before the operation runs: its {@link Allowed} (on the method, else
 * on the class) must name a role of the caller. An operation without a rule is refused to everyone, so a new
 * one stays closed until its author decides who may use it.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class RoleRules implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<Allowed> rule = ruleOf(resource.getResourceMethod(), resource.getResourceClass());
        // looked up per request rather than injected: a JAX-RS provider is not a CDI bean here (annotated discovery)
        Caller caller = CDI.current().select(TenantContext.class).get().caller().orElse(null);
        if (caller == null) {
            request.abortWith(ApiProblem.of(Response.Status.UNAUTHORIZED, "not signed in / 未登录"));
        } else if (rule.isEmpty()) {
            request.abortWith(ApiProblem.of(Response.Status.FORBIDDEN,
                    "this operation declares no access rule / 此操作未声明访问规则"));
        } else if (Arrays.stream(rule.get().value()).noneMatch(caller::has)) {
            request.abortWith(ApiProblem.of(Response.Status.FORBIDDEN,
                    "your role may not use this operation / 您的角色不能使用此操作"));
        }
    }

    static Optional<Allowed> ruleOf(Method method, Class<?> type) {
        if (method == null || type == null) {
            return Optional.empty();
        }
        Allowed onMethod = method.getAnnotation(Allowed.class);
        return Optional.ofNullable(onMethod != null ? onMethod : type.getAnnotation(Allowed.class));
    }
}
