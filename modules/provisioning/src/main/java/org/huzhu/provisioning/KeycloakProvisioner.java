package org.huzhu.provisioning;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.ProtocolMappersResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ClientScopeRepresentation;
import org.keycloak.representations.idm.OrganizationDomainRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.representations.userprofile.config.UPConfig;

/**
 * The Keycloak side of the platform, made idempotent: one realm {@code huzhu} with Organizations on, the
 * platform roles, the clients {@code huzhu-web} and {@code huzhu-cli} with the claims the app reads, one
 * organization per tenant and the tenant's users in it.
 */
public final class KeycloakProvisioner {

    public static final String REALM = "huzhu";
    private static final List<String> DEFAULT_SCOPES = List.of("basic", "profile", "email", "roles", "web-origins",
            "acr", "organization");

    /** Liberty's OpenID Connect redirect for the client id {@code huzhuWeb} in deploy/liberty/server.xml. */
    static final String LOGIN_REDIRECT_PATH = "/oidcclient/redirect/huzhuWeb";

    private final Keycloak keycloak;
    private final String webClientSecret;
    private final String webUrl;
    private final LoginSecurity security;
    private final boolean demoPasswords;
    /**
     * The realm's organizations by alias (the tenant id), listed once per run and kept as this run creates more:
     * listing them all again for each tenant made a run of 300 tenants list 300 organizations 600 times.
     */
    private Map<String, String> organizationIds;
    /** The platform roles' representations, read once per run instead of once per user and role. */
    private final Map<String, RoleRepresentation> roles = new java.util.HashMap<>();

    /**
     * {@code options.webUrl()}: the app's base URL, the only place huzhu-web sends login codes to. New users get
     * the password {@code demo} only on a platform reachable from this machine alone; elsewhere they get none and
     * must set one (an admin gives a temporary one in Keycloak's console, under the password policy).
     */
    KeycloakProvisioner(Keycloak keycloak, ProvisioningOptions options, LoginSecurity security) {
        this.keycloak = keycloak;
        this.webClientSecret = options.webClientSecret();
        this.webUrl = options.webUrl();
        this.security = security;
        this.demoPasswords = options.localOnly();
    }

    /** The realm, its roles and clients: created, or brought back in line with what is wanted here. */
    public void ensureRealm() {
        RealmRepresentation wanted = new RealmRepresentation();
        wanted.setRealm(REALM);
        wanted.setEnabled(true);
        wanted.setOrganizationsEnabled(true);
        wanted.setSslRequired("none");
        wanted.setInternationalizationEnabled(true);
        wanted.setSupportedLocales(java.util.Set.of("zh-CN", "en"));
        wanted.setDefaultLocale("zh-CN");
        wanted.setDisplayName("职工互助保障平台");
        security.applyTo(wanted);
        if (keycloak.realms().findAll().stream().noneMatch(r -> REALM.equals(r.getRealm()))) {
            keycloak.realms().create(wanted);
        } else {
            realm().update(wanted);
        }
        RealmResource realm = realm();
        allowOrgUnitAttribute(realm);
        for (String role : TenantConfigLoader.ROLES) {
            try {
                realm.roles().get(role).toRepresentation();
            } catch (NotFoundException e) {
                realm.roles().create(new RoleRepresentation(role, "Huzhu " + role, false));
            }
        }
        ensureClient(realm, webClient());
        ensureClient(realm, cliClient(DirectGrantFlow.ensure(realm)));
    }

    /** Clerks carry the code of their org unit; Keycloak's user profile must let admins set it. */
    private static void allowOrgUnitAttribute(RealmResource realm) {
        UPConfig profile = realm.users().userProfile().getConfiguration();
        if (profile.getUnmanagedAttributePolicy() != UPConfig.UnmanagedAttributePolicy.ADMIN_EDIT) {
            profile.setUnmanagedAttributePolicy(UPConfig.UnmanagedAttributePolicy.ADMIN_EDIT);
            realm.users().userProfile().update(profile);
        }
    }

    private ClientRepresentation webClient() {
        ClientRepresentation client = baseClient("huzhu-web");
        client.setPublicClient(false);
        client.setSecret(webClientSecret);
        client.setStandardFlowEnabled(true);
        client.setDirectAccessGrantsEnabled(false);
        // Login codes go to the app's own redirect only: with "*" a crafted link sent them anywhere.
        client.setRedirectUris(List.of(webUrl + LOGIN_REDIRECT_PATH));
        client.setWebOrigins(List.of(webUrl));
        client.setRootUrl(webUrl);
        client.setBaseUrl(webUrl + "/");
        client.setAttributes(Map.of("post.logout.redirect.uris", webUrl + "/*"));
        return client;
    }

