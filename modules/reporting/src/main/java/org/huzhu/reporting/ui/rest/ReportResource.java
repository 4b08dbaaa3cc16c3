package org.huzhu.reporting.ui.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.huzhu.reporting.api.ReportPeriod;
import org.huzhu.reporting.domain.ProgrammeFigures;
import org.huzhu.reporting.application.Dashboards;
import org.huzhu.reporting.application.Programmes;
import org.huzhu.reporting.application.ReadModelRebuild;
import org.huzhu.reporting.application.ReportExports;
import org.huzhu.tenancy.api.Allowed;
import org.huzhu.tenancy.api.Downloads;
import org.huzhu.tenancy.api.Refused;
import org.huzhu.tenancy.api.Role;

/**
 * The dashboards' figures for scripts (JSON) and as files (.xlsx, PDF). A period is {@code from} and {@code to},
 * both included (default: this year up to today); figures are compared with the same days a year earlier.
 */
@Path("/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "reporting")
public class ReportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PDF = "application/pdf";

    @Inject
    Dashboards dashboards;

    @Inject
    ReportExports exports;

    @Inject
    ReadModelRebuild rebuild;

    @Inject
    Programmes programmes;

    @Context
    HttpHeaders headers;

    @Allowed({Role.OFFICE_ADMIN, Role.CLAIMS_OFFICER, Role.AGENCY_CLERK})
    @GET
    @Path("office")
    @Operation(summary = "The office dashboard: indicators of the period and last year's, per plan, agency office, month")
    public ReportJson.Office office(@QueryParam("from") String from, @QueryParam("to") String to,
                                   @QueryParam("plan") String plan, @QueryParam("agency") Long agency) {
        return ReportJson.Office.of(dashboards.office(period(from, to), plan, agency));
    }

    @Allowed({Role.OFFICE_ADMIN, Role.CLAIMS_OFFICER, Role.AGENCY_CLERK})
    @GET
    @Path("office.xlsx")
    @Produces(XLSX)
    @Operation(summary = "The office dashboard as an Excel workbook")
    public Response officeWorkbook(@QueryParam("from") String from, @QueryParam("to") String to,
                                   @QueryParam("plan") String plan, @QueryParam("agency") Long agency) {
        ReportPeriod period = period(from, to);
        Locale locale = locale();
        dashboards.agencyInScopeChecked(agency);
        StreamingOutput body = out -> exports.officeWorkbook(period, plan, agency, locale, out);
        return file(body, XLSX, "office-" + period.from() + "-" + period.to() + ".xlsx");
    }

    @Allowed({Role.OFFICE_ADMIN, Role.CLAIMS_OFFICER, Role.AGENCY_CLERK})
    @GET
    @Path("office.pdf")
    @Produces(PDF)
    @Operation(summary = "The office dashboard as a PDF, with its chart")
    public Response officePdf(@QueryParam("from") String from, @QueryParam("to") String to,
                              @QueryParam("plan") String plan, @QueryParam("agency") Long agency) {
        ReportPeriod period = period(from, to);
        Locale locale = locale();
        dashboards.agencyInScopeChecked(agency);
        StreamingOutput body = out -> exports.officePdf(period, plan, agency, locale, out);
        return file(body, PDF, "office-" + period.from() + "-" + period.to() + ".pdf");
    }

    @Allowed({Role.OFFICE_ADMIN, Role.CLAIMS_OFFICER, Role.AGENCY_CLERK})
    @GET
    @Path("office/late-claims.xlsx")
    @Produces(XLSX)
    @Operation(summary = "The claims paid in the period after their due date (the list behind the figure), streamed")
    public Response lateClaims(@QueryParam("from") String from, @QueryParam("to") String to,
                               @QueryParam("plan") String plan, @QueryParam("agency") Long agency) {
        ReportPeriod period = period(from, to);
        Locale locale = locale();
        dashboards.agencyInScopeChecked(agency);
        StreamingOutput body = out -> exports.lateClaimsWorkbook(period, plan, agency, locale, out);
        return file(body, XLSX, "late-claims-" + period.from() + "-" + period.to() + ".xlsx");
    }

    @Allowed(Role.OFFICE_ADMIN)
    @GET
    @Path("programmes")
    @Operation(summary = "Relief paid, the loan pipeline and campaign reach of a year against the year before",
            description = "As each module counts them on its own pages (relief figures, the loan board, the "
                    + "campaigns); the year defaults to this one")
    public ReportJson.Programmes programmes(@QueryParam("year") @Min(2000) @Max(2100) Integer year) {
        return ReportJson.Programmes.of(programmes.office(year == null ? LocalDate.now().getYear() : year));
    }

    @Allowed(Role.HQ_ANALYST)
    @GET
    @Path("headquarters/programmes")
    @Operation(summary = "Every city's relief paid, loans disbursed and campaign reach of a year")
    public List<ProgrammeFigures.City> headquartersProgrammes(@QueryParam("year") @Min(2000) @Max(2100) Integer year) {
        return programmes.headquarters(year == null ? LocalDate.now().getYear() : year);
    }

    @Allowed(Role.OFFICE_ADMIN)
    @POST
    @Path("recount")
    @Operation(summary = "Recount the office's figures from the stored records (after a migration or an import by SQL)")
    public Response recount() {
        rebuild.rebuild();
        return Response.noContent().build();
    }

    @Allowed(Role.HQ_ANALYST)
    @GET
    @Path("headquarters")
    @Operation(summary = "Headquarters: every city's indicators side by side, totals, per plan and per month; read-only")
    public ReportJson.Headquarters headquarters(@QueryParam("from") String from, @QueryParam("to") String to) {
        return ReportJson.Headquarters.of(dashboards.headquarters(period(from, to)));
    }

    @Allowed(Role.HQ_ANALYST)
    @GET
    @Path("headquarters.xlsx")
    @Produces(XLSX)
    @Operation(summary = "The headquarters dashboard as an Excel workbook")
    public Response headquartersWorkbook(@QueryParam("from") String from, @QueryParam("to") String to) {
        ReportPeriod period = period(from, to);
        Locale locale = locale();
        dashboards.cities();
        StreamingOutput body = out -> exports.headquartersWorkbook(period, locale, out);
        return file(body, XLSX, "headquarters-" + period.from() + "-" + period.to() + ".xlsx");
    }

    @Allowed(Role.HQ_ANALYST)
    @GET
    @Path("headquarters.pdf")
    @Produces(PDF)
    @Operation(summary = "The headquarters dashboard as a PDF, with its chart")
    public Response headquartersPdf(@QueryParam("from") String from, @QueryParam("to") String to) {
        ReportPeriod period = period(from, to);
        Locale locale = locale();
        dashboards.cities();
        StreamingOutput body = out -> exports.headquartersPdf(period, locale, out);
        return file(body, PDF, "headquarters-" + period.from() + "-" + period.to() + ".pdf");
    }

    private static Response file(StreamingOutput body, String type, String name) {
        return Response.ok(body, type).header("Content-Disposition", Downloads.attachment(name)).build();
    }

    static ReportPeriod period(String from, String to) {
        LocalDate end = to == null || to.isBlank() ? LocalDate.now() : date(to, "to");
        LocalDate start = from == null || from.isBlank() ? end.withDayOfYear(1) : date(from, "from");
        if (end.isBefore(start)) {
            throw Refused.badInput("to", "reporting.refused.period", start, end);
        }
        if (start.plusYears(5).isBefore(end)) {
            throw Refused.badInput("from", "reporting.refused.long", start, end);
        }
        return new ReportPeriod(start, end);
    }

    private static LocalDate date(String text, String field) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw Refused.badInput(field, "reporting.refused.date", text.strip());
        }
    }

    private Locale locale() {
        return locale(headers);
    }

    /** The reader's language from Accept-Language: English when asked first, else Chinese. */
    static Locale locale(HttpHeaders headers) {
        for (Locale l : headers.getAcceptableLanguages()) {
            if ("en".equals(l.getLanguage())) {
                return Locale.ENGLISH;
            }
            if ("zh".equals(l.getLanguage())) {
                return Locale.SIMPLIFIED_CHINESE;
            }
        }
        return Locale.SIMPLIFIED_CHINESE;
    }
}
