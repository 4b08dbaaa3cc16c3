package org.huzhu.app.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.huzhu.tenancy.api.Translations;

/**
 * A failure the code did not expect answers 500 with an incident id, in the caller's language and never with the
 * exception's text (it may hold SQL or data); the log has the details under the same id. A conflict the database
 * refused the transaction for, or a database connection that broke off, answers 503 ({@link ConflictAnswer}).
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Inject
    Translations translations;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Exception e) {
        if (e instanceof WebApplicationException web) {
            return web.getResponse();
        }
        String incident = UUID.randomUUID().toString();
        Optional<Response> busy = ConflictAnswer.to(e, incident, acceptable(), translations);
        if (busy.isPresent()) {
            // The database's text for 1213 or a broken link names no data; the stack would only repeat the retry
            // interceptor's or the pool's.
            LOG.warning("transaction refused for a conflict or its connection lost, answered 503, incident " + incident
                    + ": " + e);
            return busy.get();
        }
        LOG.log(Level.SEVERE, "unexpected failure, incident " + incident, e);
        return Problems.of(Response.Status.INTERNAL_SERVER_ERROR, null, "app.unexpected", acceptable(), translations,
                incident);
    }

    private List<Locale> acceptable() {
        return headers == null ? null : headers.getAcceptableLanguages();
    }
}
