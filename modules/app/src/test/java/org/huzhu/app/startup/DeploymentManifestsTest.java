package org.huzhu.app.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes manifests bring no secret of their own: they refer to Secrets that must be made for the
 * installation, so no deployment runs on a value published in this repository.
 */
class DeploymentManifestsTest {

    private static final Path K8S = Path.of("../../deploy/k8s");
    private static final Pattern RESOURCE = Pattern.compile("(?m)^\\s*-\\s*(\\S+\\.yaml)\\s*$");

    @Test
    void no_manifest_applied_by_the_kustomization_defines_a_secret() throws IOException {
        for (Path manifest : applied()) {
            assertThat(Files.readString(manifest)).as(manifest.toString())
                    .doesNotContainPattern("(?m)^kind:\\s*Secret\\s*$");
        }
    }

    @Test
    void every_secret_reference_is_required_and_no_setting_carries_a_password() throws IOException {
        for (Path manifest : applied()) {
            String text = Files.readString(manifest);
            assertThat(text).as(manifest.toString()).doesNotContainPattern("optional:\\s*true");
            assertThat(text).as(manifest.toString() + " sets a secret in the clear")
                    .doesNotContainPattern("(?m)^\\s+\\w*(PASSWORD|SECRET|PII_KEY)\\w*:\\s*\\S");
        }
        String app = Files.readString(K8S.resolve("app.yaml"));
        assertThat(app).contains("secretRef: { name: huzhu-app }");
    }

    @Test
    void the_app_listens_beyond_localhost_there_so_its_secret_check_applies() throws IOException {
        assertThat(Files.readString(K8S.resolve("config.yaml"))).containsPattern("HUZHU_HTTP_HOST:\\s*\"\\*\"");
        assertThat(Files.readString(Path.of("../../deploy/liberty/server.xml")))
                .contains("<variable name=\"huzhu.http.host\" defaultValue=\"localhost\"/>")
                .contains("host=\"${huzhu.http.host}\"");
    }

    private static List<Path> applied() throws IOException {
        Matcher names = RESOURCE.matcher(Files.readString(K8S.resolve("kustomization.yaml")));
        List<Path> files = names.results().map(m -> K8S.resolve(m.group(1))).toList();
        assertThat(files).isNotEmpty().allMatch(Files::exists);
        return files;
    }
}
