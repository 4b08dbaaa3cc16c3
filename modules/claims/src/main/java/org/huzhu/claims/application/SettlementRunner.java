package org.huzhu.claims.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.huzhu.claims.domain.SettlementFile;
import org.huzhu.claims.domain.SettlementImport;

/**
 * Runs a settlement import a chunk at a time. The file is read again from the start each run and the chunks
 * already committed are passed over (they still feed the reader's duplicate finder), so a job resumed after a
 * restart carries on where it stopped.
 */
@ApplicationScoped
public class SettlementRunner {

    static final int CHUNK = 5_000;

    @Inject
    SettlementStore store;

    @Inject
    SettlementWriter writer;

    public void run(long importId) {
        SettlementImport job = store.find(importId);
        if (job == null || !job.running()) {
            return;
        }
        int done = job.processedLines();
        int[] processed = {0};
        List<SettlementFile.Row> chunk = new ArrayList<>(CHUNK);
        Runnable flush = () -> {
            processed[0] += chunk.size();
            if (processed[0] > done) {
                writer.write(importId, List.copyOf(chunk), processed[0]);
            }
            chunk.clear();
        };
        try {
            new SettlementFile(job.createdAt().toLocalDate()).read(new ByteArrayInputStream(store.content(importId)),
                    row -> {
                        chunk.add(row);
                        if (chunk.size() == CHUNK) {
                            flush.run();
                        }
                    });
        } catch (IllegalArgumentException e) {
            store.failed(importId, e.getMessage());
            return;
        }
        if (!chunk.isEmpty()) {
            flush.run();
        }
        store.finished(importId, processed[0]);
    }
}
