package org.huzhu.app.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.huzhu.tenancy.api.AccessDeniedException;
import org.huzhu.tenancy.api.ApiProblem;
import org.huzhu.tenancy.api.Translations;

/** A service's 403: a coded one in the shape of {@link RefusedMapper}'s answers (code, detail, zh, en). */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<AccessDeniedException> {

    @Inject
    Translations translations;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(AccessDeniedException e) {
        if (e.key() == null) {
            return ApiProblem.of(Response.Status.FORBIDDEN, e.getMessage());
        }
        return Problems.of(Response.Status.FORBIDDEN, null, e.key(),
                headers == null ? null : headers.getAcceptableLanguages(), translations, e.params());
    }
}
