package org.huzhu.claims.ui.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.huzhu.claims.api.AuditEntry;
import org.huzhu.claims.api.Claims;
import org.huzhu.claims.api.Decision;
import org.huzhu.claims.api.DocumentUpload;
import org.huzhu.claims.api.NewClaim;
import org.huzhu.tenancy.api.Allowed;
import org.huzhu.tenancy.api.ApiProblem;
import org.huzhu.tenancy.api.Downloads;
import org.huzhu.tenancy.api.Role;
import org.huzhu.claims.domain.DocumentRules;
import org.huzhu.tenancy.api.UploadBodies;

@Path("/v1/claims")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "claims")
public class ClaimResource {

    @Inject
    Claims claims;

    /** A check's answer to the clerk: agree or send back, with a note. */
    public record Confirmation(boolean agree, String note) {
    }

    @Allowed({Role.OFFICE_ADMIN, Role.CLAIMS_OFFICER, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK, Role.MEMBER})
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "File a claim for a member (a member files for themselves); checked and valued at once",
            description = "The enrolment is the member's enrolment in the plan in force on eventDate. Add receipts with "
                    + "POST /{id}/documents; a claim missing a document the plan requires waits (WAITING_DOCUMENTS). "
                    + "400 names the field.")
    public Response file(NewClaim claim) {
        return answer(() -> Response.status(Response.Status.CREATED).entity(claims.file(claim, List.of())).build());
    }

    @Allowed({Role.OFFICE_ADMIN, Role.CLAIMS_OFFICER, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK, Role.MEMBER})
    @POST
    @Path("{id}/documents")
    @Consumes({"application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Add a receipt or other document (PDF, JPEG or PNG, at most 10 MB) as the request body",
            description = "Query: type (the plan's document code, e.g. invoice), fileName. Stored encrypted with its SHA-256; "
                    + "the same file used by another claim fails the DUPLICATE_RECEIPT check.")
    public Response document(@PathParam("id") long id, @QueryParam("type") String type,
                             @QueryParam("fileName") String fileName, @HeaderParam("Content-Type") String contentType,
                             InputStream body) {
        return answer(() -> Response.ok(claims.addDocument(id, new DocumentUpload(type, fileName, contentType,
                UploadBodies.readAtMost(body, DocumentRules.MAX_BYTES)))).build());
    }

    @Allowed({Role.OFFICE_ADMIN, Role.CLAIMS_OFFICER, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK, Role.MEMBER})
    @GET
    @Path("{id}")
    @Operation(summary = "A claim: facts, checks with reason codes, amount with the engine's explanation, decision, payment")
    public Response get(@PathParam("id") long id) {
        return answer(() -> Response.ok(claims.find(id).orElseThrow(() -> new NoSuchElementException("no claim " + id)))
                .build());
    }

    @Allowed({Role.OFFICE_ADMIN, Role.CLAIMS_OFFICER, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK, Role.MEMBER})
    @GET
    @Path("{id}/documents/{documentId}")
    @Produces({"application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_JSON})
    @Operation(summary = "A document's content")
    public Response documentContent(@PathParam("id") long id, @PathParam("documentId") long documentId) {
        return answer(() -> {
            var view = claims.find(id).orElseThrow(() -> new NoSuchElementException("no claim " + id));
            var document = view.documents().stream().filter(d -> d.id() == documentId).findFirst()
                    .orElseThrow(() -> new NoSuchElementException("no document " + documentId));
            return Response.ok(claims.documentContent(id, documentId).orElseThrow(), document.contentType())
                    .header("Content-Disposition", Downloads.attachment(document.fileName())).build();
        });
    }

    @Allowed({Role.OFFICE_ADMIN, Role.CLAIMS_OFFICER, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK})
    @GET
    @Path("queue")
    @Operation(summary = "What waits for the caller, by due date (overdue flagged)")
    public Response queue(@QueryParam("limit") @Min(1) @Max(1000) @DefaultValue("200") int limit) {
        return answer(() -> Response.ok(claims.queue(limit)).build());
    }

    @Allowed({Role.OFFICE_ADMIN, Role.CLAIMS_OFFICER, Role.AGENCY_CLERK})
    @POST
    @Path("{id}/proposal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enter a decision (maker): APPROVE with an amount (default the assessed one) or REJECT with a note",
            description = "Within the caller's approval limit; not by whoever filed the claim. 409 says why not.")
    public Response propose(@PathParam("id") long id, Decision decision) {
        return answer(() -> Response.ok(claims.propose(id, decision)).build());
    }

    @Allowed({Role.OFFICE_ADMIN, Role.CLAIMS_OFFICER, Role.AGENCY_CLERK})
    @POST
    @Path("{id}/confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm or send back the entered decision (checker: a second person within their limit)")
    public Response confirm(@PathParam("id") long id, Confirmation confirmation) {
        return answer(() -> Response.ok(claims.confirm(id, confirmation.agree(), confirmation.note())).build());
    }

    @Allowed({Role.OFFICE_ADMIN, Role.CLAIMS_OFFICER, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK})
    @POST
    @Path("{id}/payment-retry")
    @Operation(summary = "Put a claim whose payment failed back for the next payout run (after the card is mended)")
    public Response retry(@PathParam("id") long id) {
        return answer(() -> Response.ok(claims.retryPayment(id)).build());
    }

    @Allowed({Role.OFFICE_ADMIN, Role.CLAIMS_OFFICER, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK})
    @GET
    @Path("{id}/audit")
    @Operation(summary = "The claim's audit trail: who, when, state and amount before and after")
    public Response audit(@PathParam("id") long id) {
        return answer(() -> Response.ok(claims.auditOf(AuditEntry.CLAIM, id)).build());
    }

    @Allowed({Role.OFFICE_ADMIN, Role.CLAIMS_OFFICER, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK})
    @GET
    @Path("sla")
    @Operation(summary = "SLA compliance of claims filed in [from, to] (default: this year)")
    public Response sla(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate today = LocalDate.now();
        return answer(() -> Response.ok(claims.sla(from == null ? today.withDayOfYear(1).toString() : from,
                to == null ? today.toString() : to)).build());
    }

    @Allowed({Role.OFFICE_ADMIN, Role.CLAIMS_OFFICER})
    @POST
    @Path("escalation")
    @Operation(summary = "Flag overdue claims and move overdue agency-level reviews to the city office now")
    public Response escalate() {
        return answer(() -> Response.ok(java.util.Map.of("escalated", claims.escalateOverdue())).build());
    }

    static Response answer(Supplier<Response> work) {
        try {
            return work.get();
        } catch (NoSuchElementException e) {
            return ApiProblem.of(Response.Status.NOT_FOUND, e.getMessage());
        } catch (IllegalArgumentException e) {
            return ApiProblem.of(Response.Status.BAD_REQUEST, e.getMessage());
        }
    }
}
