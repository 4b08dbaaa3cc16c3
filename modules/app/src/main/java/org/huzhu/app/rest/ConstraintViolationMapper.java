package org.huzhu.app.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.stream.Collectors;
import org.huzhu.tenancy.api.ApiProblem;

/** A Bean Validation rule broken by the caller's input: 400 naming each field (the last part of its path) and rule. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException e) {
        String detail = e.getConstraintViolations().stream()
                .map(ConstraintViolationMapper::describe).sorted().collect(Collectors.joining("; "));
        return ApiProblem.of(Response.Status.BAD_REQUEST, detail.isEmpty() ? "input: breaks a rule" : detail);
    }

    private static String describe(ConstraintViolation<?> violation) {
        String path = String.valueOf(violation.getPropertyPath());
        return path.substring(path.lastIndexOf('.') + 1) + ": " + violation.getMessage();
    }
}
