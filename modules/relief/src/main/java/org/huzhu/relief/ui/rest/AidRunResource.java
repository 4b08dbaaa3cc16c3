package org.huzhu.relief.ui.rest;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.huzhu.relief.api.AidRuns;
import org.huzhu.relief.api.AidRuns.AidRunView;
import org.huzhu.relief.api.AidRuns.LineView;
import org.huzhu.relief.api.AidRuns.RunForm;
import org.huzhu.relief.api.PaymentStep;
import org.huzhu.tenancy.api.Allowed;
import org.huzhu.tenancy.api.Refused;
import org.huzhu.tenancy.api.Role;

/** Secondary aid runs (二次救助) over HTTP: office admins define and compute; a second person approves. */
@Allowed({Role.OFFICE_ADMIN, Role.CLAIMS_OFFICER})
@Path("/v1/aid-runs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "relief")
public class AidRunResource {

    @Inject
    AidRuns runs;

    @POST
    @Allowed(Role.OFFICE_ADMIN)
    @Operation(summary = "Defines a run: window of claim dates, plans, bands (fen), extra bands per group, budget",
            description = "201 with the run, status DEFINED. A band gives amountFen, or sharePercent with capFen.")
    public Response define(RunForm form) {
        return Response.status(Response.Status.CREATED).entity(runs.define(form)).build();
    }

    @GET
    @Operation(summary = "The newest runs with their totals")
    public List<AidRunView> recent(@QueryParam("limit") @Min(1) @Max(500) @DefaultValue("50") int limit) {
        return runs.recent(limit);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A run with its definition and totals within and beyond the budget")
    public AidRunView get(@PathParam("id") long id) {
        return runs.find(id).orElseThrow(() -> Refused.notFound("relief.refused.runNotFound", String.valueOf(id)));
    }

    @POST
    @Path("{id}/computation")
    @Allowed(Role.OFFICE_ADMIN)
    @Operation(summary = "Computes the run from the claims data (again, until approved): same data, same figures",
            description = "409 once the run is approved")
    public AidRunView compute(@PathParam("id") long id) {
        return runs.compute(id);
    }

    @GET
    @Path("{id}/lines")
    @Operation(summary = "The run's lines in priority order with their working; withinBudget false: cut")
    public List<LineView> lines(@PathParam("id") long id, @QueryParam("offset") @Min(0) @DefaultValue("0") int offset,
                                @QueryParam("limit") @Min(1) @Max(1000) @DefaultValue("200") int limit) {
        return runs.lines(id, offset, limit);
    }

    @POST
    @Path("{id}/lines/{lineId}/payment-retry")
    @Operation(summary = "Put a line whose payment failed back for the next payout run (the member's card mended)",
            description = "409 when the line's payment has not failed")
    public LineView retryPayment(@PathParam("id") long id, @PathParam("lineId") long lineId) {
        return runs.retryPayment(id, lineId);
    }

    @GET
    @Path("{id}/lines/{lineId}/payment-steps")
    @Operation(summary = "The line's payment steps in order",
            description = "Each step with its payout run, the day paid or the bank's reason, who and when; 404 "
                    + "when it is not found or outside the caller's reach")
    public List<PaymentStep> paymentSteps(@PathParam("id") long id, @PathParam("lineId") long lineId) {
        return runs.paymentSteps(id, lineId);
    }

    @POST
    @Path("{id}/approval")
    @Operation(summary = "A second person (never the creator) approves a computed run: its lines within the budget "
            + "become payable by the payout runs (kind SECONDARY_AID)", description = "409 for the creator")
    public AidRunView approve(@PathParam("id") long id) {
        return runs.approve(id);
    }
}
