package org.huzhu.claims.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.huzhu.claims.domain.SettlementFile;
import org.huzhu.claims.domain.SettlementImport;
import org.huzhu.tenancy.api.WriteBehind;
import org.huzhu.tenancy.api.WriteBehinds;

/**
 * Runs a settlement import a chunk at a time. The file is read again from the start each run and the chunks
 * already committed are passed over (they still feed the reader's duplicate finder), so a job resumed after a
 * restart carries on where it stopped. Chunk n+1 is prepared (looked up, checked, valued) on this thread while
 * chunk n is written on another; at most one chunk is being written, and a failed write stops the run (it is
 * tried again from the last committed chunk).
 */
@ApplicationScoped
public class SettlementRunner {

    static final int CHUNK = 5_000;

    @Inject
    SettlementStore store;

    @Inject
    SettlementWriter writer;

    @Inject
    WriteBehinds writeBehinds;

    public void run(long importId) {
        SettlementImport job = store.find(importId);
        if (job == null || !job.running()) {
            return;
        }
        Pipeline pipeline = new Pipeline(importId, job, job.processedLines());
        try {
            new SettlementFile(job.createdAt().toLocalDate()).read(new ByteArrayInputStream(store.content(importId)),
                    pipeline::accept);
            pipeline.flush();
        } catch (RuntimeException e) {
            pipeline.drain(); // then BackgroundJobs tries again, or ends the import FAILED with its reason
            throw e;
        }
        store.finished(importId, pipeline.processed);
    }

    /** Gathers rows into chunks, prepares each, and hands it to the writer once the chunk before is written. */
    private final class Pipeline {
        private final long importId;
        private final SettlementImport job;
        private final int done;
        private final WriteBehind writing;
        private List<SettlementFile.Row> chunk = new ArrayList<>(CHUNK);
        private int processed;
        private SettlementWriter.Prepared inFlight;

        Pipeline(long importId, SettlementImport job, int done) {
            this.importId = importId;
            this.job = job;
            this.done = done;
            this.writing = writeBehinds.forThisJob("settlement import " + importId);
        }

        void accept(SettlementFile.Row row) {
            chunk.add(row);
            if (chunk.size() == CHUNK) {
                next();
            }
        }

        void flush() {
            if (!chunk.isEmpty()) {
                next();
            }
            writing.await();
        }

        private void next() {
            List<SettlementFile.Row> rows = chunk;
            chunk = new ArrayList<>(CHUNK);
            processed += rows.size();
            if (processed <= done) {
                return;
            }
            SettlementWriter.Prepared prepared = writer.prepare(job, rows, inFlight);
            int upTo = processed;
            writing.write(() -> writer.write(importId, prepared, upTo));
            inFlight = prepared;
        }

        void drain() {
            writing.drain();
        }
    }
}
