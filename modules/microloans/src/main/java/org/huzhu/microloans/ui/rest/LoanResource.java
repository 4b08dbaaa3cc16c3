package org.huzhu.microloans.ui.rest;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.huzhu.microloans.api.AuditLine;
import org.huzhu.microloans.api.LoanDashboard;
import org.huzhu.microloans.api.LoanView;
import org.huzhu.microloans.api.RepaymentImportResult;
import org.huzhu.microloans.api.SubsidyView;
import org.huzhu.microloans.application.DashboardService;
import org.huzhu.microloans.application.LoanAuditTrail;
import org.huzhu.microloans.application.LoanService;
import org.huzhu.microloans.application.RepaymentImport;
import org.huzhu.microloans.application.SubsidyService;
import org.huzhu.microloans.domain.InstalmentPayment;
import org.huzhu.microloans.domain.LoanSubsidy;
import org.huzhu.tenancy.api.Allowed;
import org.huzhu.tenancy.api.Role;
import org.huzhu.tenancy.api.UploadBodies;

/**
 * Loans, repayments and subsidies. Repayments and subsidies are the office's money side: office admins and
 * claims officers (who also run the payout runs); a subsidy is approved by the other of the two people.
 */
@Path("/v1/loans")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "microloans")
public class LoanResource {

    /** At most 5 MB of repayment file (about 50,000 lines). */
    static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

    @Inject
    LoanService loans;

    @Inject
    RepaymentImport repaymentImport;

    @Inject
    SubsidyService subsidies;

    @Inject
    LoanAuditTrail audit;

    @Inject
    DashboardService dashboard;

    @Allowed({Role.OFFICE_ADMIN, Role.CLAIMS_OFFICER, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK})
    @GET
    @Path("dashboard")
    @Operation(summary = "Figures of the caller's part of the tenant: applications per stage this year against last "
            + "(counts and amounts), per district and park, subsidy paid and committed; year defaults to this year")
    public LoanDashboard dashboard(@QueryParam("year") @Min(2000) @Max(2100) Integer year) {
        return dashboard.figures(year == null ? java.time.LocalDate.now().getYear() : year);
    }

    @Allowed({Role.OFFICE_ADMIN, Role.CLAIMS_OFFICER, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK, Role.MEMBER})
    @GET
    @Operation(summary = "Loans the caller may see, newest first, each with its schedule and overdue instalments")
    public List<LoanView> list(@QueryParam("limit") @Min(1) @Max(500) @DefaultValue("100") int limit) {
        return loans.list(limit).stream().map(loans::view).toList();
    }

    @Allowed({Role.OFFICE_ADMIN, Role.CLAIMS_OFFICER, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK, Role.MEMBER})
    @GET
    @Path("{id}")
    @Operation(summary = "A loan: its schedule exact in fen with the borrower's and the subsidised interest, and each "
            + "instalment's payments, overdue flag and days overdue")
    public LoanView get(@PathParam("id") long id) {
        return loans.view(loans.require(id));
    }

    @Allowed({Role.OFFICE_ADMIN, Role.CLAIMS_OFFICER})
    @POST
    @Path("{id}/repayments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enter a repayment by hand {instalment, paidOn, principal, interest, penalty, reference}",
            description = "reference (the bank's) keeps it from being entered twice (409).")
    public LoanView repay(@PathParam("id") long id, Bodies.RepaymentBody body) {
        Bodies.RepaymentBody b = Fields.body(body);
        int instalment = Fields.whole("instalment", b.instalment(), 1, 120);
        long principal = Fields.fenOrZero("principal", b.principal());
        long interest = Fields.fenOrZero("interest", b.interest());
        long penalty = Fields.fenOrZero("penalty", b.penalty());
        InstalmentPayment p = InstalmentPayment.entered(instalment, Fields.date("paidOn", b.paidOn()), principal,
                interest, penalty);
        return loans.view(loans.recordRepayment(id, p, b.reference()));
    }

