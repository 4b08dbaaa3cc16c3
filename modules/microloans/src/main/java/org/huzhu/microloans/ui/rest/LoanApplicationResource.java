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
import org.huzhu.microloans.api.ApplicationStatus;
import org.huzhu.microloans.api.ApplicationView;
import org.huzhu.microloans.api.AuditLine;
import org.huzhu.microloans.api.BankApproval;
import org.huzhu.microloans.api.GuaranteeDecision;
import org.huzhu.microloans.api.Investigation;
import org.huzhu.microloans.api.NewApplication;
import org.huzhu.microloans.api.Recommendation;
import org.huzhu.microloans.application.LoanApplicationService;
import org.huzhu.microloans.application.LoanAuditTrail;
import org.huzhu.microloans.domain.DocumentContent;
import org.huzhu.microloans.domain.LoanDocument;
import org.huzhu.microloans.domain.Refusals;
import org.huzhu.tenancy.api.Allowed;
import org.huzhu.tenancy.api.Downloads;
import org.huzhu.tenancy.api.Role;
import org.huzhu.tenancy.api.UploadBodies;

/**
 * The application pipeline. Who does what (docs/DESIGN.md "Microloans"): clerks and the founder file and add
 * documents; agency clerks or the office record the field investigation; the office admin records the
 * guarantor's decision, the bank's approval, the disbursement and rejections; the filer's side may withdraw.
 */
@Path("/v1/loan-applications")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "microloans")
public class LoanApplicationResource {

    @Inject
    LoanApplicationService applications;

    @Inject
    LoanAuditTrail audit;

