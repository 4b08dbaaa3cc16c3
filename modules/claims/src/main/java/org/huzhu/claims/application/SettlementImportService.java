package org.huzhu.claims.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.huzhu.claims.api.SettlementImportView;
import org.huzhu.claims.api.SettlementImports;
import org.huzhu.claims.api.SettlementLineError;
import org.huzhu.claims.domain.SettlementFile;
import org.huzhu.claims.domain.SettlementImport;
import org.huzhu.kernel.money.Money;
import org.huzhu.tenancy.api.AccessDeniedException;
import org.huzhu.tenancy.api.Caller;
import org.huzhu.tenancy.api.Refused;
import org.huzhu.tenancy.api.Role;
import org.huzhu.tenancy.api.TenantContext;
import org.huzhu.tenancy.api.Translations;

/** The officer's side of settlement imports: who may, what is checked at once; the job does the rest. */
@ApplicationScoped
public class SettlementImportService implements SettlementImports {

    public static final String DEFAULT_PLAN = "secondary-reimbursement";
    public static final String DEFAULT_BENEFIT = "secondary";

    @Inject
    TenantContext context;

    @Inject
    SettlementStore store;

    @Inject
    SettlementJobs jobs;

    @Inject
    PlanDocuments plans;

    @Inject
    Translations translations;

    @Inject
    ClaimTexts texts;

    @Override
    public SettlementImportView start(String planCode, String benefitCode, String fileName, byte[] content) {
        Caller caller = requireOfficer();
        String plan = planCode == null || planCode.isBlank() ? DEFAULT_PLAN : planCode.strip();
        String benefit = benefitCode == null || benefitCode.isBlank() ? DEFAULT_BENEFIT : benefitCode.strip();
        plans.requireBenefit(plan, benefit);
        if (content == null || content.length == 0) {
            throw Refused.badInput("file", "claims.settlement.refused.empty");
        }
        if (content.length > MAX_FILE_BYTES) {
            throw Refused.badInput("file", "claims.settlement.refused.tooBig", MAX_FILE_BYTES >> 20);
        }
        int lines = SettlementFile.countLines(content);
        String name = fileName == null || fileName.isBlank() ? "settlement.csv" : fileName.strip();
        long id = store.create(new SettlementImport(plan, benefit, name.length() > 255 ? name.substring(0, 255) : name,
                sha256(content), lines, caller.username()), content);
        jobs.launch(context.tenant(), id);
        return view(store.find(id));
    }

    @Override
    public Optional<SettlementImportView> find(long importId) {
        requireOfficer();
        return Optional.ofNullable(store.find(importId)).map(this::view);
    }

    @Override
    public List<SettlementImportView> recent(int limit) {
        requireOfficer();
        return store.recent(limit).stream().map(this::view).toList();
    }

    @Override
    public SettlementImportView retry(long importId) {
        requireOfficer();
        find(importId).orElseThrow(() -> new NoSuchElementException("no settlement import " + importId));
        store.retry(importId);
        jobs.launch(context.tenant(), importId);
        return view(store.find(importId));
    }

    @Override
    public List<SettlementLineError> errors(long importId, int offset, int limit) {
        find(importId).orElseThrow(() -> new NoSuchElementException("no settlement import " + importId));
        return store.errors(importId, offset, limit).stream()
                .map(e -> line(e.lineNo(), e.field(), e.rule(), texts.both(e.message()))).toList();
    }

    private static SettlementLineError line(int lineNo, String field, String rule, ClaimTexts.Both message) {
        return new SettlementLineError(lineNo, field, rule, message.zh(), message.en());
    }

    private Caller requireOfficer() {
        Caller caller = context.requireCaller();
        if (!caller.has(Role.OFFICE_ADMIN) && !caller.has(Role.CLAIMS_OFFICER)) {
            throw new AccessDeniedException("settlement files are imported by the office admin or a claims officer");
        }
        return caller;
    }

    SettlementImportView view(SettlementImport i) {
        double progress = i.totalLines() == 0 ? (i.running() ? 0 : 1) : Math.min(1.0, (double) i.processedLines()
                / i.totalLines());
        return new SettlementImportView(i.id(), i.planCode(), i.benefitCode(), i.fileName(), i.status(), i.totalLines(),
                i.processedLines(), progress, i.claimsCreated(), i.approved(), i.inReview(), i.rejected(),
                i.alreadyImported(), i.badLines(), Money.ofFen(i.approvedFen()).toString(), translations.failureText(i.failure()), i.createdBy(),
                i.createdAt().toString(), i.finishedAt() == null ? null : i.finishedAt().toString());
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