    @Allowed({Role.OFFICE_ADMIN, Role.CLAIMS_OFFICER})
    @POST
    @Path("repayment-file")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Import the bank's repayment file (docs/loan-repayment-file.md, UTF-8 CSV)",
            description = "Good lines are recorded, lines already recorded (same bank reference) counted, bad lines "
                    + "answered with line, field and rule. A wrong header refuses the file (400).")
    public RepaymentImportResult repaymentFile(InputStream body) {
        return repaymentImport.importFile(UploadBodies.readAtMost(body, MAX_FILE_BYTES));
    }

    @Allowed({Role.OFFICE_ADMIN})
    @POST
    @Path("{id}/extension")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record that the loan was extended (展期) from {on}: no subsidy from then on")
    public LoanView extend(@PathParam("id") long id, Bodies.DayBody body) {
        return loans.view(loans.extend(id, Fields.date("on", Fields.body(body).on())));
    }

    @Allowed({Role.OFFICE_ADMIN})
    @POST
    @Path("{id}/business-stop")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record that the business stopped (or the founder took a job elsewhere) on {on}")
    public LoanView stop(@PathParam("id") long id, Bodies.DayBody body) {
        return loans.view(loans.stop(id, Fields.date("on", Fields.body(body).on())));
    }

    @Allowed({Role.OFFICE_ADMIN, Role.CLAIMS_OFFICER, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK})
    @GET
    @Path("{id}/audit")
    @Operation(summary = "The loan's audit trail: repayments, extension, business stop")
    public List<AuditLine> audit(@PathParam("id") long id) {
        loans.require(id);
        return audit.of(LoanAuditTrail.LOAN, id);
    }

    @Allowed({Role.OFFICE_ADMIN, Role.CLAIMS_OFFICER})
    @POST
    @Path("subsidies")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Settle the subsidies of a period {period: 2026Q1 | PAYOFF}, each loan's with its working",
            description = "A quarter once it has ended (409 before): loans settled quarterly. PAYOFF: loans settled at "
                    + "payoff that are repaid. Computing again replaces figures nobody has approved yet.")
    public List<SubsidyView> settle(Bodies.PeriodBody body) {
        return subsidies.settle(Fields.body(body).period()).stream().map(subsidies::view).toList();
    }

    @Allowed({Role.OFFICE_ADMIN, Role.CLAIMS_OFFICER})
    @GET
    @Path("subsidies")
    @Operation(summary = "Subsidies, newest first; period filters (2026Q1, PAYOFF)")
    public List<SubsidyView> subsidies(@QueryParam("period") String period,
                                       @QueryParam("limit") @Min(1) @Max(500) @DefaultValue("100") int limit) {
        return subsidies.list(period, limit).stream().map(subsidies::view).toList();
    }

    @Allowed({Role.OFFICE_ADMIN, Role.CLAIMS_OFFICER})
    @GET
    @Path("subsidies/{subsidyId}")
    @Operation(summary = "A subsidy with its working line by line")
    public SubsidyView subsidy(@PathParam("subsidyId") long subsidyId) {
        return subsidies.view(subsidies.require(subsidyId));
    }

    @Allowed({Role.OFFICE_ADMIN, Role.CLAIMS_OFFICER})
    @POST
    @Path("subsidies/{subsidyId}/approval")
    @Operation(summary = "Approve a computed subsidy (a second person: never whoever computed it); the payout runs pay it")
    public SubsidyView approve(@PathParam("subsidyId") long subsidyId) {
        LoanSubsidy s = subsidies.approve(subsidyId);
        return subsidies.view(s);
    }

    @Allowed({Role.OFFICE_ADMIN, Role.CLAIMS_OFFICER})
    @POST
    @Path("subsidies/{subsidyId}/payment-retry")
    @Operation(summary = "Put a subsidy whose payment failed back for the next payout run")
    public SubsidyView retry(@PathParam("subsidyId") long subsidyId) {
        return subsidies.view(subsidies.retry(subsidyId));
    }

    @Allowed({Role.OFFICE_ADMIN, Role.CLAIMS_OFFICER})
    @GET
    @Path("subsidies/{subsidyId}/audit")
    @Operation(summary = "The subsidy's audit trail: computed, approved, scheduled, paid")
    public List<AuditLine> subsidyAudit(@PathParam("subsidyId") long subsidyId) {
        subsidies.require(subsidyId);
        return audit.of(LoanAuditTrail.SUBSIDY, subsidyId);
    }
}