    @Allowed({Role.OFFICE_ADMIN, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK, Role.MEMBER})
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "File an application for a founder (a member files for themselves)",
            description = "Amount and months within the product's range (400 names the range); creditCode is the "
                    + "enterprise's unified social credit code (GB 32100); account receives the subsidy (stored encrypted).")
    public Response file(Bodies.ApplicationBody body) {
        Bodies.ApplicationBody b = Fields.body(body);
        NewApplication r = new NewApplication(b.productCode(), b.memberId(), b.enterpriseName(), b.creditCode(),
                Fields.fen("amount", b.amount()), Fields.whole("months", b.months(), 1, 120), b.park(), b.district(),
                b.account(), b.accountHolder());
        return Response.status(Response.Status.CREATED).entity(applications.view(applications.file(r))).build();
    }

    @Allowed({Role.OFFICE_ADMIN, Role.CLAIMS_OFFICER, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK, Role.MEMBER})
    @GET
    @Operation(summary = "Applications the caller may see, newest first (a member: their own); status filters")
    public List<ApplicationView> list(@QueryParam("status") String status,
                                      @QueryParam("limit") @Min(1) @Max(500) @DefaultValue("100") int limit) {
        ApplicationStatus s = status == null ? null : Fields.choice("status", status, ApplicationStatus.class);
        return applications.list(s, limit).stream().map(applications::view).toList();
    }

    @Allowed({Role.OFFICE_ADMIN, Role.CLAIMS_OFFICER, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK, Role.MEMBER})
    @GET
    @Path("{id}")
    @Operation(summary = "An application with its steps, documents, missing documents and the steps allowed now")
    public ApplicationView get(@PathParam("id") long id) {
        return applications.view(applications.require(id));
    }

    @Allowed({Role.OFFICE_ADMIN, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK, Role.MEMBER})
    @POST
    @Path("{id}/documents")
    @Consumes({"application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Add a document (PDF, JPEG or PNG, at most 10 MB) as the body; query kind = BUSINESS_LICENCE, "
            + "FOUNDER_ID, BUSINESS_PLAN or OTHER, fileName", description = "Stored encrypted with its SHA-256.")
    public ApplicationView document(@PathParam("id") long id, @QueryParam("kind") String kind,
                                    @QueryParam("fileName") String fileName, InputStream body) {
        return applications.view(applications.addDocument(id, kind, fileName,
                UploadBodies.readAtMost(body, DocumentContent.MAX_BYTES)));
    }

    @Allowed({Role.OFFICE_ADMIN, Role.CLAIMS_OFFICER, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK, Role.MEMBER})
    @GET
    @Path("{id}/documents/{documentId}")
    @Produces({"application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_JSON})
    @Operation(summary = "A document's content")
    public Response documentContent(@PathParam("id") long id, @PathParam("documentId") long documentId) {
        LoanDocument d = applications.document(id, documentId);
        return Response.ok(applications.content(d), d.contentType())
                .header("Content-Disposition", Downloads.attachment(d.fileName())).build();
    }

    @Allowed({Role.OFFICE_ADMIN, Role.AGENCY_CLERK})
    @POST
    @Path("{id}/investigation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the field investigation {on, investigators[], findings, recommendation LEND|DO_NOT_LEND}",
            description = "Only for a FILED application with every document the product requires (409 names what is missing).")
    public ApplicationView investigate(@PathParam("id") long id, Bodies.InvestigationBody body) {
        Bodies.InvestigationBody b = Fields.body(body);
        return applications.view(applications.investigate(id, new Investigation(Fields.date("on", b.on()),
                b.investigators(), b.findings(), Fields.choice("recommendation", b.recommendation(),
                Recommendation.class))));
    }

    @Allowed({Role.OFFICE_ADMIN})
    @POST
    @Path("{id}/guarantee")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the guarantor's decision {guarantor, approved, note, on}; declined ends the application")
    public ApplicationView guarantee(@PathParam("id") long id, Bodies.GuaranteeBody body) {
        Bodies.GuaranteeBody b = Fields.body(body);
        if (b.approved() == null) {
            throw Refusals.required("approved");
        }
        return applications.view(applications.decideGuarantee(id, new GuaranteeDecision(b.guarantor(), b.approved(),
                b.note(), Fields.date("on", b.on()))));
    }

    @Allowed({Role.OFFICE_ADMIN})
    @POST
    @Path("{id}/bank-approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the bank's approval {bank, amount, months, bankPercent, contractNo, on}",
            description = "Only for a GUARANTEED application; amount and months within the product's range.")
    public ApplicationView bankApproval(@PathParam("id") long id, Bodies.BankApprovalBody body) {
        Bodies.BankApprovalBody b = Fields.body(body);
        return applications.view(applications.approveByBank(id, new BankApproval(b.bank(), Fields.fen("amount", b.amount()),
                Fields.whole("months", b.months(), 1, 120), Fields.percent("bankPercent", b.bankPercent()),
                b.contractNo(), Fields.date("on", b.on()))));
    }

    @Allowed({Role.OFFICE_ADMIN})
    @POST
    @Path("{id}/disbursement")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the disbursement {on}: the loan is made with its schedule (GET /api/v1/loans/{loanId})",
            description = "Only after the bank's approval (409 otherwise).")
    public ApplicationView disburse(@PathParam("id") long id, Bodies.DayBody body) {
        return applications.view(applications.disburse(id, Fields.date("on", Fields.body(body).on())));
    }

    @Allowed({Role.OFFICE_ADMIN, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK, Role.MEMBER})
    @POST
    @Path("{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Withdraw an open application {reason}")
    public ApplicationView withdraw(@PathParam("id") long id, Bodies.ReasonBody body) {
        return applications.view(applications.withdraw(id, Fields.body(body).reason()));
    }

    @Allowed({Role.OFFICE_ADMIN})
    @POST
    @Path("{id}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject an open application {reason}")
    public ApplicationView reject(@PathParam("id") long id, Bodies.ReasonBody body) {
        return applications.view(applications.reject(id, Fields.body(body).reason()));
    }

    @Allowed({Role.OFFICE_ADMIN, Role.CLAIMS_OFFICER, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK})
    @GET
    @Path("{id}/audit")
    @Operation(summary = "The application's audit trail: codes with parameters, in Chinese and English")
    public List<AuditLine> audit(@PathParam("id") long id) {
        applications.require(id);
        return audit.of(LoanAuditTrail.APPLICATION, id);
    }
}
