package org.huzhu.org.ui.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.huzhu.org.api.OrgTree;
import org.huzhu.org.api.OrgUnitView;

@Path("/v1/org-units")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "org units")
public class OrgUnitResource {

    @Inject
    OrgTree tree;

    @GET
    @Operation(summary = "The org tree within the caller's subtree, parents before children")
    public List<OrgUnitView> list() {
        return tree.visibleUnits();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One org unit (404 when not in the caller's tenant and subtree)")
    public OrgUnitView get(@PathParam("id") long id) {
        return tree.find(id).orElseThrow(() -> new NotFoundException("no org unit " + id));
    }
}
