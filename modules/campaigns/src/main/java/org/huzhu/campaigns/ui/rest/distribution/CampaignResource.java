package org.huzhu.campaigns.ui.rest.distribution;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.huzhu.campaigns.api.distribution.AllotmentLine;
import org.huzhu.campaigns.api.distribution.CampaignDeliveries;
import org.huzhu.campaigns.api.distribution.CampaignFigures;
import org.huzhu.campaigns.api.distribution.CampaignReports;
import org.huzhu.campaigns.api.distribution.CampaignSettings;
import org.huzhu.campaigns.api.distribution.CampaignSummary;
import org.huzhu.campaigns.api.distribution.CityCampaigns;
import org.huzhu.campaigns.api.distribution.Confirmation;
import org.huzhu.campaigns.api.distribution.DeliveryImport;
import org.huzhu.campaigns.api.distribution.DistributionCampaigns;
import org.huzhu.campaigns.api.distribution.EligibleMember;
import org.huzhu.campaigns.api.distribution.HandOut;
import org.huzhu.campaigns.api.distribution.JobFlagImport;
import org.huzhu.campaigns.api.distribution.JobFlagImports;
import org.huzhu.campaigns.api.distribution.RowProblem;
import org.huzhu.campaigns.infrastructure.distribution.DeliveryWorkbook;
import org.huzhu.campaigns.infrastructure.distribution.ListWorkbook;
import org.huzhu.tenancy.api.Allowed;
import org.huzhu.tenancy.api.Downloads;
import org.huzhu.tenancy.api.Refused;
import org.huzhu.tenancy.api.Role;
import org.huzhu.tenancy.api.Translations;
import org.huzhu.tenancy.api.UploadBodies;

