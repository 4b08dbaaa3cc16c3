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

    private volatile TenantContext context;

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<Allowed> rule = ruleOf(resource.getResourceMethod(), resource.getResourceClass());
        Caller caller = context().caller().orElse(null);
        if (caller == null) {
            request.abortWith(refusal(request, Response.Status.UNAUTHORIZED, "app.refused.notSignedIn"));
        } else if (rule.isEmpty()) {
            request.abortWith(refusal(request, Response.Status.FORBIDDEN, "app.refused.noRule"));
        } else if (Arrays.stream(rule.get().value()).noneMatch(caller::has)) {
            request.abortWith(refusal(request, Response.Status.FORBIDDEN, "app.refused.role"));
        }
    }

    /**
     * Looked up rather than injected: a JAX-RS provider is not a CDI bean here (annotated discovery). Looked up once:
     * the request-scoped context's proxy answers for whichever request calls it, and the lookup cost as much as the
     * check itself.
     */
    private TenantContext context() {
        TenantContext c = context;
        if (c == null) {
            c = CDI.current().select(TenantContext.class).get();
            context = c;
        }
        return c;
    }

    private static Response refusal(ContainerRequestContext request, Response.Status status, String key) {
        return Problems.of(status, null, key, request.getAcceptableLanguages(), null);
    }

    static Optional<Allowed> ruleOf(Method method, Class<?> type) {
        if (method == null || type == null) {
            return Optional.empty();
        }
        Allowed onMethod = method.getAnnotation(Allowed.class);
        return Optional.ofNullable(onMethod != null ? onMethod : type.getAnnotation(Allowed.class));
    }
}
