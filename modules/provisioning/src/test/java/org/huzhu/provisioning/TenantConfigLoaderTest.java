package org.huzhu.provisioning;

import org.huzhu.kernel.config.ConfigException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TenantConfigLoaderTest {

    @TempDir
    Path dir;

    @Test
    void the_shipped_tenants_load() {
        Path config = shippedConfig();
        TenantConfig beijing = TenantConfigLoader.loadTenant(config.resolve("beijing/tenant.yaml"));
        assertThat(beijing.nameZh()).isEqualTo("北京市职工互助保障服务中心");
        assertThat(beijing.demo().agencyOffices()).hasSize(7);
        assertThat(beijing.users()).extracting(UserConfig::username).contains("beijing-admin", "beijing-grassroots-clerk");
        assertThat(TenantConfigLoader.loadTenant(config.resolve("baoji/tenant.yaml")).demo().regionPrefix()).isEqualTo("6103");
        assertThat(TenantConfigLoader.loadHeadquarters(config.resolve("headquarters.yaml")))
                .extracting(UserConfig::username).containsExactly("hq-analyst");
    }

    @Test
    void beijing_offers_its_three_microloan_products_with_the_lpr_history() {
        TenantConfig beijing = TenantConfigLoader.loadTenant(shippedConfig().resolve("beijing/tenant.yaml"));
        assertThat(beijing.microloans().products()).extracting(p -> p.code() + " " + p.maxAmountFen() + " " + p.maxMonths())
                .containsExactly("founder 20000000 36", "union-founder 50000000 48", "small-enterprise 300000000 24");
        assertThat(beijing.microloans().products().get(0).marginBp()).isEqualTo(150);
        assertThat(beijing.microloans().products().get(2).borrowerFixedPercent()).isEqualByComparingTo("2.15");
        assertThat(beijing.microloans().referenceRates()).isNotEmpty();
    }

    @Test
    void beijing_sets_its_hardship_lines_and_a_tenant_without_the_section_keeps_its_own() {
        TenantConfig beijing = TenantConfigLoader.loadTenant(shippedConfig().resolve("beijing/tenant.yaml"));
        assertThat(beijing.relief()).hasValueSatisfying(lines -> {
            assertThat(lines.minimumLivingFen()).isEqualTo(147_000);
            assertThat(lines.illnessSharePercent()).isEqualTo(80);
        });
        assertThat(TenantConfigLoader.loadTenant(shippedConfig().resolve("baoji/tenant.yaml")).relief()).isEmpty();
    }

    @Test
    void hardship_lines_given_as_a_float_or_a_share_out_of_range_are_refused_naming_the_field() throws IOException {
        String head = "id: x4\nname: {zh: X, en: X}\ncityOffice: {code: X, name: X}\nusers: []\n";
        Path floated = write("x4", head + "relief: { minimumLiving: 1470.5, illnessSharePercent: 80 }\n");
        assertThatThrownBy(() -> TenantConfigLoader.loadTenant(floated)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("relief.minimumLiving");
        Path share = write("x4", head + "relief: { minimumLiving: \"1470.00\", illnessSharePercent: 0 }\n");
        assertThatThrownBy(() -> TenantConfigLoader.loadTenant(share)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("relief.illnessSharePercent").hasMessageContaining("from 1 to 1000");
        Path zero = write("x4", head + "relief: { minimumLiving: \"0.00\", illnessSharePercent: 80 }\n");
        assertThatThrownBy(() -> TenantConfigLoader.loadTenant(zero)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("relief.minimumLiving");
    }

    @Test
    void a_product_set_against_an_unknown_reference_rate_is_refused() throws IOException {
        Path file = write("x3", "id: x3\nname: {zh: X, en: X}\ncityOffice: {code: X, name: X}\nusers: []\n"
                + "microloans:\n  products:\n    - { code: p1, name: {zh: a, en: a}, borrowerKind: INDIVIDUAL_FOUNDER,"
                + " amount: {min: \"10000.00\", max: \"20000.00\"}, months: {min: 6, max: 12}, bankPercent: \"3.45\","
                + " borrowerRate: {reference: SHIBOR, marginBp: 10}, repayment: EQUAL_PRINCIPAL, settlement: QUARTERLY,"
                + " documents: [FOUNDER_ID], banks: [b], guarantors: [g] }\n");
        assertThatThrownBy(() -> TenantConfigLoader.loadTenant(file)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("borrowerRate.reference");
    }

    @Test
    void a_missing_name_is_refused_naming_file_and_field() throws IOException {
        Path file = write("x1", "id: x1\ncityOffice: {code: X, name: X}\nusers: []\n");
        assertThatThrownBy(() -> TenantConfigLoader.loadTenant(file))
                .isInstanceOf(ConfigException.class).hasMessage(file + ": name: is required and must be a mapping");
    }

    @Test
    void a_bad_tenant_id_is_refused() throws IOException {
        Path file = write("Bad_Id", "id: Bad_Id\n");
        assertThatThrownBy(() -> TenantConfigLoader.loadTenant(file)).hasMessageContaining(": id: must be 2-32 lower-case");
    }

    @Test
    void an_unknown_role_is_refused() throws IOException {
        Path file = write("x2", tenant("x2", "{ username: x2-admin, roles: [boss], orgUnit: X }"));
        assertThatThrownBy(() -> TenantConfigLoader.loadTenant(file)).hasMessageContaining("users[0].roles: unknown role 'boss'");
    }

    @Test
    void a_clerk_of_an_org_unit_the_tree_does_not_have_is_refused() throws IOException {
        Path file = write("x3", tenant("x3", "{ username: x3-clerk, roles: [grassroots-clerk], orgUnit: X-A-009 }"));
        assertThatThrownBy(() -> TenantConfigLoader.loadTenant(file))
                .hasMessageContaining("users[0].orgUnit: 'X-A-009' is not an org unit of this tenant");
    }

    @Test
    void a_duplicate_username_and_bad_demo_numbers_are_refused() throws IOException {
        String twice = "{ username: x4-a, roles: [member], orgUnit: X }\n  - { username: x4-a, roles: [member], orgUnit: X }";
        assertThatThrownBy(() -> TenantConfigLoader.loadTenant(write("x4", tenant("x4", twice))))
                .hasMessageContaining("users[1].username: 'x4-a' must be unique");
        Path file = write("x5", tenant("x5", "{ username: x5-a, roles: [member], orgUnit: X }").replace("members: 10", "members: -1"));
        assertThatThrownBy(() -> TenantConfigLoader.loadTenant(file)).hasMessageContaining("demo.members: must be a whole number");
    }

    @Test
    void a_new_union_without_members_sits_under_an_agency_office_with_a_code_of_its_own() throws IOException {
        TenantConfig beijing = TenantConfigLoader.loadTenant(shippedConfig().resolve("beijing/tenant.yaml"));
        assertThat(beijing.demoSpec().newUnions()).as("the README's example list is for it")
                .containsExactly(new org.huzhu.demodata.NewUnionSpec("BJ-DX-007", "BJ-DX", "大兴区启航科技有限公司工会", 8));
        String base = tenant("x7", "{ username: x7-clerk, roles: [grassroots-clerk], orgUnit: X-A-005 }") + "  newUnions:\n";
        assertThat(TenantConfigLoader.loadTenant(write("x7", base + "    - { code: X-A-005, parent: X-A, name: 新, headcount: 3 }\n"))
                .demo().newUnions()).hasSize(1);
        assertThatThrownBy(() -> TenantConfigLoader.loadTenant(write("x8", base.replace("x7", "x8")
                + "    - { code: X-A-002, parent: X-A, name: 新, headcount: 3 }\n")))
                .hasMessageContaining("demo.newUnions[0].code: 'X-A-002' is already an org unit of the demo tree");
        assertThatThrownBy(() -> TenantConfigLoader.loadTenant(write("x9", base.replace("x7", "x9")
                + "    - { code: X-B-001, parent: X-B, name: 新, headcount: 3 }\n")))
                .hasMessageContaining("newUnions[0].parent: must be an agency office of the demo tree");
    }

    @Test
    void broken_yaml_is_refused_as_such() throws IOException {
        Path file = write("x6", "id: [unclosed\n");
        assertThatThrownBy(() -> TenantConfigLoader.loadTenant(file)).hasMessageContaining("(document): is not valid YAML");
    }

    @Test
    void the_payout_day_comes_from_its_own_section_or_as_before_from_the_claims_section() throws IOException {
        assertThat(TenantConfigLoader.loadTenant(shippedConfig().resolve("beijing/tenant.yaml")).payouts().weekday())
                .isEqualTo("FRIDAY");
        String base = tenant("p1", "{ username: p1-a, roles: [member], orgUnit: X }");
        assertThat(TenantConfigLoader.loadTenant(write("p1", base)).payouts()).isEqualTo(TenantConfig.PayoutPolicy.DEFAULT);
        assertThat(TenantConfigLoader.loadTenant(write("p2", base.replace("p1", "p2")
                + "claims: { payoutWeekday: TUESDAY }\n")).payouts().weekday()).isEqualTo("TUESDAY");
        assertThat(TenantConfigLoader.loadTenant(write("p3", base.replace("p1", "p3")
                + "payouts: { weekday: MONDAY }\n")).payouts().weekday()).isEqualTo("MONDAY");
        assertThatThrownBy(() -> TenantConfigLoader.loadTenant(write("p4", base.replace("p1", "p4")
                + "payouts: { weekday: someday }\n"))).hasMessageContaining("payouts.weekday: must be MONDAY .. SUNDAY");
        assertThatThrownBy(() -> TenantConfigLoader.loadTenant(write("p5", base.replace("p1", "p5")
                + "claims: { payoutWeekday: TUESDAY }\npayouts: { weekday: MONDAY }\n")))
                .hasMessageContaining("payouts.weekday: differs from claims.payoutWeekday");
    }

    private static String tenant(String id, String user) {
        return "id: " + id + "\nname: {zh: 测试, en: Test}\ncityOffice: {code: X, name: X}\nusers:\n  - " + user + "\n"
                + "demo:\n  members: 10\n  grassrootsPerAgency: 2\n  regionPrefix: \"1101\"\n"
                + "  agencyOffices:\n    - {code: X-A, name: 甲}\n";
    }

    private Path write(String folder, String yaml) throws IOException {
        Path file = dir.resolve(folder).resolve("tenant.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, yaml);
        return file;
    }

    static Path shippedConfig() {
        Path here = Paths.get("").toAbsolutePath();
        while (here != null && !Files.isDirectory(here.resolve("tenant-config"))) {
            here = here.getParent();
        }
        return here.resolve("tenant-config");
    }
}
