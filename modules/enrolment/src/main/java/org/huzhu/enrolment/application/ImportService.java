package org.huzhu.enrolment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.huzhu.enrolment.api.EnrolmentImports;
import org.huzhu.enrolment.api.ImportJobView;
import org.huzhu.enrolment.api.ImportRowError;
import org.huzhu.enrolment.api.ImportWarning;
import org.huzhu.enrolment.api.SubmissionRefused;
import org.huzhu.enrolment.domain.EnrolmentImport;
import org.huzhu.enrolment.domain.FileKind;
import org.huzhu.enrolment.domain.ImportStatus;
import org.huzhu.enrolment.domain.ParticipationRule;
import org.huzhu.kernel.money.Money;
import org.huzhu.org.api.EnrollingUnion;
import org.huzhu.org.api.EnrollingUnions;
import org.huzhu.plans.api.PlanCatalog;
import org.huzhu.tenancy.api.AccessDeniedException;
import org.huzhu.tenancy.api.Caller;
import org.huzhu.tenancy.api.Role;
import org.huzhu.tenancy.api.TenantContext;
import org.huzhu.tenancy.api.TenantEntityManager;
import org.huzhu.tenancy.api.Translations;

/**
 * The clerk's side of enrolment imports: who may do what, on which union, in which order. The heavy work
 * runs in {@link ImportJobs}; this class answers at once.
 */
@ApplicationScoped
public class ImportService implements EnrolmentImports {

    @Inject
    TenantContext context;

    @Inject
    TenantEntityManager entityManager;

    @Inject
    ImportStore store;

    @Inject
    EnrolmentWriter writer;

    @Inject
    ImportJobs jobs;

    @Inject
    EnrollingUnions unions;

    @Inject
    PlanCatalog catalog;

    @Inject
    ImportDocuments documents;

    @Inject
    Translations translations;

    @Inject
    ListReview review;

    @Override
    public ImportJobView start(long unionId, LocalDate termStart, String fileName, byte[] content) {
        Caller caller = requireClerk();
        EnrollingUnion union = unions.find(unionId).orElseThrow(() -> new IllegalArgumentException(
                "unionId: " + unionId + " is not a grassroots union you enrol for"));
        if (termStart == null) {
            throw new IllegalArgumentException("termStart: the term's first day is required");
        }
        if (content == null || content.length == 0) {
            throw new IllegalArgumentException("file: the file is empty");
        }
        if (content.length > MAX_FILE_BYTES) {
            throw new IllegalArgumentException("file: at most 200 MB; split the list");
        }
        FileKind kind = FileKind.of(content);
        int[] rows = {0};
        RowSource.read(kind, content, row -> rows[0]++);
        if (rows[0] == 0) {
            throw new IllegalArgumentException("file: the list has a header line but no member rows");
        }
        EnrolmentImport created = new EnrolmentImport(union.id(), union.code(), termStart,
                fileName == null || fileName.isBlank() ? "list" : fileName.strip(), kind, sha256(content),
                caller.username());
        created.counted(rows[0]);
        long id = store.create(created, content);
        jobs.launch(context.tenant(), id);
        return find(id).orElseThrow();
    }

    @Override
    public Optional<ImportJobView> find(long importId) {
        return visible(importId).map(job -> view(job, catalog.enrolmentRules().planNames(), review.of(job)));
    }

    @Override
    public List<ImportJobView> recent(int limit) {
        Caller caller = context.requireCaller();
        String query = "select i from EnrolmentImport i" + (caller.seesWholeTenant() ? "" : " where i.unionId in :unions")
                + " order by i.id desc";
        var q = entityManager.get().createQuery(query, EnrolmentImport.class).setMaxResults(Math.min(limit, 200));
        if (!caller.seesWholeTenant()) {
            List<Long> mine = unions.mine().stream().map(EnrollingUnion::id).toList();
            if (mine.isEmpty()) {
                return List.of();
            }
            q.setParameter("unions", mine);
        }
        // The plan names once for the page, not once per list: the recent grid is re-read on every refresh.
        Map<String, String> names = catalog.enrolmentRules().planNames();
        // The review (a few queries) only for lists waiting to be submitted, where it decides what the clerk can do.
        return q.getResultList().stream().map(job -> view(job, names, job.status() == ImportStatus.CHECKED
                ? review.of(job) : ListReview.Review.NONE)).toList();
    }

    @Override
    public List<ImportRowError> errors(long importId, int offset, int limit) {
        require(importId);
        return store.errors(importId, Math.max(0, offset), Math.min(Math.max(1, limit), 1000)).stream()
                .map(e -> new ImportRowError(e.rowNumber(), e.field(), e.rule(), e.messageZh(), e.messageEn())).toList();
    }

    @Override
    public void writeErrorWorkbook(long importId, OutputStream out) {
        EnrolmentImport job = require(importId);
        documents.errorWorkbook(job, out);
    }

