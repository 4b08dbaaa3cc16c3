package org.huzhu.tenancy.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.huzhu.tenancy.api.SmsGateway.Sms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogSmsGatewayTest {

    @TempDir
    Path dir;

    @Test
    void a_batch_is_in_the_log_when_sendAll_returns_numbers_masked() throws Exception {
        LogSmsGateway gateway = new LogSmsGateway();
        gateway.logFile = dir.resolve("logs/sms.log").toString();
        List<Sms> failed = gateway.sendAll("beijing", List.of(new Sms("13912345678", "第一条"),
                new Sms("13987654321", "第二条")));
        String log = Files.readString(dir.resolve("logs/sms.log"), StandardCharsets.UTF_8);
        assertThat(failed).isEmpty();
        assertThat(log.lines().toList()).hasSize(2).satisfiesExactly(
                first -> assertThat(first).endsWith("\tbeijing\t139****5678\t第一条"),
                second -> assertThat(second).endsWith("\tbeijing\t139****4321\t第二条"));
        assertThat(log).doesNotContain("13912345678").doesNotContain("13987654321");
        gateway.close();
    }

    @Test
    void a_log_that_cannot_be_written_answers_the_whole_batch_as_not_sent() throws Exception {
        Path taken = Files.createDirectories(dir.resolve("sms.log")); // a directory where the file should be
        LogSmsGateway gateway = new LogSmsGateway();
        gateway.logFile = taken.toString();
        List<Sms> batch = List.of(new Sms("13912345678", "一"), new Sms("13987654321", "二"));
        assertThat(gateway.sendAll("beijing", batch)).isEqualTo(batch);
        assertThatThrownBy(() -> gateway.send("beijing", "13912345678", "一"))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining(taken.toString());
    }
}
