package org.huzhu.payouts.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.huzhu.kernel.money.Money;
import org.huzhu.org.api.MemberCards;
import org.huzhu.payouts.api.BankFile;
import org.huzhu.payouts.api.PaymentView;
import org.huzhu.payouts.api.PayoutRunEventView;
import org.huzhu.payouts.api.PayoutRunView;
import org.huzhu.payouts.api.PayoutRuns;
import org.huzhu.payouts.api.ResultImportView;
import org.huzhu.payouts.domain.BankPayoutFile;
import org.huzhu.payouts.domain.BankResultFile;
import org.huzhu.payouts.domain.Payment;
import org.huzhu.payouts.domain.PaymentStatus;
import org.huzhu.payouts.domain.PayoutRun;
import org.huzhu.payouts.domain.PayoutRunEvent;
import org.huzhu.payouts.domain.ResultImport;
import org.huzhu.payouts.domain.RunStatus;
import org.huzhu.tenancy.api.AccessDeniedException;
import org.huzhu.tenancy.api.Refused;
import org.huzhu.tenancy.api.Caller;
import org.huzhu.tenancy.api.Role;
import org.huzhu.tenancy.api.TenantContext;
import org.huzhu.tenancy.api.Phrase;
import org.huzhu.tenancy.api.Translations;

/**
 * Office staff's side of payout runs: who may do what, in which order, answered at once; gathering and
 * applying results run in {@link PayoutJobs}.
 */
@ApplicationScoped
public class PayoutRunService implements PayoutRuns {

    private static final int CARD_BATCH = 2_000;
    /** Where a result file problem's words are ({@code payouts.problem.<CODE>}). */
    private static final String PROBLEM = "payouts.problem.";

    @Inject
    Translations translations;

    @Inject
    TenantContext context;

    @Inject
    PayoutStore store;

    @Inject
    PayoutJobs jobs;

    @Inject
    MemberCards cards;

    @Inject
    PayableSources sources;

    @Override
    public List<PayoutRunView> recent(int limit) {
        requireOffice();
        return store.recent(Math.min(Math.max(1, limit), 200)).stream().map(this::view).toList();
    }

    @Override
    public Optional<PayoutRunView> find(long runId) {
        requireOffice();
        return Optional.ofNullable(store.find(runId)).map(this::view);
    }

    @Override
    public List<PaymentView> payments(long runId, String status, int offset, int limit) {
        require(runId);
        PaymentStatus filter = null;
        if (status != null && !status.isBlank()) {
            try {
                filter = PaymentStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("status: PENDING, PAID or FAILED");
            }
        }
        return store.payments(runId, filter, Math.max(0, offset), Math.min(Math.max(1, limit), 1000)).stream()
                .map(PayoutRunService::view).toList();
    }

    @Override
    public List<PaymentView> failedPayments(int limit) {
        requireOffice();
        return store.failedPayments(Math.min(Math.max(1, limit), 500)).stream().map(PayoutRunService::view).toList();
    }

    @Override
    public PayoutRunView create() {
        Caller caller = requireOffice();
        if (!store.runsIn(RunStatus.GATHERING).isEmpty()) {
            throw Refused.conflict("payouts.refused.gathering");
        }
        long id = store.create(PayoutRun.manual(LocalDate.now(), caller.username()));
        jobs.launchGather(context.tenant(), id);
        return view(store.find(id));
    }

    @Override
    public PayoutRunView approve(long runId) {
        Caller caller = requireOffice();
        require(runId);
        return view(store.approve(runId, caller.username()));
    }

