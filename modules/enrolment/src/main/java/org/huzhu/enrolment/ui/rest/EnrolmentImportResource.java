package org.huzhu.enrolment.ui.rest;

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
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.huzhu.enrolment.api.EnrolmentImports;
import org.huzhu.enrolment.api.SubmissionRefused;
import org.huzhu.enrolment.infrastructure.EnrolmentWorkbook;
import org.huzhu.tenancy.api.Allowed;
import org.huzhu.tenancy.api.ApiProblem;
import org.huzhu.tenancy.api.Role;
import org.huzhu.tenancy.api.UploadBodies;

@Allowed({Role.OFFICE_ADMIN, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK})
@Path("/v1/enrolment-imports")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "enrolment")
public class EnrolmentImportResource {

    static final String XLSX = EnrolmentWorkbook.CONTENT_TYPE;

    @Inject
    EnrolmentImports imports;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload an enrolment list (CSV or .xlsx) for a grassroots union and term; returns the job",
            description = "Form parts: file, unionId, termStart (yyyy-MM-dd). The list is checked in the background: "
                    + "follow GET /{id}. 400 names the field (a missing column names line 1).")
    public Response upload(List<EntityPart> parts) {
        return answer(() -> {
            EntityPart file = part(parts, "file");
            return Response.status(Response.Status.ACCEPTED).entity(imports.start(number(text(parts, "unionId"), "unionId"),
                    date(text(parts, "termStart"), "termStart"), file.getFileName().orElse("list"), bytes(file))).build();
        });
    }

    @POST
    @Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM, XLSX})
    @Operation(summary = "Upload an enrolment list as the request body (for scripts); returns the job",
            description = "Query: unionId, termStart (yyyy-MM-dd), fileName.")
    public Response uploadBody(@QueryParam("unionId") String unionId, @QueryParam("termStart") String termStart,
                               @QueryParam("fileName") String fileName, InputStream body) {
        return answer(() -> Response.status(Response.Status.ACCEPTED).entity(imports.start(number(unionId, "unionId"),
                date(termStart, "termStart"), fileName, readAll(body))).build());
    }

    @GET
    @Operation(summary = "The newest enrolment imports the caller may see, newest first")
    public Response recent(@QueryParam("limit") @Min(1) @Max(1000) @DefaultValue("50") int limit) {
        return answer(() -> Response.ok(imports.recent(limit)).build());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An import's status, progress, counts, totals per plan, fee and payments")
    public Response get(@PathParam("id") long id) {
        return answer(() -> Response.ok(imports.find(id).orElseThrow(() -> new NoSuchElementException(
                "no enrolment import " + id))).build());
    }

    @GET
    @Path("{id}/errors")
    @Operation(summary = "The problems of the bad rows: row number, field, rule, message (zh, en)")
    public Response errors(@PathParam("id") long id, @QueryParam("offset") @Min(0) @DefaultValue("0") int offset,
                           @QueryParam("limit") @Min(1) @Max(1000) @DefaultValue("200") int limit) {
        return answer(() -> Response.ok(imports.errors(id, offset, limit)).build());
    }

    @GET
    @Path("{id}/errors.xlsx")
    @Produces(XLSX)
    @Operation(summary = "The bad rows as uploaded, with an error column, to fix and upload again")
    public Response errorWorkbook(@PathParam("id") long id) {
        return answer(() -> {
            imports.find(id).orElseThrow(() -> new NoSuchElementException("no enrolment import " + id));
            StreamingOutput body = out -> imports.writeErrorWorkbook(id, out);
            return Response.ok(body, XLSX).header("Content-Disposition",
                    "attachment; filename=\"enrolment-" + id + "-errors.xlsx\"").build();
        });
    }

    @POST
    @Path("{id}/submission")
    @Operation(summary = "Submit a checked list: its good rows are enrolled in the background",
            description = "409 with the reasons when the participation rule or the list's state does not allow it, "
                    + "and with the figures when the check result has warnings (more enrolled than the union's "
                    + "registered staff, rows of another union) that the clerk has not confirmed: "
                    + "submit again with confirm=true, or correct the list")
    public Response submit(@PathParam("id") long id, @QueryParam("confirm") @DefaultValue("false") boolean confirm) {
        return answer(() -> Response.status(Response.Status.ACCEPTED).entity(imports.submit(id, confirm)).build());
    }

    @POST
    @Path("{id}/retry")
    @Operation(summary = "Try a list that FAILED on a passing problem again, where it stopped",
            description = "409 when its failure says to upload a corrected file instead (failure.retryable false)")
    public Response retry(@PathParam("id") long id) {
        return answer(() -> Response.status(Response.Status.ACCEPTED).entity(imports.retry(id)).build());
    }

    @Allowed(Role.OFFICE_ADMIN)
    @POST
    @Path("{id}/payments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a payment of the list's fee (city office); cover starts when paid in full")
    public Response pay(@PathParam("id") long id, PaymentRequest payment) {
        return answer(() -> {
            if (payment == null) {
                throw new IllegalArgumentException("the payment (amount, paidOn, reference) is required");
            }
            return Response.ok(imports.recordPayment(id, payment.amount(), date(payment.paidOn(), "paidOn"),
                    payment.reference())).build();
        });
    }

    @GET
    @Path("{id}/fee-statement")
    @Produces("application/pdf")
    @Operation(summary = "The fee statement of a list that can be submitted, or is (PDF)",
            description = "409 with the reasons for a list the participation rule does not let through")
    public Response feeStatement(@PathParam("id") long id) {
        return answer(() -> Response.ok(imports.feeStatement(id), "application/pdf").header("Content-Disposition",
                "attachment; filename=\"fee-statement-" + id + ".pdf\"").build());
    }

    @GET
    @Path("template")
    @Produces(XLSX)
    @Operation(summary = "An Excel template listing the plans open for a term starting on termStart")
    public Response template(@QueryParam("termStart") String termStart) {
        return answer(() -> Response.ok(imports.template(date(termStart, "termStart")), XLSX).header(
                "Content-Disposition", "attachment; filename=\"enrolment-template.xlsx\"").build());
    }

    /** A payment: amount in yuan ("1234.50"), the day it came in, the bank reference. */
    public record PaymentRequest(String amount, String paidOn, String reference) {
    }

    static Response answer(Supplier<Response> work) {
        try {
            return work.get();
        } catch (NoSuchElementException e) {
            return ApiProblem.of(Response.Status.NOT_FOUND, e.getMessage());
        } catch (SubmissionRefused e) {
            return ApiProblem.of(Response.Status.CONFLICT, String.join("；", e.reasonsZh()) + " | " + e.getMessage());
        } catch (IllegalArgumentException e) {
            return ApiProblem.of(Response.Status.BAD_REQUEST, e.getMessage());
        } catch (IllegalStateException e) {
            return ApiProblem.of(Response.Status.CONFLICT, e.getMessage());
        }
    }

    private static EntityPart part(List<EntityPart> parts, String name) {
        return parts.stream().filter(p -> p.getName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(name + ": the form part is missing"));
    }

    private static String text(List<EntityPart> parts, String name) {
        try {
            return part(parts, name).getContent(String.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(EntityPart part) {
        return readAll(part.getContent());
    }

    private static byte[] readAll(InputStream in) {
        return UploadBodies.readAtMost(in, EnrolmentImports.MAX_FILE_BYTES);
    }

    static long number(String text, String field) {
        try {
            return Long.parseLong(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": a number is required");
        }
    }

    static LocalDate date(String text, String field) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + ": a date such as 2027-01-01 is required");
        }
    }
}
