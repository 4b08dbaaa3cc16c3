package org.huzhu.app.rest;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
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
        String zh = refused.text(translations, Locale.SIMPLIFIED_CHINESE);
        String en = refused.text(translations, Locale.ENGLISH);
        Response.Status status = Response.Status.fromStatusCode(refused.kind().status());
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("status", status.getStatusCode())
                .add("title", status.getReasonPhrase())
                .add("code", refused.key())
                .add("detail", english() ? en : zh)
                .add("zh", zh)
                .add("en", en);
        if (refused.field() != null) {
            body.add("field", refused.field());
        }
        return Response.status(status).type("application/problem+json").entity(body.build().toString()).build();
    }

    private boolean english() {
        if (headers == null) {
            return false;
        }
        for (Locale locale : headers.getAcceptableLanguages()) {
            if (Locale.ENGLISH.getLanguage().equals(locale.getLanguage())) {
                return true;
            }
            if (Locale.CHINESE.getLanguage().equals(locale.getLanguage())) {
                return false;
            }
        }
        return false;
    }
}
