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
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.huzhu.relief.api.HardshipRegister;
import org.huzhu.relief.api.HardshipRegister.EventView;
import org.huzhu.relief.api.HardshipRegister.FileForm;
import org.huzhu.relief.api.HardshipRegister.FileView;
import org.huzhu.relief.api.HardshipRegister.MeansForm;
import org.huzhu.relief.api.HardshipRegister.MeasureForm;
import org.huzhu.relief.api.HardshipRegister.Settings;
import org.huzhu.relief.api.HardshipStatus;
import org.huzhu.relief.api.OutOfHardshipReason;
import org.huzhu.tenancy.api.Allowed;
import org.huzhu.tenancy.api.Refused;
import org.huzhu.tenancy.api.Role;

/**
 * The hardship register (困难职工档案) over HTTP: office admins see the whole tenant, agency and grassroots clerks
 * their subtree. Amounts in fen; national IDs answered masked only.
 */
@Allowed({Role.OFFICE_ADMIN, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK})
@Path("/v1/hardship-households")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "relief")
public class HardshipHouseholdResource {

    /** A home visit as the clerk records it. */
    public record Visit(LocalDate visitedOn, String note) {
    }

    /** The yearly review's day. */
    public record Review(LocalDate reviewedOn) {
    }

    /** Out of hardship: the day and the reason. */
    public record Closure(LocalDate outOn, OutOfHardshipReason reason) {
    }

    @Inject
    HardshipRegister register;

    @POST
    @Operation(summary = "Files a household (一户一档): the member, the household with national IDs, income and costs",
            description = "201 with the file and its category from the tenant's lines. 409 relief.refused.secondFile "
                    + "naming the household's first file; 409 relief.refused.notInHardship above every line.")
    public Response file(FileForm form) {
        return Response.status(Response.Status.CREATED).entity(register.file(form)).build();
    }

    @GET
    @Operation(summary = "Files in the caller's subtree, newest first", description = "status: IN_HARDSHIP or OUT_OF_HARDSHIP")
    public List<FileView> list(@QueryParam("status") String status,
                               @QueryParam("offset") @Min(0) @DefaultValue("0") int offset,
                               @QueryParam("limit") @Min(1) @Max(500) @DefaultValue("100") int limit) {
        return register.list(QueryValues.code("status", status, HardshipStatus.class), offset, limit);
    }

    @GET
    @Path("reviews-due")
    @Operation(summary = "Files in hardship whose yearly review is due on a day (today by default)")
    public List<FileView> reviewsDue(@QueryParam("on") String on,
                                     @QueryParam("limit") @Min(1) @Max(500) @DefaultValue("200") int limit) {
        return register.reviewsDue(QueryValues.date("on", on, QueryValues.today()), limit);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A file with its household (IDs masked), measures and visits")
    public FileView get(@PathParam("id") long id) {
        return register.find(id).orElseThrow(() -> Refused.notFound("relief.refused.fileNotFound", String.valueOf(id)));
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Every change of a file, oldest first (append only)")
    public List<EventView> history(@PathParam("id") long id) {
        return register.history(id);
    }

    @PUT
    @Path("{id}/means")
    @Operation(summary = "New income, fixed costs, illness costs and causes: the category is worked out again")
    public FileView revise(@PathParam("id") long id, MeansForm means) {
        return register.revise(id, means);
    }

    @POST
    @Path("{id}/measures")
    @Operation(summary = "Records a measure taken for the household (一户一措施)")
    public FileView measure(@PathParam("id") long id, MeasureForm measure) {
        return register.addMeasure(id, measure);
    }

    @POST
    @Path("{id}/visits")
    @Operation(summary = "Records a home visit")
    public FileView visit(@PathParam("id") long id, Visit visit) {
        return register.addVisit(id, visit == null ? null : visit.visitedOn(), visit == null ? null : visit.note());
    }

    @POST
    @Path("{id}/review")
    @Operation(summary = "Records the yearly review; the next falls a year later")
    public FileView review(@PathParam("id") long id, Review review) {
        return register.review(id, review == null ? null : review.reviewedOn());
    }

    @POST
    @Path("{id}/closure")
    @Operation(summary = "Out of hardship on a day for a reason (the file is kept)")
    public FileView close(@PathParam("id") long id, Closure closure) {
        return register.close(id, closure == null ? null : closure.outOn(), closure == null ? null : closure.reason());
    }

    @GET
    @Path("settings")
    @Operation(summary = "The tenant's hardship lines: minimum-living line per head a month (fen), illness share (%)")
    public Settings settings() {
        return register.settings();
    }

    @PUT
    @Path("settings")
    @Allowed(Role.OFFICE_ADMIN)
    @Operation(summary = "Sets the tenant's hardship lines (office admin)")
    public Settings changeSettings(Settings settings) {
        return register.changeSettings(settings);
    }
}
