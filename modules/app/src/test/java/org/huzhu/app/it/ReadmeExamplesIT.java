package org.huzhu.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's API examples, run as a reader runs them: every ```bash block that calls the platform, in order,
 * in one bash from the repository root, against the started test server (the README's ports swapped for the
 * test's). Each call must answer 2xx; then what the examples made is looked at through the API.
 */
class ReadmeExamplesIT {

    private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    private static final Pattern BASH_BLOCK = Pattern.compile("```bash\\n(.*?)```", Pattern.DOTALL);

    /** Records each call and fails the script at the first one the platform does not answer with 2xx. */
    private static final String PRELUDE = """
            set -euo pipefail
            curl() {
              local out code
              out=$(command curl "$@" -w '\\n%{http_code}') || return $?
              code=${out##*$'\\n'}
              echo "$code" >> "$CALLS"
              if [[ $code != 2* ]]; then
                local url; for a in "$@"; do [[ $a == http* ]] && url=$a; done
                printf 'HTTP %s from %s\\n%s\\n' "$code" "$url" "${out%$'\\n'*}" >&2; return 22
              fi
              printf '%s\\n' "${out%$'\\n'*}"
            }
            """;

    @BeforeAll
    static void appReady() throws InterruptedException {
        Platform.awaitReady();
    }

    @Test
    void every_api_example_of_the_readme_runs_as_written_on_the_demo_data() throws Exception {
        List<String> blocks = apiBlocks(Files.readString(ROOT.resolve("README.md")));
        assertThat(blocks).as("token, enrolment list, settlement file, claim").hasSizeGreaterThanOrEqualTo(4);
        Path calls = Files.createTempFile("readme-calls", ".txt");
        String script = PRELUDE + String.join("\n", blocks)
                .replace("localhost:8180", "localhost:" + Platform.env("HUZHU_KC_PORT", "8180"))
                .replace("localhost:9080", "localhost:" + Platform.env("HUZHU_HTTP_PORT", "9080"))
                + "\necho \"README-VARS $UNION $ID $SID $MEMBER $CLAIM\"\n";
        ProcessBuilder bash = new ProcessBuilder("bash", "-c", script).directory(ROOT.toFile()).redirectErrorStream(true);
        bash.environment().put("CALLS", calls.toString());
        Process process = bash.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(8, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(Files.readAllLines(calls)).as("every call answered").hasSizeGreaterThanOrEqualTo(20)
                .allMatch(code -> code.startsWith("2"));
        assertThat(output).contains("\"username\":\"beijing-admin\"");

        String[] vars = output.substring(output.lastIndexOf("README-VARS ") + 12).strip().split(" ");
        assertThat(vars).as(output).hasSize(5).allMatch(v -> v.matches("\\d+"));
        assertThat(Long.parseLong(vars[0])).isEqualTo(EnrolmentImportIT.unionId("BJ-DX-007"));
        JsonNode list = Api.get("beijing-admin", "/api/v1/enrolment-imports/" + vars[1]).json();
        assertThat(list.get("status").asText()).as(list.toString()).isEqualTo("SUBMITTED");
        assertThat(list.get("goodRows").asInt()).isEqualTo(8);
        assertThat(list.get("badRows").asInt()).isZero();
        assertThat(list.get("enrolledRows").asInt()).isEqualTo(8);

        JsonNode settlement = Api.get("beijing-admin", "/api/v1/settlement-imports/" + vars[2]).json();
        assertThat(settlement.get("status").asText()).as(settlement.toString()).isEqualTo("DONE");
        assertThat(settlement.get("rejected").asInt()).as("no secondary reimbursement: NO_ENROLMENT").isEqualTo(2);
        assertThat(settlement.get("badLines").asInt()).isEqualTo(1);
        assertThat(Api.get("beijing-admin", "/api/v1/settlement-imports/" + vars[2] + "/errors").body())
                .contains("\"line\":4").contains("idNumber");

        JsonNode claim = Api.get("beijing-admin", "/api/v1/claims/" + vars[4]).json();
        assertThat(claim.get("memberId").asLong()).isEqualTo(Long.parseLong(vars[3]));
        assertThat(claim.get("status").asText()).as("decided by two people: " + claim).isEqualTo("APPROVED");
        assertThat(new java.math.BigDecimal(claim.get("approved").asText())).as("above the review line")
                .isGreaterThan(new java.math.BigDecimal("20000.00"));
    }

    @Test
    void the_server_embeds_the_bundled_chinese_font_in_the_fee_statement_of_a_list() throws Exception {
        long union = EnrolmentImportIT.unionId("BJ-DX-007");
        byte[] csv = Files.readAllBytes(ROOT.resolve("docs/examples/list.csv"));
        long id = EnrolmentImportIT.upload("beijing-admin", union, "2030-01-01", csv).get("id").asLong();
        EnrolmentImportIT.waitFor("beijing-admin", id, "CHECKED");
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Platform.appUrl()
                        + "/api/v1/enrolment-imports/" + id + "/fee-statement"))
                .header("Authorization", "Bearer " + Api.token("beijing-admin")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            PDResources resources = document.getPage(0).getResources();
            assertThat(resources.getFont(resources.getFontNames().iterator().next()).getName())
                    .as("the font the WAR carries, whatever the host has").contains("NotoSansSC");
        }
    }

    @Test
    void the_war_and_the_app_image_carry_the_font() throws IOException {
        Path war = ROOT.resolve("modules/app/target/huzhu.war");
        try (var zip = new java.util.zip.ZipFile(war.toFile())) {
            var enrolment = zip.stream().filter(e -> e.getName().matches("WEB-INF/lib/huzhu-enrolment-.*\\.jar"))
                    .findFirst().orElseThrow();
            Path jar = Files.createTempFile("enrolment", ".jar");
            try (var in = zip.getInputStream(enrolment)) {
                Files.copy(in, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            try (var inner = new java.util.zip.ZipFile(jar.toFile())) {
                assertThat(inner.getEntry("org/huzhu/enrolment/infrastructure/NotoSansSC-Regular.ttf").getSize())
                        .isGreaterThan(5_000_000);
                assertThat(inner.getEntry("org/huzhu/enrolment/infrastructure/NotoSansSC-OFL.txt")).isNotNull();
            } finally {
                Files.delete(jar);
            }
        }
        String image = Files.readString(ROOT.resolve("deploy/k8s/Containerfile"));
        assertThat(image).contains("COPY --chown=1001:0 modules/app/target/huzhu.war /config/apps/huzhu.war");
        assertThat(image.lines().filter(l -> !l.startsWith("#")).toList()).as("no font to mount or install")
                .noneMatch(l -> l.contains("HUZHU_PDF_FONT") || l.contains("font"));
    }

    /** The ```bash blocks that call the platform (the others start it, or run for minutes). */
    static List<String> apiBlocks(String readme) {
        List<String> blocks = new ArrayList<>();
        Matcher m = BASH_BLOCK.matcher(readme);
        while (m.find()) {
            if (m.group(1).contains("curl ")) {
                blocks.add(m.group(1));
            }
        }
        return blocks;
    }
}
