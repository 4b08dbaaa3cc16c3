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
import org.huzhu.relief.api.CondolenceItems;
import org.huzhu.relief.api.CondolenceItems.ItemForm;
import org.huzhu.relief.api.CondolenceItems.ItemView;
import org.huzhu.relief.api.CondolenceItems.LineView;
import org.huzhu.relief.api.CondolenceItems.PayeeForm;
import org.huzhu.relief.api.CondolenceItems.PayeeView;
import org.huzhu.relief.api.PaymentStep;
import org.huzhu.tenancy.api.Allowed;
import org.huzhu.tenancy.api.Refused;
import org.huzhu.tenancy.api.Role;

/** Condolence items (慰问) over HTTP: office admins define and compute; a second person approves. */
@Allowed({Role.OFFICE_ADMIN, Role.CLAIMS_OFFICER})
@Path("/v1/condolence-items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "relief")
public class CondolenceItemResource {

    @Inject
    CondolenceItems items;

    @POST
    @Allowed(Role.OFFICE_ADMIN)
    @Operation(summary = "Defines a condolence item: name, kind, year, rule (org unit, gender, hardship register, "
            + "model-worker flag, member ids; none but the org unit for kind NON_MEMBER_CHARITY, which pays payees "
            + "listed after), amount per person and budget in fen",
            description = "201 with the item, status DEFINED")
    public Response define(ItemForm form) {
        return Response.status(Response.Status.CREATED).entity(items.define(form)).build();
    }

    @GET
    @Operation(summary = "The newest items with their totals, of one year when asked")
    public List<ItemView> recent(@QueryParam("year") @Min(2000) @Max(2100) Integer year,
                                 @QueryParam("limit") @Min(1) @Max(500) @DefaultValue("50") int limit) {
        return items.recent(year, limit);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An item with its rule and totals within and beyond the budget")
    public ItemView get(@PathParam("id") long id) {
        return items.find(id).orElseThrow(() -> Refused.notFound("relief.refused.itemNotFound", String.valueOf(id)));
    }

    @POST
    @Path("{id}/computation")
    @Allowed(Role.OFFICE_ADMIN)
    @Operation(summary = "Lists every eligible member once, hardship first, the budget spent down that order "
            + "(again, until approved): same registry, same lines", description = "409 once the item is approved")
    public ItemView compute(@PathParam("id") long id) {
        return items.compute(id);
    }

    @POST
    @Path("{id}/payees")
    @Allowed(Role.OFFICE_ADMIN)
    @Operation(summary = "Lists non-member payees on a non-member charity item not yet computed: a JSON list of "
            + "{name, idNumber, cardNo, reason}; answers all the item's payees, ID and card masked",
            description = "400 naming the row and field (payees[2].idNumber); 409 for another kind of item, once "
                    + "computed or approved, or naming the row when the same national ID is already listed")
    public List<PayeeView> addPayees(@PathParam("id") long id, List<PayeeForm> payees) {
        return items.addPayees(id, payees);
    }

    @GET
    @Path("{id}/payees")
    @Operation(summary = "The item's non-member payees in the order of their lines, ID and card masked")
    public List<PayeeView> payees(@PathParam("id") long id) {
        return items.payees(id);
    }

    @GET
    @Path("{id}/lines")
    @Operation(summary = "The item's lines in the order the budget is spent in; withinBudget false: cut")
    public List<LineView> lines(@PathParam("id") long id, @QueryParam("offset") @Min(0) @DefaultValue("0") int offset,
                                @QueryParam("limit") @Min(1) @Max(1000) @DefaultValue("200") int limit) {
        return items.lines(id, offset, limit);
    }

    @POST
    @Path("{id}/lines/{lineId}/payment-retry")
    @Operation(summary = "Put a line whose payment failed back for the next payout run (the member's card mended)",
            description = "409 when the line's payment has not failed")
    public LineView retryPayment(@PathParam("id") long id, @PathParam("lineId") long lineId) {
        return items.retryPayment(id, lineId);
    }

    @GET
    @Path("{id}/lines/{lineId}/payment-steps")
    @Operation(summary = "The line's payment steps in order",
            description = "Each step with its payout run, the day paid or the bank's reason, who and when; 404 "
                    + "when it is not found or outside the caller's reach")
    public List<PaymentStep> paymentSteps(@PathParam("id") long id, @PathParam("lineId") long lineId) {
        return items.paymentSteps(id, lineId);
    }

    @POST
    @Path("{id}/approval")
    @Operation(summary = "A second person (never the creator) approves a computed item: its lines within the budget "
            + "become payable by the payout runs (kind CONDOLENCE)", description = "409 for the creator")
    public ItemView approve(@PathParam("id") long id) {
        return items.approve(id);
    }
}