    /** Public, password grant only, through the flow that denies members. */
    private static ClientRepresentation cliClient(String directGrantFlowId) {
        ClientRepresentation client = baseClient("huzhu-cli");
        client.setPublicClient(true);
        client.setStandardFlowEnabled(false);
        client.setDirectAccessGrantsEnabled(true);
        client.setAuthenticationFlowBindingOverrides(Map.of("direct_grant", directGrantFlowId));
        return client;
    }

    private static ClientRepresentation baseClient(String clientId) {
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(clientId);
        client.setEnabled(true);
        client.setProtocol("openid-connect");
        client.setDefaultClientScopes(DEFAULT_SCOPES);
        client.setProtocolMappers(List.of(
                mapper("groups", "oidc-usermodel-realm-role-mapper", Map.of("claim.name", "groups", "multivalued", "true")),
                mapper("org_unit", "oidc-usermodel-attribute-mapper", Map.of("user.attribute", "org_unit",
                        "claim.name", "org_unit")),
                audience()));
        return client;
    }

    private static ProtocolMapperRepresentation mapper(String name, String type, Map<String, String> config) {
        ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
        mapper.setName(name);
        mapper.setProtocol("openid-connect");
        mapper.setProtocolMapper(type);
        Map<String, String> all = new java.util.HashMap<>(config);
        all.putAll(Map.of("jsonType.label", "String", "id.token.claim", "true", "access.token.claim", "true",
                "userinfo.token.claim", "true"));
        mapper.setConfig(all);
        return mapper;
    }

    private static ProtocolMapperRepresentation audience() {
        ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
        mapper.setName("huzhu-api-audience");
        mapper.setProtocol("openid-connect");
        mapper.setProtocolMapper("oidc-audience-mapper");
        mapper.setConfig(Map.of("included.custom.audience", "huzhu-api", "access.token.claim", "true",
                "id.token.claim", "false"));
        return mapper;
    }

    private static void ensureClient(RealmResource realm, ClientRepresentation wanted) {
        List<ClientRepresentation> found = realm.clients().findByClientId(wanted.getClientId());
        if (found.isEmpty()) {
            check(realm.clients().create(wanted), "client " + wanted.getClientId());
            return;
        }
        String id = found.get(0).getId();
        List<ProtocolMapperRepresentation> mappers = wanted.getProtocolMappers();
        wanted.setId(id);
        wanted.setProtocolMappers(null);
        realm.clients().get(id).update(wanted);
        // Mappers are not part of a client update: bring each one in line by name.
        ProtocolMappersResource existing = realm.clients().get(id).getProtocolMappers();
        for (ProtocolMapperRepresentation mapper : mappers) {
            ProtocolMapperRepresentation current = existing.getMappers().stream()
                    .filter(m -> mapper.getName().equals(m.getName())).findFirst().orElse(null);
            if (current == null) {
                check(existing.createMapper(mapper), "mapper " + mapper.getName() + " of " + wanted.getClientId());
            } else if (!mapper.getProtocolMapper().equals(current.getProtocolMapper())
                    || !mapper.getConfig().equals(current.getConfig())) {
                mapper.setId(current.getId());
                existing.update(current.getId(), mapper);
            }
        }
        // Default client scopes (the organization claim) likewise.
        List<String> scopes = realm.clients().get(id).getDefaultClientScopes().stream()
                .map(ClientScopeRepresentation::getName).toList();
        for (ClientScopeRepresentation scope : realm.clientScopes().findAll()) {
            if (DEFAULT_SCOPES.contains(scope.getName()) && !scopes.contains(scope.getName())) {
                realm.clients().get(id).addDefaultClientScope(scope.getId());
            }
        }
    }

    /** The tenant's organization and its users (created or brought in line), each a member of it. */
    public void applyTenant(TenantConfig tenant) {
        RealmResource realm = realm();
        String organizationId = ensureOrganization(realm, tenant);
        for (UserConfig user : tenant.users()) {
            String userId = ensureUser(realm, user);
            if (!isMember(realm, organizationId, userId)) {
                check(realm.organizations().get(organizationId).members().addMember(userId), "membership of " + user.username());
            }
        }
    }

