package org.huzhu.provisioning;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.huzhu.kernel.config.DeploymentSecrets;

/** The tool's settings: command-line options first, then the platform's environment variables, then defaults. */
public record ProvisioningOptions(Path configDir, List<String> tenants, boolean demoData, boolean recreateDatabase,
                                  String keycloakUrl, String keycloakAdmin, String keycloakAdminPassword,
                                  String webClientSecret, String jdbcUrl, String dbUser, String dbPassword,
                                  String piiKey, String webUrl) {

    public static ProvisioningOptions parse(String[] args) {
        if (args.length < 2 || !"apply".equals(args[0])) {
            throw new IllegalArgumentException("usage: apply <tenant-config dir> [--tenant ID]... [--demo-data] "
                    + "[--recreate-database] [--kc-url URL] [--kc-admin NAME] [--kc-admin-password PW] "
                    + "[--jdbc-url URL] [--db-user U] [--db-password P] [--pii-key BASE64] [--app-url URL]");
        }
        Builder b = new Builder(ProvisioningMain.path(args[1]));
        for (int i = 2; i < args.length; i++) {
            String option = args[i];
            switch (option) {
                case "--demo-data" -> b.demoData = true;
                case "--recreate-database" -> b.recreateDatabase = true;
                default -> {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException(option + " needs a value");
                    }
                    b.set(option, args[++i]);
                }
            }
        }
        return b.build();
    }

    /** Keycloak and the app reachable from this machine only: the development defaults may serve. */
    public boolean localOnly() {
        return DeploymentSecrets.firstExposed(keycloakUrl, webUrl) == null;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static final class Builder {
        private final Path configDir;
        private final List<String> tenants = new ArrayList<>();
        private boolean demoData;
        private boolean recreateDatabase;
        private String keycloakUrl = "http://localhost:" + env("HUZHU_KC_PORT", "8180");
        private String admin = env("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        private String adminPassword = env("KC_BOOTSTRAP_ADMIN_PASSWORD", DeploymentSecrets.DEV_KEYCLOAK_ADMIN_PASSWORD);
        private String jdbcUrl = "jdbc:mysql://" + env("HUZHU_DB_HOST", "127.0.0.1") + ":" + env("HUZHU_DB_PORT", "3306")
                + "/" + env("HUZHU_DB_NAME", "huzhu") + "?createDatabaseIfNotExist=true&rewriteBatchedStatements=true";
        private String dbUser = env("HUZHU_DB_USER", "root");
        private String dbPassword = env("HUZHU_DB_PASSWORD", "");
        private String piiKey = env("HUZHU_PII_KEY", DeploymentSecrets.DEV_PII_KEY);
        /** The app's own address: huzhu-web sends login codes there and nowhere else. */
        private String webUrl = env("HUZHU_WEB_URL", "http://localhost:" + env("HUZHU_HTTP_PORT", "9080"));

        Builder(Path configDir) {
            this.configDir = configDir;
        }

        void set(String option, String value) {
            switch (option) {
                case "--tenant" -> tenants.add(value);
                case "--kc-url" -> keycloakUrl = value;
                case "--kc-admin" -> admin = value;
                case "--kc-admin-password" -> adminPassword = value;
                case "--jdbc-url" -> jdbcUrl = value;
                case "--db-user" -> dbUser = value;
                case "--db-password" -> dbPassword = value;
                case "--pii-key" -> piiKey = value;
                case "--app-url" -> webUrl = value;
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }

        /** Development defaults only while Keycloak and the app are on this machine alone. */
        ProvisioningOptions build() {
            String appUrl = webUrl.endsWith("/") ? webUrl.substring(0, webUrl.length() - 1) : webUrl;
            String webClientSecret = env("HUZHU_WEB_CLIENT_SECRET", DeploymentSecrets.DEV_WEB_CLIENT_SECRET);
            DeploymentSecrets.requireReal(DeploymentSecrets.firstExposed(keycloakUrl, appUrl), Map.of(
                    "KC_BOOTSTRAP_ADMIN_PASSWORD (--kc-admin-password)", adminPassword,
                    "HUZHU_WEB_CLIENT_SECRET", webClientSecret, "HUZHU_PII_KEY (--pii-key)", piiKey));
            return new ProvisioningOptions(configDir, List.copyOf(tenants), demoData, recreateDatabase, keycloakUrl,
                    admin, adminPassword, webClientSecret, jdbcUrl, dbUser, dbPassword, piiKey, appUrl);
        }
    }
}
