package org.huzhu.payouts.ui.rest;

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
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.huzhu.payouts.api.BankFile;
import org.huzhu.payouts.api.PaymentView;
import org.huzhu.payouts.api.PayoutRunView;
import org.huzhu.payouts.api.PayoutRuns;
import org.huzhu.payouts.api.ResultImportView;
import org.huzhu.tenancy.api.Allowed;
import org.huzhu.tenancy.api.Downloads;
import org.huzhu.tenancy.api.ApiProblem;
import org.huzhu.tenancy.api.Role;
import org.huzhu.tenancy.api.UploadBodies;

@Allowed({Role.OFFICE_ADMIN, Role.CLAIMS_OFFICER})
@Path("/v1/payout-runs")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "payouts")
public class PayoutRunResource {

    @Inject
    PayoutRuns runs;

    @GET
    @Operation(summary = "The newest payout runs (周赔) with status, count and totals, newest first",
            description = "Office admins and claims officers.")
    public Response list(@QueryParam("limit") @Min(1) @Max(1000) @DefaultValue("50") int limit) {
        return answer(() -> Response.ok(runs.recent(limit)).build());
    }

    @GET
    @Path("failed-payments")
    @Operation(summary = "Failed payments of all runs, newest first, with the bank's reason (cards to mend)")
    public Response failed(@QueryParam("limit") @Min(1) @Max(1000) @DefaultValue("100") int limit) {
        return answer(() -> Response.ok(runs.failedPayments(limit)).build());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A run with its totals, its result imports and a page of its payments",
            description = "status filters the payments (PENDING, PAID, FAILED); offset and limit page them")
    public Response get(@PathParam("id") long id, @QueryParam("status") String status,
                        @QueryParam("offset") @Min(0) @DefaultValue("0") int offset,
                        @QueryParam("limit") @Min(1) @Max(1000) @DefaultValue("100") int limit) {
        return answer(() -> {
            PayoutRunView run = runs.find(id).orElseThrow(() -> new NoSuchElementException("no payout run " + id));
            return Response.ok(new RunDetail(run, runs.resultImports(id), offset,
                    runs.payments(id, status, offset, limit))).build();
        });
    }

    @POST
    @Operation(summary = "Gather now: a run is created and every module's approved payables on no run (claims, "
            + "secondary aid, relief grants, loan subsidies, campaign cash) are gathered into it",
            description = "202; gathering runs in the background (status GATHERING, then GATHERED or EMPTY). "
                    + "409 while another run is gathering.")
    public Response create() {
        return answer(() -> Response.status(Response.Status.ACCEPTED).entity(runs.create()).build());
    }

    @POST
    @Path("{id}/approval")
    @Operation(summary = "A second person approves a gathered run (four eyes)",
            description = "409 when the caller created the run or the run is not gathered")
    public Response approve(@PathParam("id") long id) {
        return answer(() -> Response.ok(runs.approve(id)).build());
    }

    @GET
    @Path("{id}/bank-file")
    @Produces({"text/plain", MediaType.APPLICATION_JSON})
    @Operation(summary = "The bank's direct-payout file (直赔到卡) of an approved run, format HZDP 1 "
            + "(docs/bank-payout-file.md)",
            description = "Written on download with the card numbers; its SHA-256 (header X-Content-SHA256) and "
                    + "the issue are recorded in the run. 409 when the run is not approved, has results, or a "
                    + "member has no card on file.")
    public Response bankFile(@PathParam("id") long id) {
        return answer(() -> {
            BankFile file = runs.bankFile(id);
            return Response.ok(file.content(), "text/plain; charset=UTF-8")
                    .header("Content-Disposition", Downloads.attachment(file.fileName()))
                    .header("X-Content-SHA256", file.sha256())
                    .header("Cache-Control", "no-store").build();
        });
    }

    @POST
    @Path("{id}/bank-result")
    @Consumes({"text/plain", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "The bank's result file for the run (reference|S or F|bank reference|reason per line)",
            description = "202 with the import: malformed lines and unknown references are listed with their line "
                    + "number and change nothing; the others are applied in the background. The same file "
                    + "again changes nothing (repeated: true).")
    public Response bankResult(@PathParam("id") long id, InputStream body) {
        return answer(() -> Response.status(Response.Status.ACCEPTED).entity(runs.importResult(id,
                UploadBodies.readAtMost(body, PayoutRuns.MAX_RESULT_BYTES)))
                .build());
    }

    @POST
    @Path("{id}/retry")
    @Operation(summary = "Gather a run whose gathering FAILED on a passing problem again",
            description = "409 when the run did not fail, or its failure says a retry cannot help (failure.retryable)")
    public Response retry(@PathParam("id") long id) {
        return answer(() -> Response.status(Response.Status.ACCEPTED).entity(runs.retryGathering(id)).build());
    }

    @GET
    @Path("{id}/events")
    @Allowed({Role.OFFICE_ADMIN, Role.CLAIMS_OFFICER})
    @Operation(summary = "A run's history, oldest first: each event's code, who, when, status before and after, "
            + "and the run's counts and totals at that moment",
            description = "Events: CREATED, GATHERED, GATHERING_FAILED, GATHERING_RETRIED, APPROVED, FILE_ISSUED, "
                    + "RESULT_IMPORTED, RESULT_FAILED, SETTLED. 404 for a run of no such id.")
    public Response events(@PathParam("id") long id) {
        return answer(() -> Response.ok(runs.events(id)).build());
    }

    /** A run, its result imports and one page of its payments. */
    public record RunDetail(PayoutRunView run, List<ResultImportView> resultImports, int offset,
                            List<PaymentView> payments) {
    }

    static Response answer(Supplier<Response> work) {
        try {
            return work.get();
        } catch (NoSuchElementException e) {
            return ApiProblem.of(Response.Status.NOT_FOUND, e.getMessage());
        } catch (IllegalStateException e) {
            return ApiProblem.of(Response.Status.CONFLICT, e.getMessage());
        } catch (IllegalArgumentException e) {
            return ApiProblem.of(Response.Status.BAD_REQUEST, e.getMessage());
        }
    }

}
