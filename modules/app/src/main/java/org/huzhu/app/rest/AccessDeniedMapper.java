package org.huzhu.app.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.huzhu.tenancy.api.ApiProblem;
import org.huzhu.tenancy.api.AccessDeniedException;

@Provider
public class AccessDeniedMapper implements ExceptionMapper<AccessDeniedException> {
    @Override
    public Response toResponse(AccessDeniedException e) {
        return ApiProblem.of(Response.Status.FORBIDDEN, e.getMessage());
    }
}
