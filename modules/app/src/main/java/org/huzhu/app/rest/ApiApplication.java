package org.huzhu.app.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The REST API for the member app and for scripts. Described at /openapi. */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Huzhu mutual-aid platform API", version = "1",
        description = "Tenant-scoped API. Authenticate with a Keycloak access token (Bearer)."))
public class ApiApplication extends Application {
}
