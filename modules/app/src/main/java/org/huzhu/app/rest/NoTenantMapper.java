package org.huzhu.app.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.huzhu.tenancy.api.ApiProblem;
import org.huzhu.tenancy.api.NoTenantException;

/** Tenant data asked for by a login without a tenant (headquarters): forbidden, not an error. */
@Provider
public class NoTenantMapper implements ExceptionMapper<NoTenantException> {
    @Override
    public Response toResponse(NoTenantException e) {
        return ApiProblem.of(Response.Status.FORBIDDEN, e.getMessage());
    }
}