    @Override
    public BankFile bankFile(long runId) {
        Caller caller = requireOffice();
        PayoutRun run = require(runId);
        if (run.status() != RunStatus.APPROVED
                && !(run.status() == RunStatus.FILE_ISSUED && run.paidCount() + run.failedCount() == 0)) {
            throw Refused.conflict("payouts.refused.noBankFile", String.valueOf(runId), run.status().name());
        }
        List<BankPayoutFile.Line> lines = new ArrayList<>(run.paymentCount());
        List<String> noCard = new ArrayList<>();
        for (int offset = 0; ; offset += CARD_BATCH) {
            List<Payment> page = store.payments(runId, null, offset, CARD_BATCH);
            if (page.isEmpty()) {
                break;
            }
            addLines(page, lines, noCard);
        }
        if (!noCard.isEmpty()) {
            throw Refused.conflict("payouts.refused.noCard",
                    String.join(", ", noCard.subList(0, Math.min(20, noCard.size()))), noCard.size());
        }
        byte[] content = BankPayoutFile.write(context.tenant().value(), runId, run.payoutDate(), run.paymentCount(),
                run.totalFen(), lines);
        String sha = sha256(content);
        store.fileIssued(runId, sha, caller.username());
        return new BankFile("huzhu-payout-" + context.tenant().value() + "-" + runId + ".txt", content, sha,
                run.paymentCount(), yuan(run.totalFen()));
    }

    /**
     * The page's payments as the bank pays them: to the account their source names (a loan subsidy to an
     * enterprise), else to the member's card; those with neither go to {@code noCard}.
     */
    private void addLines(List<Payment> page, List<BankPayoutFile.Line> lines, List<String> noCard) {
        Map<Long, String> accounts = new HashMap<>();
        for (Payment p : page) {
            sources.of(p.kind()).payeeAccount(p.sourceId()).ifPresent(account -> accounts.put(p.id(), account));
        }
        Map<Long, String> numbers = cards.cardNumbers(page.stream().filter(p -> !accounts.containsKey(p.id()))
                .map(Payment::memberId).distinct().toList());
        for (Payment p : page) {
            String account = accounts.containsKey(p.id()) ? accounts.get(p.id()) : numbers.get(p.memberId());
            if (account == null) {
                noCard.add(p.reference());
            } else {
                lines.add(new BankPayoutFile.Line(p.reference(), account, p.memberName(), p.amountFen()));
            }
        }
    }

    @Override
    public ResultImportView importResult(long runId, byte[] content) {
        Caller caller = requireOffice();
        PayoutRun run = require(runId);
        if (content == null || content.length == 0) {
            throw new IllegalArgumentException("file: the result file is empty");
        }
        if (content.length > MAX_RESULT_BYTES) {
            throw new IllegalArgumentException("file: at most " + (MAX_RESULT_BYTES >> 20) + " MB");
        }
        String sha = sha256(content);
        for (ResultImport earlier : store.imports(runId)) {
            if (earlier.sha256().equals(sha) && !ResultImport.FAILED.equals(earlier.status())) {
                return view(earlier, true);
            }
        }
        if (run.status() != RunStatus.FILE_ISSUED && run.status() != RunStatus.SETTLING) {
            throw Refused.conflict("payouts.refused.noResults", String.valueOf(runId), run.status().name());
        }
        BankResultFile.Parsed parsed = BankResultFile.parse(content);
        Set<String> known = store.knownReferences(runId,
                parsed.outcomes().stream().map(BankResultFile.Outcome::reference).toList());
        List<BankResultFile.Problem> problems = new ArrayList<>(parsed.problems());
        parsed.outcomes().stream().filter(o -> !known.contains(o.reference())).forEach(o -> problems.add(
                new BankResultFile.Problem(o.lineNo(), Phrase.of("UNKNOWN_REFERENCE", runId).stored())));
        problems.sort(java.util.Comparator.comparingInt(BankResultFile.Problem::lineNo));
        int good = (int) parsed.outcomes().stream().filter(o -> known.contains(o.reference())).count();
        long id = store.receiveResult(new ResultImport(runId, sha, new String(content, StandardCharsets.UTF_8),
                parsed.lines(), good, caller.username()), problems);
        jobs.launchResult(context.tenant(), id);
        return view(store.findImport(id), false);
    }

