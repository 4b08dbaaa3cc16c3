package org.huzhu.org.ui.rest;

import jakarta.ws.rs.core.Response;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import org.huzhu.tenancy.api.ApiProblem;

/**
 * The org resources' refusals as problem details: a refused field is 400 (the message names it), something
 * not found or not the caller's to see is 404. Access denied is mapped to 403 by the app.
 */
final class Outcomes {

    private Outcomes() {
    }

    static Response of(Supplier<Response> work) {
        try {
            return work.get();
        } catch (NoSuchElementException e) {
            return ApiProblem.of(Response.Status.NOT_FOUND, e.getMessage());
        } catch (IllegalArgumentException e) {
            return ApiProblem.of(Response.Status.BAD_REQUEST, e.getMessage());
        }
    }
}
