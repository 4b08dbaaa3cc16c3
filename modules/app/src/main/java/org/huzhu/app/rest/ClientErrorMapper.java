package org.huzhu.app.rest;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huzhu.tenancy.api.ApiProblem;

/**
 * 4xx raised by JAX-RS itself. A parameter that could not be read arrives as a 404 (query and path) or 400
 * (header, form) whose cause is the conversion: it is the caller's input, so 400 naming the parameter. Other
 * client errors keep their status and get a problem body instead of an empty one.
 */
@Provider
public class ClientErrorMapper implements ExceptionMapper<ClientErrorException> {

    /** How the JAX-RS implementation names the parameter it failed to read, e.g. {@code QueryParam("limit")}. */
    private static final Pattern PARAMETER = Pattern.compile("(?:Query|Path|Header|Form|Matrix|Cookie)Param\\(\"([^\"]+)\"\\)");

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ClientErrorException e) {
        Throwable cause = e.getCause();
        List<Locale> languages = headers == null ? null : headers.getAcceptableLanguages();
        if (cause instanceof InvalidParameter invalid) {
            return Problems.of(Response.Status.BAD_REQUEST, invalid.name(), invalid.key(), languages, null,
                    invalid.params());
        }
        if (cause != null) {
            Matcher name = PARAMETER.matcher(String.valueOf(e.getMessage()));
            return Problems.of(Response.Status.BAD_REQUEST, name.find() ? name.group(1) : "parameter",
                    "app.refused.wrongType", languages, null);
        }
        Response original = e.getResponse();
        if (original.hasEntity()) {
            return original;
        }
        Response.Status status = Response.Status.fromStatusCode(original.getStatus());
        Response.Status shown = status == null ? Response.Status.BAD_REQUEST : status;
        // our own messages ("no member 5") help the caller; the implementation's own ones name its internals
        String detail = String.valueOf(e.getMessage()).startsWith("RESTEASY") ? shown.getReasonPhrase() : e.getMessage();
        Response.ResponseBuilder problem = Response.fromResponse(ApiProblem.of(shown, detail));
        original.getHeaders().forEach((header, values) -> values.forEach(v -> problem.header(header, v)));
        return problem.build();
    }
}
