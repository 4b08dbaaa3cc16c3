package org.huzhu.kernel.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DeploymentSecretsTest {

    private static final Map<String, String> DEV = Map.of("HUZHU_PII_KEY", DeploymentSecrets.DEV_PII_KEY,
            "HUZHU_WEB_CLIENT_SECRET", DeploymentSecrets.DEV_WEB_CLIENT_SECRET);

    @Test
    void loopback_hosts_and_urls_are_this_machine_only() {
        assertThat(DeploymentSecrets.isLoopback("localhost")).isTrue();
        assertThat(DeploymentSecrets.isLoopback("127.0.0.1")).isTrue();
        assertThat(DeploymentSecrets.isLoopback("127.8.9.10")).isTrue();
        assertThat(DeploymentSecrets.isLoopback("::1")).isTrue();
        assertThat(DeploymentSecrets.isLoopback("http://localhost:9080")).isTrue();
        assertThat(DeploymentSecrets.isLoopback("http://[::1]:8180/realms/huzhu")).isTrue();
    }

    @Test
    void wildcards_addresses_and_names_are_not_loopback() {
        assertThat(DeploymentSecrets.isLoopback("*")).isFalse();
        assertThat(DeploymentSecrets.isLoopback("0.0.0.0")).isFalse();
        assertThat(DeploymentSecrets.isLoopback("::")).isFalse();
        assertThat(DeploymentSecrets.isLoopback("192.168.1.5")).isFalse();
        assertThat(DeploymentSecrets.isLoopback("127.0.0.1.example.org")).isFalse();
        assertThat(DeploymentSecrets.isLoopback("https://huzhu.example.org")).isFalse();
        assertThat(DeploymentSecrets.isLoopback("http://keycloak:8080")).isFalse();
        assertThat(DeploymentSecrets.isLoopback("")).isFalse();
        assertThat(DeploymentSecrets.isLoopback(null)).isFalse();
    }

    @Test
    void development_defaults_are_accepted_while_everything_is_loopback() {
        assertThat(DeploymentSecrets.firstExposed("localhost", "http://localhost:9080")).isNull();
        assertThatCode(() -> DeploymentSecrets.requireReal(null, DEV)).doesNotThrowAnyException();
    }

    @Test
    void an_exposed_platform_with_development_secrets_refuses_to_start_naming_each() {
        String exposed = DeploymentSecrets.firstExposed("localhost", "*");
        assertThat(exposed).isEqualTo("*");
        assertThatThrownBy(() -> DeploymentSecrets.requireReal(exposed, DEV))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("reachable beyond this machine (*)")
                .hasMessageContaining("HUZHU_PII_KEY, HUZHU_WEB_CLIENT_SECRET are unset or a development default");
    }

    @Test
    void empty_values_placeholders_and_the_admin_default_are_not_real_secrets() {
        assertThatThrownBy(() -> DeploymentSecrets.requireReal("https://huzhu.example.org",
                new java.util.TreeMap<>(Map.of("A", "", "B", "change-me-web-client", "C", "admin"))))
                .hasMessageContaining("A, B, C are unset");
        java.util.Map<String, String> missing = new java.util.HashMap<>();
        missing.put("KC_BOOTSTRAP_ADMIN_PASSWORD", null);
        assertThatThrownBy(() -> DeploymentSecrets.requireReal("*", missing))
                .hasMessageContaining("KC_BOOTSTRAP_ADMIN_PASSWORD is unset");
    }

    @Test
    void real_secrets_pass_on_an_exposed_platform() {
        assertThatCode(() -> DeploymentSecrets.requireReal("*", Map.of("HUZHU_PII_KEY",
                "3q2+7wq7zN3u/wABAgMEBQYHCAkKCwwNDg8QERITFBU=", "HUZHU_WEB_CLIENT_SECRET", "f8a1c0d3b2e54b7c")))
                .doesNotThrowAnyException();
    }
}