    private static boolean isMember(RealmResource realm, String organizationId, String userId) {
        try {
            realm.organizations().get(organizationId).members().member(userId).toRepresentation();
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    public void applyHeadquarters(List<UserConfig> users) {
        users.forEach(user -> ensureUser(realm(), user));
    }

    private String ensureOrganization(RealmResource realm, TenantConfig tenant) {
        OrganizationRepresentation organization = new OrganizationRepresentation();
        organization.setName(tenant.nameZh());
        organization.setAlias(tenant.id());
        organization.setEnabled(true);
        organization.setDescription(tenant.nameEn());
        OrganizationDomainRepresentation domain = new OrganizationDomainRepresentation();
        domain.setName(tenant.id() + ".huzhu.local");
        organization.addDomain(domain);
        // Search matches names and domains, not aliases: the aliases come from one listing of them all.
        String id = organizationIds(realm).get(tenant.id());
        if (id == null) {
            try (Response response = realm.organizations().create(organization)) {
                refuseFailure(response, "organization " + tenant.id());
                id = response.getLocation() != null ? lastSegment(response.getLocation().getPath())
                        : listOrganizations(realm).get(tenant.id());
            }
            organizationIds.put(tenant.id(), id);
            return id;
        }
        organization.setId(id);
        check(realm.organizations().get(id).update(organization), "organization " + tenant.id());
        return id;
    }

    private Map<String, String> organizationIds(RealmResource realm) {
        if (organizationIds == null) {
            organizationIds = listOrganizations(realm);
        }
        return organizationIds;
    }

    /** Every organization of the realm by alias, a page at a time (the listing used to stop at the first 1,000). */
    private static Map<String, String> listOrganizations(RealmResource realm) {
        Map<String, String> ids = new java.util.HashMap<>();
        int page = 200;
        for (int first = 0; ; first += page) {
            List<OrganizationRepresentation> found = realm.organizations().list(first, page);
            found.forEach(o -> ids.put(o.getAlias(), o.getId()));
            if (found.size() < page) {
                return ids;
            }
        }
    }

    private String ensureUser(RealmResource realm, UserConfig config) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(config.username());
        user.setEnabled(true);
        user.setEmailVerified(true);
        user.setEmail(config.username() + "@huzhu.local");
        user.setFirstName(config.firstName());
        user.setLastName(config.lastName().isEmpty() ? config.username() : config.lastName());
        if (config.orgUnit() != null) {
            user.setAttributes(Map.of("org_unit", List.of(config.orgUnit())));
        }
        List<UserRepresentation> found = realm.users().searchByUsername(config.username(), true);
        String id;
        if (found.isEmpty()) {
            // A password only for a new user: applying the configuration again leaves passwords people set alone.
            if (demoPasswords) {
                user.setCredentials(List.of(DemoPassword.credential()));
            } else {
                user.setRequiredActions(List.of("UPDATE_PASSWORD"));
            }
            id = created(realm.users().create(user), "user " + config.username());
        } else {
            id = found.get(0).getId();
            realm.users().get(id).update(user);
        }
        UserResource resource = realm.users().get(id);
        // The platform roles are exactly those of the file; other roles (Keycloak's defaults) stay.
        List<RoleRepresentation> current = resource.roles().realmLevel().listAll();
        List<RoleRepresentation> surplus = current.stream()
                .filter(r -> TenantConfigLoader.ROLES.contains(r.getName()) && !config.roles().contains(r.getName()))
                .toList();
        if (!surplus.isEmpty()) {
            resource.roles().realmLevel().remove(surplus);
        }
        List<RoleRepresentation> missing = new ArrayList<>();
        config.roles().stream().filter(role -> current.stream().noneMatch(r -> role.equals(r.getName())))
                .forEach(role -> missing.add(roles.computeIfAbsent(role, r -> realm.roles().get(r).toRepresentation())));
        if (!missing.isEmpty()) {
            resource.roles().realmLevel().add(missing);
        }
        return id;
    }

    private RealmResource realm() {
        return keycloak.realm(REALM);
    }

    /** The id of what a create call made, from its Location header. */
    private static String created(Response response, String what) {
        try (response) {
            refuseFailure(response, what);
            return lastSegment(response.getLocation().getPath());
        }
    }

    private static String lastSegment(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    static void check(Response response, String what) {
        try (response) {
            refuseFailure(response, what);
        }
    }

    private static void refuseFailure(Response response, String what) {
        if (response.getStatus() >= 300) {
            throw new IllegalStateException("Keycloak refused " + what + ": HTTP " + response.getStatus() + " "
                    + response.readEntity(String.class));
        }
    }
}
