package org.huzhu.tenancy.ui.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.huzhu.tenancy.api.Allowed;
import org.huzhu.tenancy.api.CalendarCoverage;
import org.huzhu.tenancy.api.CalendarUpload;
import org.huzhu.tenancy.api.CalendarUploads;
import org.huzhu.tenancy.api.Role;

/**
 * The working-day calendar: a year's official arrangement uploaded (docs/calendar-file.md) by an office admin (its
 * tenant) or headquarters (every tenant), and the years due dates reach that have none. A wrong file is a 400 with
 * every wrong line (app's CalendarFileRefusedMapper); nothing of it is stored.
 */
@Allowed({Role.OFFICE_ADMIN, Role.HQ_ANALYST})
@Path("/v1/calendar")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class CalendarResource {

    @Inject
    CalendarUploads uploads;

    @Inject
    CalendarCoverage coverage;

    @POST
    @Path("years/{year}")
    @Consumes({MediaType.TEXT_PLAIN, "text/csv", MediaType.APPLICATION_OCTET_STREAM})
    public Response upload(@PathParam("year") int year, InputStream body) {
        CalendarUpload stored = uploads.upload(year, readAll(body));
        return Response.ok(Json.createObjectBuilder().add("year", stored.year()).add("scope", stored.scope().name())
                .add("holidays", stored.holidays()).add("workdays", stored.workdays()).build().toString()).build();
    }

    @GET
    @Path("missing-years")
    public Response missingYears() {
        var years = Json.createArrayBuilder();
        coverage.missingYears().forEach(years::add);
        return Response.ok(Json.createObjectBuilder().add("missingYears", years).build().toString()).build();
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readNBytes(CalendarUploads.MAX_BYTES + 1); // one more: the upload refuses a longer file
        } catch (IOException e) {
            throw new UncheckedIOException("the upload was cut off", e);
        }
    }
}
