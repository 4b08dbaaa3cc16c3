package org.huzhu.reporting.ui.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.huzhu.reporting.application.MonthlyReports;
import org.huzhu.tenancy.api.Allowed;
import org.huzhu.tenancy.api.Downloads;
import org.huzhu.tenancy.api.Refused;
import org.huzhu.tenancy.api.Role;

/**
 * The offices' monthly reports, kept as they were made once each month was over: the list, and each file
 * ({@code 2026-10.pdf}, {@code 2026-10.xlsx}) in the language asked ({@code lang=zh|en}, else Accept-Language).
 */
@Path("/v1/reports/monthly")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "reporting")
@Allowed({Role.OFFICE_ADMIN, Role.CLAIMS_OFFICER})
public class MonthlyReportResource {

    private static final Pattern FILE = Pattern.compile("(\\d{4}-\\d{2})\\.(pdf|xlsx)");

    /** One kept file as scripts read it. */
    public record KeptFile(String month, String format, String language, int bytes, String sha256,
                           String generatedAt, String path) {
    }

    @Inject
    MonthlyReports reports;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "The kept monthly reports, newest month first",
            description = "Each month's office dashboard against the same month last year, made in the first hour "
                    + "after the month ended, as PDF and Excel in Chinese and English")
    public List<KeptFile> list(@QueryParam("months") @DefaultValue("24") @Min(1) @Max(120) int months) {
        return reports.list(months).stream().map(k -> new KeptFile(k.month().toString(), k.format(), k.language(),
                k.bytes(), k.sha256(), k.generatedAt().toString(),
                "/api/v1/reports/monthly/" + k.month() + "." + k.format() + "?lang=" + k.language())).toList();
    }

    @GET
    @Path("{file}")
    @Produces({ReportResource.PDF, ReportResource.XLSX, MediaType.APPLICATION_JSON})
    @Operation(summary = "One kept monthly report, e.g. 2026-10.pdf or 2026-10.xlsx",
            description = "400 when the name is not a month and pdf or xlsx, 404 when that month was not kept")
    public Response file(@PathParam("file") String file, @QueryParam("lang") String lang) {
        Matcher name = FILE.matcher(file);
        if (!name.matches()) {
            throw Refused.badInput("file", "reporting.refused.monthlyName", file);
        }
        YearMonth month = YearMonth.parse(name.group(1));
        String format = name.group(2);
        String language = language(lang);
        byte[] content = reports.content(month, format, language)
                .orElseThrow(() -> Refused.notFound("reporting.refused.monthlyMissing", month.toString()));
        return Response.ok(content, "pdf".equals(format) ? ReportResource.PDF : ReportResource.XLSX)
                .header("Content-Disposition", Downloads.attachment("monthly-report-" + month + "-" + language + "."
                        + format)).build();
    }

    private String language(String asked) {
        if (asked == null || asked.isBlank()) {
            return Locale.ENGLISH.equals(ReportResource.locale(headers)) ? "en" : "zh";
        }
        if (!"zh".equals(asked) && !"en".equals(asked)) {
            throw Refused.badInput("lang", "reporting.refused.monthlyLanguage", asked);
        }
        return asked;
    }
}
