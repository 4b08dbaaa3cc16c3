package org.huzhu.plans.ui.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.NoSuchElementException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.huzhu.plans.api.PlanCatalog;
import org.huzhu.plans.api.PlanView;
import org.huzhu.plans.api.QuoteRequest;
import org.huzhu.tenancy.api.Allowed;
import org.huzhu.tenancy.api.ApiProblem;
import org.huzhu.tenancy.api.Role;

@Allowed({Role.OFFICE_ADMIN, Role.CLAIMS_OFFICER, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK, Role.MEMBER})
@Path("/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "plans")
public class PlanResource {

    @Inject
    PlanCatalog catalog;

    @GET
    @Operation(summary = "The caller's tenant's plans with all their versions and rules")
    public List<PlanView> plans() {
        return catalog.plans();
    }

    @Allowed(Role.OFFICE_ADMIN)
    @GET
    @Path("{code}/file")
    @Produces("application/yaml")
    @Operation(summary = "The plan's file as applied or published, to copy into tenant-config/<tenant>/plans")
    public Response file(@PathParam("code") String code) {
        return catalog.file(code).map(text -> Response.ok(text).build())
                .orElseGet(() -> ApiProblem.of(Response.Status.NOT_FOUND, "no plan " + code));
    }

    @POST
    @Path("{code}/quote")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Value a claim's facts against the plan version in force on the enrolment's term start",
            description = "Returns the payable amount and its explanation step by step in Chinese and English; "
                    + "400 names the field when the facts are incomplete, 404 when there is no such plan")
    public Response quote(@PathParam("code") String code, QuoteRequest request) {
        try {
            if (request == null) {
                throw new IllegalArgumentException("the request body (the claim's facts) is required");
            }
            return Response.ok(catalog.quote(code, request)).build();
        } catch (NoSuchElementException e) {
            return ApiProblem.of(Response.Status.NOT_FOUND, e.getMessage());
        } catch (IllegalArgumentException e) {
            return ApiProblem.of(Response.Status.BAD_REQUEST, e.getMessage());
        }
    }
}
