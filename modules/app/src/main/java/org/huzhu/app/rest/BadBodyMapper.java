package org.huzhu.app.rest;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huzhu.tenancy.api.ApiProblem;

/**
 * A request body the JSON binding could not read ({@code {bad json}, a text where a number belongs): the
 * caller's input, so 400 naming the property when the binding says which, never the binding's own words.
 */
@Provider
public class BadBodyMapper implements ExceptionMapper<ProcessingException> {

    /** How JSON-B (Yasson) names the property it failed on. */
    private static final Pattern PROPERTY = Pattern.compile("property '?([A-Za-z0-9_]+)'?");

    @Override
    public Response toResponse(ProcessingException e) {
        return problem(e);
    }

    static Response problem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            Matcher property = PROPERTY.matcher(String.valueOf(t.getMessage()));
            if (property.find()) {
                return ApiProblem.of(Response.Status.BAD_REQUEST,
                        property.group(1) + ": is not a value of the field's type / 字段类型不正确");
            }
        }
        return ApiProblem.of(Response.Status.BAD_REQUEST, "body: is not JSON of the documented shape / 请求内容不是有效的JSON");
    }
}