    @Override
    public PayoutRunView retryGathering(long runId) {
        require(runId);
        store.retryGathering(runId, context.requireCaller().username());
        jobs.launchGather(context.tenant(), runId);
        return view(store.find(runId));
    }

    @Override
    public List<PayoutRunEventView> events(long runId) {
        require(runId);
        return store.events(runId).stream().map(PayoutRunService::view).toList();
    }

    @Override
    public List<ResultImportView> resultImports(long runId) {
        require(runId);
        return store.imports(runId).stream().map(i -> view(i, false)).toList();
    }

    private Caller requireOffice() {
        Caller caller = context.requireCaller();
        if (!caller.has(Role.OFFICE_ADMIN) && !caller.has(Role.CLAIMS_OFFICER)) {
            throw AccessDeniedException.coded("payouts.denied.office");
        }
        context.tenant();
        return caller;
    }

    private PayoutRun require(long runId) {
        requireOffice();
        PayoutRun run = store.find(runId);
        if (run == null) {
            throw new NoSuchElementException("no payout run " + runId);
        }
        return run;
    }

    /** A problem as answers show it: its code, and its words in Chinese ({@code reason}, {@code zh}) and English. */
    private ResultImportView.LineProblem problem(int lineNo, String stored) {
        String zh = Phrase.show(stored, PROBLEM, translations, Locale.SIMPLIFIED_CHINESE);
        return new ResultImportView.LineProblem(lineNo, zh, Phrase.parse(stored).map(Phrase::code).orElse(null), zh,
                Phrase.show(stored, PROBLEM, translations, Locale.ENGLISH));
    }

    private ResultImportView view(ResultImport i, boolean repeated) {
        return new ResultImportView(i.id(), i.runId(), i.status(), repeated, i.totalLines(), i.validLines(),
                i.appliedLines(), i.paid(), i.failed(), i.unchanged(), store.problems(i.id()).stream()
                .map(p -> problem(p.lineNo(), p.reason())).toList(),
                translations.failureText(i.failure()));
    }

    PayoutRunView view(PayoutRun r) {
        return new PayoutRunView(r.id(), r.status().name(), r.trigger(), r.payoutDate().toString(), r.createdBy(),
                text(r.createdAt()), r.gatheredChunks(), r.paymentCount(), yuan(r.totalFen()), r.totalFen(),
                r.paidCount(), yuan(r.paidFen()), r.failedCount(), yuan(r.failedFen()), r.pendingCount(),
                r.approvedBy(), text(r.approvedAt()), r.fileSha256(), r.fileIssuedBy(), text(r.fileIssuedAt()),
                r.fileIssues(), text(r.settledAt()), translations.failureText(r.failure()));
    }

    static PaymentView view(Payment p) {
        return new PaymentView(p.id(), p.runId(), p.reference(), p.kind(), p.sourceId(), p.memberId(),
                p.memberName(), yuan(p.amountFen()), p.amountFen(), p.status().name(), p.bankReference(),
                p.failureReason(), p.settledOn() == null ? null : p.settledOn().toString());
    }

    static PayoutRunEventView view(PayoutRunEvent e) {
        return new PayoutRunEventView(e.id(), e.runId(), e.event(), e.actor(), text(e.at()), e.statusBefore(),
                e.statusAfter(), e.paymentCount(), yuanOrNull(e.totalFen()), e.totalFen(), e.paidCount(),
                yuanOrNull(e.paidFen()), e.paidFen(), e.failedCount(), yuanOrNull(e.failedFen()), e.failedFen(),
                e.importId(), e.fileSha256());
    }

    private static String yuanOrNull(Long fen) {
        return fen == null ? null : yuan(fen);
    }

    private static String text(LocalDateTime time) {
        return time == null ? null : time.withNano(0).toString();
    }

    static String yuan(long fen) {
        return Money.ofFen(fen).toYuan().setScale(2).toPlainString();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
