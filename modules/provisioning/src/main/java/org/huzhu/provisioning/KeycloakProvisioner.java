package org.huzhu.provisioning;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
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
    private static final String DEMO_PASSWORD = "demo";
    private static final List<String> DEFAULT_SCOPES = List.of("basic", "profile", "email", "roles", "web-origins",
            "acr", "organization");

    private final Keycloak keycloak;
    private final String webClientSecret;

    public KeycloakProvisioner(Keycloak keycloak, String webClientSecret) {
        this.keycloak = keycloak;
        this.webClientSecret = webClientSecret;
    }

    public void ensureRealm() {
        if (keycloak.realms().findAll().stream().noneMatch(r -> REALM.equals(r.getRealm()))) {
            RealmRepresentation realm = new RealmRepresentation();
            realm.setRealm(REALM);
            realm.setEnabled(true);
            realm.setOrganizationsEnabled(true);
            realm.setSslRequired("none");
            realm.setInternationalizationEnabled(true);
            realm.setSupportedLocales(java.util.Set.of("zh-CN", "en"));
            realm.setDefaultLocale("zh-CN");
            realm.setDisplayName("职工互助保障平台");
            keycloak.realms().create(realm);
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
        ensureClient(realm, cliClient());
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
        // Tests and local runs use free ports; production narrows this to the app's URL.
        client.setRedirectUris(List.of("*"));
        client.setWebOrigins(List.of("+"));
        return client;
    }

    private static ClientRepresentation cliClient() {
        ClientRepresentation client = baseClient("huzhu-cli");
        client.setPublicClient(true);
        client.setStandardFlowEnabled(false);
        client.setDirectAccessGrantsEnabled(true);
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
        } else {
            wanted.setId(found.get(0).getId());
            wanted.setProtocolMappers(null);
            realm.clients().get(wanted.getId()).update(wanted);
        }
    }

    /** The tenant's organization and its users (created or brought in line), each a member of it. */
    public void applyTenant(TenantConfig tenant) {
        RealmResource realm = realm();
        String organizationId = ensureOrganization(realm, tenant);
        for (UserConfig user : tenant.users()) {
            String userId = ensureUser(realm, user);
            boolean member = realm.organizations().get(organizationId).members().getAll().stream()
                    .anyMatch(m -> userId.equals(m.getId()));
            if (!member) {
                check(realm.organizations().get(organizationId).members().addMember(userId), "membership of " + user.username());
            }
        }
    }

    public void applyHeadquarters(List<UserConfig> users) {
        users.forEach(user -> ensureUser(realm(), user));
    }

    private static String ensureOrganization(RealmResource realm, TenantConfig tenant) {
        OrganizationRepresentation organization = new OrganizationRepresentation();
        organization.setName(tenant.nameZh());
        organization.setAlias(tenant.id());
        organization.setEnabled(true);
        organization.setDescription(tenant.nameEn());
        OrganizationDomainRepresentation domain = new OrganizationDomainRepresentation();
        domain.setName(tenant.id() + ".huzhu.local");
        organization.addDomain(domain);
        // Search matches names, not aliases; there are tens of tenants, so list them all.
        List<OrganizationRepresentation> existing = byAlias(realm, tenant.id());
        if (existing.isEmpty()) {
            check(realm.organizations().create(organization), "organization " + tenant.id());
            return byAlias(realm, tenant.id()).get(0).getId();
        }
        organization.setId(existing.get(0).getId());
        check(realm.organizations().get(organization.getId()).update(organization), "organization " + tenant.id());
        return organization.getId();
    }

    private static List<OrganizationRepresentation> byAlias(RealmResource realm, String alias) {
        return realm.organizations().list(0, 1000).stream().filter(o -> alias.equals(o.getAlias())).toList();
    }

    private static String ensureUser(RealmResource realm, UserConfig config) {
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
            id = created(realm.users().create(user), "user " + config.username());
        } else {
            id = found.get(0).getId();
            realm.users().get(id).update(user);
        }
        UserResource resource = realm.users().get(id);
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(DEMO_PASSWORD);
        password.setTemporary(false);
        resource.resetPassword(password);
        List<RoleRepresentation> roles = new ArrayList<>();
        config.roles().forEach(role -> roles.add(realm.roles().get(role).toRepresentation()));
        resource.roles().realmLevel().add(roles);
        return id;
    }

    private RealmResource realm() {
        return keycloak.realm(REALM);
    }

    /** The id of what a create call made, from its Location header. */
    private static String created(Response response, String what) {
        try (response) {
            refuseFailure(response, what);
            String location = response.getLocation().getPath();
            return location.substring(location.lastIndexOf('/') + 1);
        }
    }

    private static void check(Response response, String what) {
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
