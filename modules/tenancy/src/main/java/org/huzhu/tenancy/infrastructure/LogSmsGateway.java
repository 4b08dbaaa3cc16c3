package org.huzhu.tenancy.infrastructure;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
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
 * <p>
 * The file stays open and each line is flushed as it is written. Why: opening it and checking its directory for
 * every message (a list of a million members is a million messages) took a third of the server's processor time
 * while an enrolment list was being written beside it.
 */
@ApplicationScoped
public class LogSmsGateway implements SmsGateway {

    @Resource(lookup = "huzhu/smsLog")
    String logFile;

    private Writer out;

    @Override
    public synchronized void send(String tenant, String phone, String text) {
        String line = LocalDateTime.now() + "\t" + tenant + "\t" + Masking.phone(phone) + "\t" + text + "\n";
        try {
            if (out == null) {
                Path path = Path.of(logFile);
                Files.createDirectories(path.getParent());
                out = Files.newBufferedWriter(path, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            }
            out.write(line);
            out.flush();
        } catch (IOException e) {
            close(); // opened again by the next message
            throw new UncheckedIOException("cannot write the SMS log " + logFile, e);
        }
    }

    @PreDestroy
    synchronized void close() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                // nothing more can be written to it either way
            } finally {
                out = null;
            }
        }
    }
}