/** Distribution campaigns (夏送清凉, 冬送温暖, 送福字, 三八, custom): set-up, allotment, hand-outs and figures. */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "campaigns")
public class CampaignResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    DistributionCampaigns campaigns;

    @Inject
    CampaignDeliveries deliveries;

    @Inject
    JobFlagImports jobFlagImports;

    @Inject
    CampaignReports reports;

    @Inject
    Translations translations;

    @jakarta.ws.rs.core.Context
    HttpHeaders headers;

    @GET
    @Path("campaigns")
    @Allowed({Role.OFFICE_ADMIN, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK})
    @Operation(summary = "Distribution campaigns whose period starts in the year (all when absent), newest first")
    public List<CampaignSummary> list(@QueryParam("year") @Min(2000) @Max(2100) Integer year) {
        return campaigns.list(year);
    }

    @POST
    @Path("campaigns")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.OFFICE_ADMIN)
    @Operation(summary = "Create a campaign from a type (SUMMER_COOLING, WINTER_WARMTH, SPRING_COUPLETS, WOMENS_DAY, CUSTOM)",
            description = "Body: type, name, periodStart, periodEnd (yyyy-MM-dd), budgetFen, benefit (GOODS or CASH), "
                    + "item, unitFen (unit cost of goods or cash per person, in fen), eligibility {scopeUnitId, gender "
                    + "(MALE/FEMALE), minAge, maxAge (on the first day), anyFlag [OUTDOOR, HIGH_TEMPERATURE, FRONT_LINE, "
                    + "GIG_WORKER, MODEL_WORKER], hardshipOnly}, delivery (ON_SITE or COURIER), quotas [{agencyCode, "
                    + "quota}]. 201; 400 names the field.")
    public Response create(CampaignSettings settings) {
        return Response.status(Response.Status.CREATED).entity(campaigns.create(settings)).build();
    }

    @GET
    @Path("campaigns/{id}")
    @Allowed({Role.OFFICE_ADMIN, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK})
    @Operation(summary = "A campaign with its settings, quotas, spend and people reached")
    public CampaignSummary get(@PathParam("id") long id) {
        return campaigns.find(id).orElseThrow(() -> Refused.notFound("campaigns.distribution.notFound", String.valueOf(id)));
    }

    @POST
    @Path("campaigns/{id}/clone")
    @Allowed(Role.OFFICE_ADMIN)
    @Operation(summary = "Clone a campaign for the next year: period a year later, budget, benefit, rules, delivery "
            + "and quotas kept; 201 with the new campaign")
    public Response cloneForNextYear(@PathParam("id") long id) {
        return Response.status(Response.Status.CREATED).entity(campaigns.cloneForNextYear(id)).build();
    }

    @POST
    @Path("campaigns/{id}/allotments")
    @Allowed(Role.OFFICE_ADMIN)
    @Operation(summary = "Compute the eligible list from the member registry and allot it to agency offices and "
            + "grassroots unions (each agency's quota shared in proportion); replaces an earlier allotment")
    public List<AllotmentLine> allot(@PathParam("id") long id) {
        return campaigns.allot(id);
    }

    @GET
    @Path("campaigns/{id}/allotments")
    @Allowed({Role.OFFICE_ADMIN, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK})
    @Operation(summary = "The allotment: eligible, share and served per agency office and union (a clerk: their part)")
    public List<AllotmentLine> allotments(@PathParam("id") long id) {
        return campaigns.allotments(id);
    }

    @GET
    @Path("campaigns/{id}/eligible-members")
    @Allowed({Role.OFFICE_ADMIN, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK})
    @Operation(summary = "Members the campaign's rules select within the caller's subtree, in id order after `after`, "
            + "with whether each was served")
    public List<EligibleMember> eligible(@PathParam("id") long id,
                                         @QueryParam("after") @Min(0) @DefaultValue("0") long after,
                                         @QueryParam("limit") @Min(1) @Max(500) @DefaultValue("100") int limit) {
        return deliveries.eligible(id, after, limit);
    }

    @POST
    @Path("campaigns/{id}/deliveries")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({Role.OFFICE_ADMIN, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK})
    @Operation(summary = "Confirm that a member received the hand-out",
            description = "Body: {memberId, trackingNo (courier campaigns), reason (for a person the rules missed)}. "
                    + "201 with the hand-out; 409 when already served, past the agency's quota or the budget (with "
                    + "the figures: budget, spent, this hand-out); 404 outside the caller's subtree.")
    public Response confirm(@PathParam("id") long id, Confirmation confirmation) {
        return Response.status(Response.Status.CREATED).entity(deliveries.confirm(id, confirmation)).build();
    }

    @GET
    @Path("campaigns/{id}/deliveries")
    @Allowed({Role.OFFICE_ADMIN, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK})
    @Operation(summary = "Hand-outs within the caller's subtree in id order after `after`: who received what, "
            + "who confirmed it and when, tracking number")
    public List<HandOut> handOuts(@PathParam("id") long id, @QueryParam("after") @Min(0) @DefaultValue("0") long after,
                                  @QueryParam("limit") @Min(1) @Max(500) @DefaultValue("100") int limit) {
        return deliveries.handOuts(id, after, limit);
    }

    @POST
    @Path("campaigns/{id}/deliveries/{deliveryId}/payment-retry")
    @Allowed({Role.OFFICE_ADMIN, Role.CLAIMS_OFFICER})
    @Operation(summary = "Put a cash hand-out whose payment failed back for the next payout run (the card mended)",
            description = "200 with the hand-out, CONFIRMED again; 409 when its payment has not failed; 404 outside "
                    + "the caller's subtree.")
    public HandOut retryPayment(@PathParam("id") long id, @PathParam("deliveryId") long deliveryId) {
        return deliveries.retryPayment(id, deliveryId);
    }

    @POST
    @Path("campaigns/{id}/delivery-imports")
    @Consumes({XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Allowed({Role.OFFICE_ADMIN, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK})
    @Operation(summary = "Confirm hand-outs from an .xlsx list (columns 身份证号, 姓名, 快递单号, 补充理由; at most "
            + "5,000 rows)",
            description = "200 when every row was confirmed; 400 with every bad row (row, field, rule, zh, en) and "
                    + "nothing confirmed.")
    public Response importList(@PathParam("id") long id, InputStream body) {
        DeliveryImport result = deliveries.importList(id, UploadBodies.readAtMost(body, DeliveryWorkbook.MAX_BYTES));
        List<ProblemText> problems = result.problems().stream().map(this::text).toList();
        return Response.status(problems.isEmpty() ? 200 : 400)
                .entity(new ImportAnswer(result.rows(), result.confirmed(), problems)).build();
    }

    @POST
    @Path("job-flag-imports")
    @Consumes({XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Allowed({Role.OFFICE_ADMIN, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK})
    @Operation(summary = "Set members' job flags from an .xlsx list (columns 身份证号, 姓名, and 户外作业, 高温作业, 一线职工, "
            + "新就业形态劳动者, 劳动模范 with 是 or 否; an empty cell or a column left out keeps the flag; at most 5,000 rows; "
            + "members within the caller's part of the org tree)",
            description = "200 with rows and changed (members whose flags changed); 400 with every bad row (row, field, "
                    + "rule, zh, en) and nothing written: ID missing, from an Excel number cell, malformed (full-width "
                    + "digits too), not a member the caller may see, named twice, a flag cell other than 是/否.")
    public Response importJobFlags(InputStream body) {
        JobFlagImport result = jobFlagImports.importList(UploadBodies.readAtMost(body, ListWorkbook.MAX_BYTES));
        List<ProblemText> problems = result.problems().stream().map(this::text).toList();
        return Response.status(problems.isEmpty() ? 200 : 400)
                .entity(new JobFlagAnswer(result.rows(), result.changed(), problems)).build();
    }

    @GET
    @Path("job-flag-template")
    @Produces({XLSX, MediaType.APPLICATION_JSON})
    @Allowed({Role.OFFICE_ADMIN, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK})
    @Operation(summary = "The .xlsx job-flag list to fill in (ID column formatted as text, one column per flag)")
    public Response jobFlagTemplate() {
        return Response.ok(jobFlagImports.template(), XLSX)
                .header("Content-Disposition", Downloads.attachment("job-flags.xlsx")).build();
    }

    @GET
    @Path("campaigns/delivery-template")
    @Produces({XLSX, MediaType.APPLICATION_JSON})
    @Allowed({Role.OFFICE_ADMIN, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK})
    @Operation(summary = "The .xlsx delivery list to fill in (ID column formatted as text)")
    public Response template() {
        return Response.ok(deliveries.template(), XLSX)
                .header("Content-Disposition", Downloads.attachment("delivery-list.xlsx")).build();
    }

    @GET
    @Path("campaigns/{id}/figures")
    @Allowed(Role.OFFICE_ADMIN)
    @Operation(summary = "People reached and spend against budget, per agency office and union, this year vs the "
            + "same type's campaign the year before")
    public CampaignFigures figures(@PathParam("id") long id) {
        return reports.figures(id);
    }

    @GET
    @Path("hq/campaign-figures")
    @Allowed(Role.HQ_ANALYST)
    @Operation(summary = "Headquarters: each city's campaigns of the year with budget, spend, reach and last year's reach")
    public List<CityCampaigns> headquarters(@QueryParam("year") @Min(2000) @Max(2100) Integer year) {
        return reports.headquarters(year == null ? LocalDate.now().getYear() : year);
    }

    private ProblemText text(RowProblem p) {
        String key = "campaigns.distribution.rule." + p.rule();
        Object[] params = p.params().toArray();
        String zh = translations.text(key, Locale.SIMPLIFIED_CHINESE, params);
        String en = translations.text(key, Locale.ENGLISH, params);
        boolean english = headers != null && headers.getAcceptableLanguages().stream().findFirst()
                .map(l -> "en".equals(l.getLanguage())).orElse(false);
        return new ProblemText(p.row(), p.field(), p.rule(), english ? en : zh, zh, en);
    }

    /** A bad row as answers show it. */
    public record ProblemText(int row, String field, String rule, String detail, String zh, String en) {
    }

    /** A job-flag list's answer: rows read, members whose flags changed, every problem. */
    public record JobFlagAnswer(int rows, int changed, List<ProblemText> problems) {
    }

    /** A delivery list's answer. */
    public record ImportAnswer(int rows, int confirmed, List<ProblemText> problems) {
    }
}
