package org.huzhu.enrolment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.huzhu.enrolment.domain.EnrolmentImport;
import org.huzhu.enrolment.domain.EnrolmentListCheck;
import org.huzhu.enrolment.domain.EnrolmentRow;
import org.huzhu.enrolment.domain.ImportStatus;
import org.huzhu.kernel.identity.InvalidNationalIdException;
import org.huzhu.kernel.identity.NationalId;
import org.huzhu.kernel.pii.PersonalDataProtector;
import org.huzhu.org.api.EnrollingUnion;
import org.huzhu.org.api.EnrollingUnions;
import org.huzhu.org.api.MemberRegistry;
import org.huzhu.plans.api.EnrolmentRules;
import org.huzhu.plans.api.PlanCatalog;
import org.huzhu.tenancy.api.JobFailure;
import org.huzhu.tenancy.api.WriteBehind;
import org.huzhu.tenancy.api.WriteBehinds;

/**
 * Runs an import's background work, checking or enrolling, a chunk at a time. The file is read again from
 * the start each run and the chunks already committed are passed over (those of the check still feed the
 * duplicate finder), so a job resumed after a restart carries on where it stopped.
 */
@ApplicationScoped
public class ImportRunner {

    static final int CHUNK = 2_000;

    @Inject
    ImportStore store;

    @Inject
    EnrolmentWriter writer;

    @Inject
    MemberRegistry registry;

    @Inject
    EnrollingUnions unions;

    @Inject
    PlanCatalog catalog;

    @Inject
    PersonalDataProtector protector;

    @Inject
    WriteBehinds writeBehinds;

    public void run(long importId) {
        EnrolmentImport job = store.find(importId);
        if (job == null || !job.status().running()) {
            return;
        }
        EnrollingUnion union = unions.find(job.unionId()).orElse(null);
        if (union == null) {
            store.failed(importId, new JobFailure(JobFailure.Reason.TARGET_GONE, job.unionCode()));
            return;
        }
        // a file found wrong here, or a value the database refuses, ends the job FAILED (BackgroundJobs)
        if (job.status() == ImportStatus.SUBMITTING) {
            enrol(job, union);
        } else {
            check(job, union);
        }
    }

    /**
     * Checks the list a chunk at a time: chunk n+1's people are looked up on this thread while chunk n is checked and
     * its result saved on another, in order (the duplicate finder sees every row once, row by row).
     */
    private void check(EnrolmentImport job, EnrollingUnion union) {
        EnrolmentRules rules = catalog.enrolmentRules();
        EnrolmentListCheck check = new EnrolmentListCheck(rules, job.termStart(), Set.copyOf(union.lineageCodes()),
                union.code(), union.name(), (id, plan) -> false);
        int done = job.checkedRows();
        int[] processed = {0};
        WriteBehind writing = writeBehind(job);
        Chunker<EnrolmentRow> chunker = new Chunker<>(CHUNK, chunk -> {
            processed[0] += chunk.size();
            if (processed[0] <= done) { // the chunks before any write: fed to the duplicate finder only
                check.check(chunk, (id, plan) -> false);
            } else {
                BiPredicate<NationalId, String> before = enrolledBefore(chunk, job.termStart());
                int upTo = processed[0];
                writing.write(() -> store.saveChecked(job.id(), upTo, check.check(chunk, before)));
            }
        });
        read(job, chunker, writing);
        store.checkFinished(job.id(), processed[0]);
    }

    /** What the registry says of this chunk's members, fetched in two queries for the whole chunk. */
    private BiPredicate<NationalId, String> enrolledBefore(List<EnrolmentRow> chunk, LocalDate termStart) {
        Map<String, ByteBuffer> hashes = new HashMap<>();
        for (EnrolmentRow row : chunk) {
            try {
                String id = NationalId.parse(row.idNumber()).value();
                hashes.put(id, ByteBuffer.wrap(protector.lookupHash(id)));
            } catch (InvalidNationalIdException e) {
                // reported by the row check
            }
        }
        Map<ByteBuffer, Long> members = registry.idsByNationalId(hashes.values());
        Set<String> enrolled = store.enrolledPlans(members.values(), termStart);
        return (id, plan) -> {
            Long member = members.get(hashes.get(id.value()));
            return member != null && enrolled.contains(member + "|" + plan);
        };
    }

    /**
     * Enrols the list's good rows a chunk at a time, in three stages on three threads: chunk n+2 is prepared (checked
     * again, hashed, encrypted, looked up) on this one while chunk n+1's people are registered and chunk n's enrolments
     * written. A chunk's enrolments are written in order, after its people are registered.
     */
    private void enrol(EnrolmentImport job, EnrollingUnion union) {
        EnrolmentRules rules = catalog.enrolmentRules();
        Set<Integer> bad = store.badRowNumbers(job.id());
        EnrolmentListCheck recheck = new EnrolmentListCheck(rules, job.termStart(), Set.copyOf(union.lineageCodes()),
                (id, plan) -> false);
        int done = job.submittedRows();
        int[] processed = {0};
        WriteBehind registering = writeBehind(job);
        WriteBehind enrolling = writeBehind(job);
        Chunker<EnrolmentRow> chunker = new Chunker<>(CHUNK, chunk -> {
            processed[0] += chunk.size();
            if (processed[0] > done) {
                List<EnrolmentRow> good = chunk.stream().filter(r -> !bad.contains(r.rowNumber())).toList();
                EnrolmentWriter.Prepared prepared = writer.prepare(recheck.check(good, (id, plan) -> false).good(),
                        union.id());
                int upTo = processed[0];
                registering.write(() -> {
                    Map<ByteBuffer, Long> members = writer.register(prepared);
                    enrolling.write(() -> writer.enrol(job.id(), union, prepared, members, rules, upTo));
                });
            }
        });
        read(job, chunker, registering, enrolling);
        store.submitFinished(job.id());
    }

    private WriteBehind writeBehind(EnrolmentImport job) {
        return writeBehinds.forThisJob("enrolment import " + job.id());
    }

    /**
     * Reads the file through the chunker and waits for the last chunk's writes, stage by stage in the order given; a
     * failed write stops the run.
     */
    private void read(EnrolmentImport job, Chunker<EnrolmentRow> chunker, WriteBehind... stages) {
        try {
            RowSource.read(job.fileKind(), store.content(job.id()), chunker);
            chunker.flush();
            for (WriteBehind stage : stages) {
                stage.await();
            }
        } catch (RuntimeException e) {
            for (WriteBehind stage : stages) {
                stage.drain(); // then BackgroundJobs tries again, or ends the import FAILED with its reason
            }
            throw e;
        }
    }
}
