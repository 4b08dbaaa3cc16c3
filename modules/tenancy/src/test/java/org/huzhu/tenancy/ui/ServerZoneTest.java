package org.huzhu.tenancy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * "Today" is one day everywhere: the server (deploy/liberty/jvm.options), the tools (./huzhu's TZ) and the tests
 * (the parent pom's argLine) run in the offices' zone, so a {@code LocalDate.now()} anywhere is the office's day.
 * Before, the server took UTC and some code Beijing time: between 00:00 and 08:00 Beijing time they were a day apart.
 */
class ServerZoneTest {

    private static final Path ROOT = Paths.get("").toAbsolutePath().getParent().getParent();

    @Test
    void the_test_jvm_runs_in_the_offices_zone() {
        assertThat(ZoneId.systemDefault().normalized()).isEqualTo(PortalTime.TENANT_ZONE.normalized());
    }

    @Test
    void the_server_and_the_tools_are_set_to_the_offices_zone() throws IOException {
        String zone = PortalTime.TENANT_ZONE.getId();
        assertThat(Files.readAllLines(ROOT.resolve("deploy/liberty/jvm.options")))
                .contains("-Duser.timezone=" + zone);
        assertThat(Files.readAllLines(ROOT.resolve("huzhu"))).contains("export TZ=" + zone);
        assertThat(Files.readString(ROOT.resolve("deploy/k8s/Containerfile")))
                .contains("deploy/liberty/jvm.options /config/jvm.options");
        assertThat(Files.readAllLines(ROOT.resolve("deploy/k8s/Containerfile.provisioning")))
                .contains("ENV TZ=" + zone);
    }
}
