package org.huzhu.relief.ui.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.huzhu.relief.api.ApplicationStatus;
import org.huzhu.relief.api.PaymentStep;
import org.huzhu.relief.api.ReliefFund;
import org.huzhu.relief.api.ReliefFund.ApplicationForm;
import org.huzhu.relief.api.ReliefFund.ApplicationView;
import org.huzhu.relief.api.ReliefFund.DecisionForm;
import org.huzhu.relief.api.ReliefFund.DonationForm;
import org.huzhu.relief.api.ReliefFund.EntryView;
import org.huzhu.relief.api.ReliefFund.FundView;
import org.huzhu.tenancy.api.Allowed;
import org.huzhu.tenancy.api.Refused;
import org.huzhu.tenancy.api.Role;

/**
 * The relief fund (温暖基金) over HTTP: the office keeps the ledger and records the committee's decisions;
 * grassroots clerks file applications, agency clerks check them, each within their subtree.
 */
@Allowed(Role.OFFICE_ADMIN)
@Path("/v1/relief-fund")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "relief")
public class ReliefFundResource {

    /** The tenant's own list of major-illness categories, as codes. */
    public record Categories(List<String> codes) {
    }

    /** The agency office's check. */
    public record Check(boolean passed, String note) {
    }

    @Inject
    ReliefFund fund;

    @GET
    @Operation(summary = "The fund's balance, donations and grants in fen, and the sum of its ledger's entries")
    public FundView get() {
        return fund.fund();
    }

    @POST
    @Path("donations")
    @Operation(summary = "Records a donation (donor, amount in fen, date, receipt number unique in the tenant)",
            description = "409 relief.refused.receiptTaken for a receipt number already recorded")
    public Response donate(DonationForm donation) {
        return Response.status(Response.Status.CREATED).entity(fund.donate(donation)).build();
    }

    @GET
    @Path("entries")
    @Operation(summary = "The ledger, newest first, each entry with the balance after it")
    public List<EntryView> entries(@QueryParam("offset") @Min(0) @DefaultValue("0") int offset,
                                   @QueryParam("limit") @Min(1) @Max(1000) @DefaultValue("100") int limit) {
        return fund.entries(offset, limit);
    }

    @POST
    @Path("applications")
    @Allowed({Role.OFFICE_ADMIN, Role.GRASSROOTS_CLERK, Role.AGENCY_CLERK})
    @Operation(summary = "Files an application for a member in the caller's subtree; the formula proposes the amount")
    public Response file(ApplicationForm form) {
        return Response.status(Response.Status.CREATED).entity(fund.file(form)).build();
    }

    @GET
    @Path("applications")
    @Allowed({Role.OFFICE_ADMIN, Role.GRASSROOTS_CLERK, Role.AGENCY_CLERK})
    @Operation(summary = "Applications in the caller's subtree, newest first; status filters")
    public List<ApplicationView> applications(@QueryParam("status") String status,
                                              @QueryParam("offset") @Min(0) @DefaultValue("0") int offset,
                                              @QueryParam("limit") @Min(1) @Max(500) @DefaultValue("100") int limit) {
        return fund.applications(QueryValues.code("status", status, ApplicationStatus.class), offset, limit);
    }

    @GET
    @Path("applications/{id}")
    @Allowed({Role.OFFICE_ADMIN, Role.GRASSROOTS_CLERK, Role.AGENCY_CLERK})
    @Operation(summary = "One application with its levels")
    public ApplicationView application(@PathParam("id") long id) {
        return fund.find(id).orElseThrow(() -> Refused.notFound("relief.refused.applicationNotFound", String.valueOf(id)));
    }

    @POST
    @Path("applications/{id}/check")
    @Allowed({Role.OFFICE_ADMIN, Role.AGENCY_CLERK})
    @Operation(summary = "The agency office checks a filed application: passed to the committee, or returned",
            description = "409 relief.refused.notYourStep when it is not filed or the caller filed it")
    public ApplicationView check(@PathParam("id") long id, Check check) {
        return fund.check(id, check != null && check.passed(), check == null ? null : check.note());
    }

    @POST
    @Path("applications/{id}/decision")
    @Operation(summary = "Records the committee's decision with its members (3 or more) and reasons",
            description = "A grant (amountFen, the proposal when absent) is taken from the fund at once; 409 "
                    + "relief.refused.fundShort when the balance does not cover it")
    public ApplicationView decide(@PathParam("id") long id, DecisionForm decision) {
        return fund.decide(id, decision);
    }

    @POST
    @Path("applications/{id}/payment-retry")
    @Operation(summary = "Put a grant whose payment failed back for the next payout run (the member's card mended)",
            description = "409 when the grant's payment has not failed")
    public ApplicationView retryPayment(@PathParam("id") long id) {
        return fund.retryPayment(id);
    }

    @GET
    @Path("applications/{id}/payment-steps")
    @Allowed({Role.OFFICE_ADMIN, Role.GRASSROOTS_CLERK, Role.AGENCY_CLERK})
    @Operation(summary = "The grant's payment steps in order",
            description = "Each step with its payout run, the day paid or the bank's reason, who and when; 404 "
                    + "when it is not found or outside the caller's reach")
    public List<PaymentStep> paymentSteps(@PathParam("id") long id) {
        return fund.paymentSteps(id);
    }

    @GET
    @Path("illness-categories")
    @Allowed({Role.OFFICE_ADMIN, Role.GRASSROOTS_CLERK, Role.AGENCY_CLERK})
    @Operation(summary = "The major-illness categories the fund helps with (30 by default)")
    public List<String> illnessCategories() {
        return fund.illnessCategories();
    }

    @PUT
    @Path("illness-categories")
    @Operation(summary = "Sets the tenant's own list of major-illness categories (codes)")
    public List<String> changeIllnessCategories(Categories categories) {
        return fund.changeIllnessCategories(categories == null ? null : categories.codes());
    }
}
