package org.huzhu.provisioning;

import org.huzhu.kernel.config.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.huzhu.demodata.DemoDataResult;
import org.huzhu.kernel.pii.PersonalDataProtector;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;

/**
 * {@code apply <tenant-config dir> [--tenant ID]... [--demo-data] [--recreate-database] [--kc-url URL]
 * [--kc-admin NAME] [--kc-admin-password PW] [--jdbc-url URL] [--db-user U] [--db-password P] [--pii-key BASE64]
 * [--app-url URL]}: every file is
 * checked first, then Keycloak and the database are brought in line; running it twice changes nothing.
 */
public final class ProvisioningMain {

    /** Flyway reports every step at INFO; the tool prints its own one-line summary of the migrations. */
    private static final java.util.logging.Logger FLYWAY_LOG = java.util.logging.Logger.getLogger("org.flywaydb");

    private ProvisioningMain() {
    }

    public static void main(String[] args) throws Exception {
        FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
        try {
            apply(ProvisioningOptions.parse(args));
        } catch (ConfigException | IllegalArgumentException | IllegalStateException e) {
            System.err.println("provisioning refused: " + e.getMessage());
            System.exit(2);
        }
    }

    /** Applies the configuration; returns the tenants applied. */
    public static List<TenantConfig> apply(ProvisioningOptions options) throws Exception {
        Timings time = new Timings();
        List<TenantConfig> tenants = loadTenants(options);
        Path hqFile = options.configDir().resolve("headquarters.yaml");
        List<UserConfig> headquarters = Files.exists(hqFile) ? TenantConfigLoader.loadHeadquarters(hqFile) : List.of();
        requireUniqueUsernames(tenants, headquarters);
        LoginSecurity security = LoginSecurity.load(options.configDir());

        DatabaseProvisioner database = new DatabaseProvisioner(options.jdbcUrl(), options.dbUser(),
                options.dbPassword(), options.configDir());
        if (options.recreateDatabase()) {
            database.recreateDatabase();
        }
        time.lap("read");
        int migrations = database.migrate();
        time.lap("schema");
        System.out.printf("database: %d schema migration(s) applied%n", migrations);
        try (Keycloak keycloak = KeycloakBuilder.builder().serverUrl(options.keycloakUrl()).realm("master")
                .clientId("admin-cli").username(options.keycloakAdmin()).password(options.keycloakAdminPassword())
                .build()) {
            KeycloakProvisioner identity = new KeycloakProvisioner(keycloak, options, security);
            identity.ensureRealm();
            identity.applyHeadquarters(headquarters);
            time.lap("keycloak");
            PersonalDataProtector protector = options.demoData() ? PersonalDataProtector.fromBase64Key(options.piiKey()) : null;
            for (TenantConfig tenant : tenants) {
                identity.applyTenant(tenant);
                time.lap("keycloak");
                for (String kept : database.applyTenant(tenant)) {
                    System.out.printf("tenant %s: kept %s, published in the portal; bring tenant-config in step: "
                            + "see tenant-config/README.md%n", tenant.id(), kept);
                }
                time.lap("tenant");
                String demo = "";
                if (options.demoData()) {
                    DemoDataResult result = database.loadDemoData(tenant, protector);
                    demo = result.skipped() ? ", demo data already there" : String.format(", demo data: %d org units, %d members",
                            result.orgUnits(), result.members());
                }
                database.linkMemberLogins(tenant);
                time.lap("demo");
                System.out.printf("tenant %s (%s): %d users, %d plans%s%n", tenant.id(), tenant.nameZh(),
                        tenant.users().size(), tenant.plans().size(), demo);
            }
        }
        printLogins(tenants, headquarters, options);
        System.out.printf("time: %.1f s: reading the files %.1f s, schema %.1f s, Keycloak %.1f s, tenant rows, calendars "
                + "and plans %.1f s, demo data %.1f s%n", time.total(), time.of("read"), time.of("schema"),
                time.of("keycloak"), time.of("tenant"), time.of("demo"));
        return tenants;
    }

    /** Where a run's time went, summed by step: each lap is the time since the previous one. */
    private static final class Timings {
        private final long start = System.nanoTime();
        private long last = start;
        private final java.util.Map<String, Long> spent = new java.util.HashMap<>();

        void lap(String step) {
            long now = System.nanoTime();
            spent.merge(step, now - last, Long::sum);
            last = now;
        }

        double of(String step) {
            return spent.getOrDefault(step, 0L) / 1e9;
        }

        double total() {
            return (System.nanoTime() - start) / 1e9;
        }
    }

    private static List<TenantConfig> loadTenants(ProvisioningOptions options) throws java.io.IOException {
        List<TenantConfig> tenants = new ArrayList<>();
        try (Stream<Path> folders = Files.list(options.configDir())) {
            for (Path folder : folders.sorted().toList()) {
                Path file = folder.resolve("tenant.yaml");
                String id = folder.getFileName().toString();
                if (Files.exists(file) && (options.tenants().isEmpty() || options.tenants().contains(id))) {
                    tenants.add(TenantConfigLoader.loadTenant(file));
                }
            }
        }
        Set<String> found = new HashSet<>();
        tenants.forEach(t -> found.add(t.id()));
        for (String wanted : options.tenants()) {
            if (!found.contains(wanted)) {
                throw new IllegalArgumentException("no tenant folder " + options.configDir().resolve(wanted)
                        + " with a tenant.yaml");
            }
        }
        return tenants;
    }

    /** Keycloak usernames are realm-wide, so two tenants cannot both have a 'clerk'. */
    private static void requireUniqueUsernames(List<TenantConfig> tenants, List<UserConfig> headquarters) {
        Set<String> seen = new HashSet<>();
        headquarters.forEach(u -> seen.add(u.username()));
        for (TenantConfig tenant : tenants) {
            for (UserConfig user : tenant.users()) {
                if (!seen.add(user.username())) {
                    throw new ConfigException(tenant.id() + "/tenant.yaml", "users.username",
                            "'" + user.username() + "' is already used by another tenant or headquarters");
                }
            }
        }
    }

    private static void printLogins(List<TenantConfig> tenants, List<UserConfig> headquarters, ProvisioningOptions options) {
        System.out.println("tenants applied: " + (tenants.isEmpty() ? "(none)"
                : String.join(", ", tenants.stream().map(TenantConfig::id).toList())));
        System.out.println(options.localOnly() ? "logins (password: demo, for this machine only):"
                : "logins (new ones have no password: give each a temporary one in Keycloak's console):");
        headquarters.forEach(u -> System.out.printf("  %-28s %s%n", u.username(), String.join(",", u.roles())));
        for (TenantConfig tenant : tenants) {
            tenant.users().forEach(u -> System.out.printf("  %-28s %-18s %s %s%n", u.username(),
                    String.join(",", u.roles()), tenant.id(), u.orgUnit()));
        }
        System.out.println("app:      " + options.webUrl() + "/");
        System.out.println("keycloak: " + options.keycloakUrl() + "/admin (realm " + KeycloakProvisioner.REALM + ")");
        System.out.println("tokens:   " + options.keycloakUrl() + "/realms/" + KeycloakProvisioner.REALM
                + "/protocol/openid-connect/token (client huzhu-cli, password grant, staff only)");
    }

    static Path path(String text) {
        return Paths.get(text).toAbsolutePath().normalize();
    }
}
