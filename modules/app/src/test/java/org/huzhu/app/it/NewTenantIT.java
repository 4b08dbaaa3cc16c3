package org.huzhu.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Random;
import org.huzhu.provisioning.ProvisioningMain;
import org.huzhu.provisioning.ProvisioningOptions;
import org.junit.jupiter.api.Test;

/** A third city applied with the provisioning tool is live in the running app: no redeploy, no restart. */
class NewTenantIT {

    @Test
    void a_new_city_applied_while_the_app_runs_logs_in_to_an_empty_portal() throws Exception {
        String city = "city" + Integer.toString(new Random().nextInt(1 << 24), 36);
        Path config = Files.createTempDirectory("tenant-config");
        Files.createDirectories(config.resolve("calendar"));
        Path shipped = Paths.get(System.getProperty("huzhu.config.dir", "../../tenant-config"));
        Files.copy(shipped.resolve("calendar/CN-2026.txt"), config.resolve("calendar/CN-2026.txt"));
        Files.createDirectories(config.resolve(city));
        Files.writeString(config.resolve(city).resolve("tenant.yaml"), """
                id: %1$s
                name: { zh: %1$s市职工互助保障办事处, en: %1$s city office }
                cityOffice: { code: C, name: 办事处 }
                users:
                  - { username: %1$s-admin, roles: [office-admin], orgUnit: C }
                """.formatted(city));

        assertThat(Api.get("hq-analyst", "/api/v1/hq/tenants").body()).doesNotContain(city);
        ProvisioningMain.apply(ProvisioningOptions.parse(new String[] {"apply", config.toString(), "--tenant", city}));

        JsonNode me = Api.get(city + "-admin", "/api/v1/me").json();
        assertThat(me.get("tenant").asText()).isEqualTo(city);
        JsonNode members = Api.get(city + "-admin", "/api/v1/members").json();
        assertThat(members.get("items").size()).isZero();
        assertThat(Api.get("hq-analyst", "/api/v1/hq/tenants").body()).contains(city);
    }
}
