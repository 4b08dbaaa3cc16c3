package org.huzhu.app.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.huzhu.tenancy.api.Refused;
import org.huzhu.tenancy.api.Translations;

/**
 * Every module's {@link Refused} as problem JSON: its status (400/404/409), {@code code} (the message key),
 * {@code field} when one is at fault, {@code detail} in the caller's language (Accept-Language; Chinese unless
 * English is asked for) and the text in both languages ({@code zh}, {@code en}) for scripts that log it.
 */
@Provider
public class RefusedMapper implements ExceptionMapper<Refused> {

    @Inject
    Translations translations;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Refused refused) {
        return Problems.of(Response.Status.fromStatusCode(refused.kind().status()), refused.field(), refused.key(),
                headers == null ? null : headers.getAcceptableLanguages(), translations, refused.params());
    }
}
