package org.huzhu.app.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's two commands set a fresh machine up themselves: what is missing is installed with apt-get by
 * root, and anyone else is told the exact line to run. CI does no set-up of its own beyond the database.
 */
class SetupOnAFreshMachineTest {

    private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();

    @Test
    void a_user_who_is_not_root_is_told_exactly_what_to_install_and_the_command_stops() throws Exception {
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("runuser", "-u", "nobody", "--")); // root would install it: be someone else
        }
        command.addAll(List.of("env", "HUZHU_CHROMIUM=/no/such/chromium", "bash", ROOT.resolve("huzhu").toString(),
                "setup", "test"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isEqualTo(1);
        assertThat(output).containsPattern("lacks [^;]*chromium").containsPattern("sudo apt-get install -y [^\\n]*chromium");
    }

    @Test
    void ci_only_starts_the_database_and_runs_the_readme_test_command() throws IOException {
        String ci = Files.readString(ROOT.resolve(".ci/run"));
        assertThat(ci).doesNotContain("apt-get").contains("./huzhu test");
        assertThat(Files.readString(ROOT.resolve("huzhu"))).contains("ensure_setup test").contains("ensure_setup run");
    }
}
