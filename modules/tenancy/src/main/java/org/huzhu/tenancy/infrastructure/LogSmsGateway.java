package org.huzhu.tenancy.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import org.huzhu.kernel.pii.Masking;
import org.huzhu.tenancy.api.SmsGateway;

/**
 * Development and test SMS: one line per message in the server's {@code logs/sms.log} (path from the
 * JNDI entry {@code huzhu/smsLog}), the number masked, so that what would be sent can be read.
 */
@ApplicationScoped
public class LogSmsGateway implements SmsGateway {

    @Resource(lookup = "huzhu/smsLog")
    String logFile;

    @Override
    public synchronized void send(String tenant, String phone, String text) {
        String line = LocalDateTime.now() + "\t" + tenant + "\t" + Masking.phone(phone) + "\t" + text + "\n";
        try {
            Path path = Path.of(logFile);
            Files.createDirectories(path.getParent());
            Files.writeString(path, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the SMS log " + logFile, e);
        }
    }
}
