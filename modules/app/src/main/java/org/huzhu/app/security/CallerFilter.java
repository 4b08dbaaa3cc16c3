package org.huzhu.app.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.huzhu.kernel.tenant.TenantId;
import org.huzhu.tenancy.api.Caller;
import org.huzhu.tenancy.api.Role;
import org.huzhu.tenancy.api.TenantContext;
import org.huzhu.tenancy.api.TenantDirectory;

/**
 * The edge where the tenant is resolved, once per request: the login token names the user's Keycloak
 * organization, which is the tenant. A token naming no active tenant (and not headquarters) gets 403.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class CallerFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(CallerFilter.class.getName());

    private final CallerCache bearers = new CallerCache();

    @Inject
    TenantContext context;

    @Inject
    TenantDirectory tenants;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal principal = request.getUserPrincipal();
        if (principal != null) {
            Optional<ClaimSource> claims = principal instanceof JsonWebToken jwt
                    ? Optional.of(new JwtClaimSource(jwt)) : OidcClaimSource.current();
            Supplier<Optional<Caller>> fromClaims = () -> claims.flatMap(c -> toCaller(principal.getName(), c));
            Optional<Caller> caller = principal instanceof JsonWebToken jwt && jwt.getRawToken() != null
                    ? bearers.get(jwt.getRawToken(), fromClaims) : fromClaims.get();
            if (caller.isEmpty()) {
                LOG.warning(() -> "login without a tenant or headquarters role refused: " + principal.getName());
                response.sendError(HttpServletResponse.SC_FORBIDDEN, "no active tenant for this login");
                return;
            }
            context.bind(caller.get());
        }
        chain.doFilter(request, response);
    }

    private Optional<Caller> toCaller(String username, ClaimSource claims) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        claims.strings("groups").forEach(g -> Role.fromRoleName(g).ifPresent(roles::add));
        List<String> organizations = claims.strings("organization");
        String orgUnit = claims.string("org_unit");
        if (organizations.size() == 1) {
            Optional<TenantId> tenant = TenantIds.parse(organizations.get(0));
            if (tenant.isPresent() && tenants.find(tenant.get()).isPresent()) {
                return Optional.of(new Caller(username, tenant, roles, orgUnit));
            }
            return Optional.empty();
        }
        if (organizations.isEmpty() && roles.contains(Role.HQ_ANALYST)) {
            return Optional.of(new Caller(username, Optional.empty(), roles, orgUnit));
        }
        return Optional.empty();
    }
}
