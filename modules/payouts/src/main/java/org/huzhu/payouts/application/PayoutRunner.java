package org.huzhu.payouts.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.huzhu.payouts.domain.BankResultFile;
import org.huzhu.payouts.domain.ResultImport;

/**
 * The background work of a run, a chunk per transaction: gathering payables, and applying a bank result file.
 * Either may be stopped anywhere and run again: committed chunks are not done twice.
 */
@ApplicationScoped
public class PayoutRunner {

    /** Result lines applied per transaction. */
    static final int RESULT_CHUNK = 1_000;
    @Inject
    PayoutStore store;

    public void gather(long runId) {
        while (store.gatherChunk(runId) >= 0) {
            // each chunk commits on its own: a run stopped mid-way resumes from the payables still on no run
        }
    }

    public void applyResult(long importId) {
        ResultImport imported = store.findImport(importId);
        if (imported == null || imported.finished()) {
            return;
        }
        List<BankResultFile.Outcome> lines = goodLines(imported);
        LocalDate today = LocalDate.now();
        for (int from = imported.appliedLines(); from < lines.size(); from += RESULT_CHUNK) {
            int to = Math.min(lines.size(), from + RESULT_CHUNK);
            store.applyChunk(importId, to, lines.subList(from, to), today, imported.importedBy());
        }
        store.finishImport(importId);
    }

    /** The file's well-formed lines naming a payment of the run, in file order: the same list every time. */
    private List<BankResultFile.Outcome> goodLines(ResultImport imported) {
        List<BankResultFile.Outcome> outcomes = BankResultFile.parse(imported.content().getBytes(StandardCharsets.UTF_8))
                .outcomes();
        Set<String> known = store.knownReferences(imported.runId(),
                outcomes.stream().map(BankResultFile.Outcome::reference).toList());
        return outcomes.stream().filter(o -> known.contains(o.reference())).toList();
    }
}
