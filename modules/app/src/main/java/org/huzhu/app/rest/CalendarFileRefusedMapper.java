package org.huzhu.app.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.huzhu.tenancy.api.CalendarFileRefused;

/** A wrong calendar file is bad input: 400, with every wrong line's number (0: the file), rule and message. */
@Provider
public class CalendarFileRefusedMapper implements ExceptionMapper<CalendarFileRefused> {

    @Override
    public Response toResponse(CalendarFileRefused e) {
        JsonArrayBuilder errors = Json.createArrayBuilder();
        e.errors().forEach(error -> errors.add(Json.createObjectBuilder().add("line", error.line())
                .add("rule", error.rule()).add("message", error.message())));
        String body = Json.createObjectBuilder().add("status", 400).add("title", "Bad Request")
                .add("detail", e.getMessage()).add("year", e.year()).add("errors", errors).build().toString();
        return Response.status(Response.Status.BAD_REQUEST).type("application/problem+json").entity(body).build();
    }
}
