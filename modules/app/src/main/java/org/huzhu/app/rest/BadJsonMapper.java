package org.huzhu.app.rest;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The binding's failure when it reaches us unwrapped (not inside a ProcessingException): the same 400. */
@Provider
public class BadJsonMapper implements ExceptionMapper<JsonbException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(JsonbException e) {
        return BadBodyMapper.problem(e, headers);
    }
}
