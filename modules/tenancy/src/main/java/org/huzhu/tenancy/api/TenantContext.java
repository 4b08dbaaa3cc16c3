package org.huzhu.tenancy.api;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.huzhu.kernel.tenant.TenantId;

/**
 * The one place that knows the tenant of the current unit of work. Filled once at the edge from the
 * login (or by {@link TenantScope} for batch and async work) and read by the persistence layer; request
 * scoped so it can never leak from one request to another.
 */
@RequestScoped
public class TenantContext {

    private Caller caller;
    private TenantId tenant;

    /** Binds the caller (and its tenant, if any). A context is bound once. */
    public void bind(Caller caller) {
        if (this.caller != null) {
            throw new IllegalStateException("tenant context is already bound");
        }
        this.caller = caller;
        this.tenant = caller.tenant().orElse(null);
    }

    public Optional<Caller> caller() {
        return Optional.ofNullable(caller);
    }

    public Caller requireCaller() {
        if (caller == null) {
            throw new AccessDeniedException("not signed in");
        }
        return caller;
    }

    /** The tenant whose data this unit of work may touch. */
    public TenantId tenant() {
        if (tenant == null) {
            throw new NoTenantException("this unit of work has no tenant");
        }
        return tenant;
    }

    public boolean hasTenant() {
        return tenant != null;
    }
}
