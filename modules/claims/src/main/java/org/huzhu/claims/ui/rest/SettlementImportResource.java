package org.huzhu.claims.ui.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.NoSuchElementException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.huzhu.claims.api.SettlementImports;
import org.huzhu.tenancy.api.Allowed;
import org.huzhu.tenancy.api.Role;
import org.huzhu.tenancy.api.UploadBodies;

@Allowed({Role.OFFICE_ADMIN, Role.CLAIMS_OFFICER})
@Path("/v1/settlement-imports")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "claims")
public class SettlementImportResource {

    @Inject
    SettlementImports imports;

    @POST
    @Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Import a medical-insurance settlement file (CSV, docs/settlement-file.md); returns the job",
            description = "Query: planCode (default secondary-reimbursement), benefitCode (default secondary), fileName. "
                    + "Each line's member is matched by national ID and a claim made, checked and valued in the "
                    + "background: follow GET /{id}. A wrong header is a 400 naming line 1. Office admin or claims officer.")
    public Response upload(@QueryParam("planCode") @DefaultValue("secondary-reimbursement") String planCode,
                           @QueryParam("benefitCode") @DefaultValue("secondary") String benefitCode,
                           @QueryParam("fileName") String fileName, InputStream body) {
        return ClaimResource.answer(() -> Response.status(Response.Status.ACCEPTED).entity(imports.start(planCode, benefitCode,
                fileName, UploadBodies.readAtMost(body, SettlementImports.MAX_FILE_BYTES))).build());
    }

    @GET
    @Operation(summary = "The newest settlement imports, newest first")
    public Response recent(@QueryParam("limit") @Min(1) @Max(1000) @DefaultValue("20") int limit) {
        return ClaimResource.answer(() -> Response.ok(imports.recent(limit)).build());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An import's status, progress and counts (claims approved, in review, rejected; bad lines)")
    public Response get(@PathParam("id") long id) {
        return ClaimResource.answer(() -> Response.ok(imports.find(id).orElseThrow(() -> new NoSuchElementException(
                "no settlement import " + id))).build());
    }

    @POST
    @Path("{id}/retry")
    @Operation(summary = "Try an import that FAILED on a passing problem again, where it stopped",
            description = "409 when its failure says to upload a corrected file instead (failure.retryable false)")
    public Response retry(@PathParam("id") long id) {
        return ClaimResource.answer(() -> Response.status(Response.Status.ACCEPTED).entity(imports.retry(id)).build());
    }

    @GET
    @Path("{id}/errors")
    @Operation(summary = "The bad lines' problems: line number (header = 1), field, rule, message")
    public Response errors(@PathParam("id") long id, @QueryParam("offset") @Min(0) @DefaultValue("0") int offset,
                           @QueryParam("limit") @Min(1) @Max(1000) @DefaultValue("200") int limit) {
        return ClaimResource.answer(() -> Response.ok(imports.errors(id, offset, limit)).build());
    }

}