    @Override
    public ImportJobView submit(long importId, boolean confirmWarnings) {
        requireClerk();
        EnrolmentImport job = require(importId);
        if (job.status() != ImportStatus.CHECKED) {
            throw new IllegalStateException("status: only a checked list can be submitted; this one is " + job.status());
        }
        if (job.goodRows() == 0) {
            throw new SubmissionRefused(List.of("名单中没有可参保的行"), List.of("the list has no good rows"));
        }
        ListReview.Review checked = review.of(job);
        checked.requireParticipation();
        if (!checked.warnings().isEmpty() && !confirmWarnings) {
            throw new SubmissionRefused(checked.warnings().stream().map(ImportWarning::messageZh).toList(),
                    checked.warnings().stream().map(ImportWarning::messageEn).toList(), true);
        }
        store.submitStarted(importId, context.requireCaller().username());
        jobs.launch(context.tenant(), importId);
        return find(importId).orElseThrow();
    }

    @Override
    public ImportJobView retry(long importId) {
        requireClerk();
        require(importId);
        store.retry(importId);
        jobs.launch(context.tenant(), importId);
        return find(importId).orElseThrow();
    }

    @Override
    public ImportJobView recordPayment(long importId, String amountYuan, LocalDate paidOn, String reference) {
        Caller caller = context.requireCaller();
        if (!caller.has(Role.OFFICE_ADMIN)) {
            throw new AccessDeniedException("only the city office records payments");
        }
        EnrolmentImport job = require(importId);
        Money amount;
        try {
            amount = Money.ofYuan(amountYuan);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("amount: '" + amountYuan + "' is not an amount in yuan such as 1234.50");
        }
        if (paidOn == null) {
            throw new IllegalArgumentException("paidOn: the day the money came in is required");
        }
        writer.pay(importId, amount.fen(), paidOn, reference, caller.username(),
                unions.find(job.unionId()).map(EnrollingUnion::agencyId).orElse(null));
        return find(importId).orElseThrow();
    }

    @Override
    public byte[] feeStatement(long importId) {
        EnrolmentImport job = require(importId);
        if (job.status() != ImportStatus.SUBMITTING && job.status() != ImportStatus.SUBMITTED) {
            if (job.status() != ImportStatus.CHECKED || job.goodRows() == 0) {
                throw new IllegalStateException("status: a fee statement is made for a checked list with good rows; "
                        + "this one is " + job.status());
            }
            // A statement asks for money: never for a list the participation rule will not let through.
            review.of(job).requireParticipation();
        }
        return documents.feeStatement(job, unions.find(job.unionId()).orElseThrow(), store.totals(importId));
    }

    @Override
    public byte[] template(LocalDate termStart) {
        requireClerk();
        return documents.template(termStart);
    }

    private Caller requireClerk() {
        Caller caller = context.requireCaller();
        if (!caller.has(Role.OFFICE_ADMIN) && !caller.has(Role.AGENCY_CLERK) && !caller.has(Role.GRASSROOTS_CLERK)) {
            throw new AccessDeniedException("enrolment lists are for clerks and the office");
        }
        return caller;
    }

    private EnrolmentImport require(long importId) {
        return visible(importId).orElseThrow(() -> new java.util.NoSuchElementException("no enrolment import " + importId));
    }

    private Optional<EnrolmentImport> visible(long importId) {
        EnrolmentImport job = store.find(importId);
        if (job == null || unions.find(job.unionId()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(job);
    }

    private ImportJobView view(EnrolmentImport job, Map<String, String> names, ListReview.Review checked) {
        List<ImportJobView.PlanTotalView> totals = store.totals(job.id()).stream().map(t -> new ImportJobView.PlanTotalView(
                t.planCode(), names.getOrDefault(t.planCode(), t.planCode()), t.members(), t.units(),
                Money.ofFen(t.feeFen()).toString())).toList();
        LocalDate paidInFull = job.paidInFullOn();
        return new ImportJobView(job.id(), job.unionId(), job.unionCode(), job.termStart().toString(), job.fileName(),
                job.status().name(), job.totalRows(), job.checkedRows(), job.goodRows(), job.badRows(),
                job.submittedRows(), job.enrolledRows(), Money.ofFen(job.feeFen()).toString(),
                Money.ofFen(job.paidFen()).toString(), paidInFull == null ? null : paidInFull.toString(),
                paidInFull == null ? null : (paidInFull.isAfter(job.termStart()) ? paidInFull : job.termStart()).toString(),
                translations.failureText(job.failure()), job.createdBy(), job.createdAt().toString(), totals,
                checked.figures().stream().map(ImportService::participation).toList(), checked.warnings(),
                job.status() == ImportStatus.CHECKED && job.goodRows() > 0 && checked.refusals().isEmpty());
    }

    private static ImportJobView.ParticipationView participation(ParticipationRule.Figure f) {
        return new ImportJobView.ParticipationView(f.planCode(), f.planName(), f.counted().name(), f.staff(),
                f.enrolledBefore(), f.inList(), f.enrolled(), f.needed(), f.met());
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
