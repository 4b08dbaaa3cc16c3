package org.huzhu.app.rest;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request body the JSON binding could not read ({@code {bad json}, a text where a number belongs): the
 * caller's input, so 400 naming the property when the binding says which, never the binding's own words.
 */
@Provider
public class BadBodyMapper implements ExceptionMapper<ProcessingException> {

    /** How JSON-B (Yasson) names the property it failed on. */
    private static final Pattern PROPERTY = Pattern.compile("property '?([A-Za-z0-9_]+)'?");

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ProcessingException e) {
        return problem(e, headers);
    }

    static Response problem(Throwable e, HttpHeaders headers) {
        List<Locale> languages = headers == null ? null : headers.getAcceptableLanguages();
        for (Throwable t = e; t != null; t = t.getCause()) {
            Matcher property = PROPERTY.matcher(String.valueOf(t.getMessage()));
            if (property.find()) {
                return Problems.of(Response.Status.BAD_REQUEST, property.group(1), "app.refused.wrongType", languages,
                        null);
            }
        }
        return Problems.of(Response.Status.BAD_REQUEST, "body", "app.refused.notJson", languages, null);
    }
}
