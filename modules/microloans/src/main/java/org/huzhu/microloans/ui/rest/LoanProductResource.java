package org.huzhu.microloans.ui.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.huzhu.microloans.api.ProductView;
import org.huzhu.microloans.api.RateView;
import org.huzhu.microloans.application.LoanProductService;
import org.huzhu.tenancy.api.Allowed;
import org.huzhu.tenancy.api.Role;

@Path("/v1/loan-products")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "microloans")
public class LoanProductResource {

    @Inject
    LoanProductService products;

    @Allowed({Role.OFFICE_ADMIN, Role.CLAIMS_OFFICER, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK, Role.MEMBER})
    @GET
    @Operation(summary = "The tenant's loan products (tenant-config microloans:), with the borrower's rate today")
    public List<ProductView> list() {
        return products.list();
    }

    @Allowed({Role.OFFICE_ADMIN, Role.CLAIMS_OFFICER, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK})
    @GET
    @Path("reference-rates")
    @Operation(summary = "Every published value of the reference rates (LPR), oldest first")
    public List<RateView> rates() {
        return products.rates();
    }

    @Allowed({Role.OFFICE_ADMIN})
    @POST
    @Path("reference-rates")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a newly published reference rate {name, effectiveFrom, percent}; kept beside the earlier ones",
            description = "A borrower's rate set against it follows it from the first instalment period starting on or "
                    + "after effectiveFrom. 409 when that day already has a value.")
    public Response publish(Bodies.RateBody body) {
        Bodies.RateBody b = Fields.body(body);
        return Response.status(Response.Status.CREATED).entity(products.publish(b.name(),
                Fields.date("effectiveFrom", b.effectiveFrom()), Fields.percent("percent", b.percent()))).build();
    }
}
