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
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.huzhu.kernel.pii.Masking;
import org.huzhu.tenancy.api.SmsGateway;

/**
 * Development and test SMS: one line per message in the server's {@code logs/sms.log} (path from the
 * JNDI entry {@code huzhu/smsLog}), the number masked, so that what would be sent can be read.
 * <p>
 * The file stays open, and a batch is written whole and flushed once. Why: opening it and checking its directory for
 * every message (a list of a million members is a million messages) took a third of the server's processor time
 * while an enrolment list was being written beside it, and then a flush (a system call) per line a tenth.
 */
@ApplicationScoped
public class LogSmsGateway implements SmsGateway {

    private static final Logger LOG = Logger.getLogger(LogSmsGateway.class.getName());

    @Resource(lookup = "huzhu/smsLog")
    String logFile;

    private Writer out;

    @Override
    public void send(String tenant, String phone, String text) {
        if (!sendAll(tenant, List.of(new Sms(phone, text))).isEmpty()) {
            throw new UncheckedIOException(new IOException("cannot write the SMS log " + logFile));
        }
    }

    /** All of the batch or, when the log cannot be written, none of it (answered as failed, tried again later). */
    @Override
    public synchronized List<Sms> sendAll(String tenant, List<Sms> batch) {
        String now = LocalDateTime.now().toString();
        try {
            if (out == null) {
                Path path = Path.of(logFile);
                Files.createDirectories(path.getParent());
                out = Files.newBufferedWriter(path, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            }
            for (Sms sms : batch) {
                out.write(now + "\t" + tenant + "\t" + Masking.phone(sms.phone()) + "\t" + sms.text() + "\n");
            }
            out.flush();
            return List.of();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot write the SMS log " + logFile + "; the batch is tried again later", e);
            close(); // opened again by the next batch
            return batch;
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
