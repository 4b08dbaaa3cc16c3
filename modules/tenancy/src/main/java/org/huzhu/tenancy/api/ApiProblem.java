package org.huzhu.tenancy.api;

import jakarta.json.Json;
import jakarta.ws.rs.core.Response;

/** Error bodies of the REST API, in the shape of RFC 9457 problem details: every module's resources use it. */
public final class ApiProblem {

    private ApiProblem() {
    }

    public static Response of(Response.Status status, String detail) {
        String body = Json.createObjectBuilder()
                .add("status", status.getStatusCode())
                .add("title", status.getReasonPhrase())
                .add("detail", detail == null ? "" : detail)
                .build().toString();
        return Response.status(status).type("application/problem+json").entity(body).build();
    }
}
