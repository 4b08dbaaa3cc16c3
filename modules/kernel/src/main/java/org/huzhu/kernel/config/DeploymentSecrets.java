package org.huzhu.kernel.config;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The development defaults of the platform's secrets, and the rule that keeps them on a developer's machine:
 * they serve only a platform that nothing but this machine can reach (every address loopback). Anything else
 * (a wildcard bind, a public URL, a cluster) needs real secrets, and the app and the provisioning tool refuse
 * to start without them rather than run with values that are published in this repository.
 */
public final class DeploymentSecrets {

    /** HUZHU_PII_KEY for development: everyone who reads this repository knows it. */
    public static final String DEV_PII_KEY = "ZGV2LW9ubHkta2V5LWRvLW5vdC11c2UtaW4tcHJvZCE=";
    /** HUZHU_WEB_CLIENT_SECRET for development: with it, anyone can exchange a login code of huzhu-web. */
    public static final String DEV_WEB_CLIENT_SECRET = "huzhu-web-dev-secret";
    /** Keycloak's master admin password for development (KC_BOOTSTRAP_ADMIN_PASSWORD). */
    public static final String DEV_KEYCLOAK_ADMIN_PASSWORD = "admin";

    private static final Set<String> DEV_VALUES = Set.of(DEV_PII_KEY, DEV_WEB_CLIENT_SECRET, DEV_KEYCLOAK_ADMIN_PASSWORD);

    private DeploymentSecrets() {
    }

    /**
     * Whether a host, or the host of a URL, is this machine only: {@code localhost}, 127.0.0.0/8 or ::1. A
     * wildcard ({@code *}, 0.0.0.0, ::) and every name are not: a name is not resolved, so it is not trusted.
     */
    public static boolean isLoopback(String hostOrUrl) {
        if (hostOrUrl == null || hostOrUrl.isBlank()) {
            return false;
        }
        String host = hostOrUrl.contains("://") ? URI.create(hostOrUrl.trim()).getHost() : hostOrUrl.trim();
        if (host == null) {
            return false;
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return host.equals("localhost") || host.equals("::1") || host.equals("0:0:0:0:0:0:0:1")
                || host.matches("127(\\.\\d{1,3}){3}");
    }

    /** The first of the given hosts or URLs that is not loopback, or null when all are. */
    public static String firstExposed(String... hostsOrUrls) {
        for (String candidate : hostsOrUrls) {
            if (!isLoopback(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * Refuses (with every offending variable named) when {@code exposedOn} is not null and a secret is empty,
     * a development default, or a {@code change-me} placeholder. {@code secrets}: variable name to value.
     */
    public static void requireReal(String exposedOn, Map<String, String> secrets) {
        if (exposedOn == null) {
            return;
        }
        List<String> weak = new ArrayList<>();
        secrets.forEach((name, value) -> {
            if (!isReal(value)) {
                weak.add(name);
            }
        });
        if (!weak.isEmpty()) {
            weak.sort(null);
            throw new IllegalStateException("refusing to start: the platform is reachable beyond this machine ("
                    + exposedOn + ") but " + String.join(", ", weak) + (weak.size() == 1 ? " is" : " are")
                    + " unset or a development default; set real secrets (see README, Configuration), "
                    + "or bind everything to localhost for local development");
        }
    }

    static boolean isReal(String value) {
        return value != null && !value.isBlank() && !DEV_VALUES.contains(value.trim())
                && !value.trim().toLowerCase(Locale.ROOT).startsWith("change-me");
    }
}
