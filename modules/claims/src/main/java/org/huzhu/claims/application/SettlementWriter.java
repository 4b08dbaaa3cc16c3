package org.huzhu.claims.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.huzhu.claims.api.ClaimStatus;
import org.huzhu.claims.api.ClaimsFiled;
import org.huzhu.claims.api.NewClaim;
import org.huzhu.claims.domain.ApprovalLimits;
import org.huzhu.claims.domain.Claim;
import org.huzhu.claims.domain.ClaimFiling;
import org.huzhu.claims.domain.ClaimForm;
import org.huzhu.claims.domain.ClaimPhrases;
import org.huzhu.claims.domain.ClaimReceipt;
import org.huzhu.claims.domain.CoverInForce;
import org.huzhu.claims.domain.LineError;
import org.huzhu.claims.domain.ReviewPolicy;
import org.huzhu.claims.domain.SettlementFile;
import org.huzhu.claims.domain.SettlementImport;
import org.huzhu.claims.domain.SettlementImportError;
import org.huzhu.claims.domain.SettlementLine;
import org.huzhu.enrolment.api.CoverView;
import org.huzhu.enrolment.api.MemberCover;
import org.huzhu.kernel.calendar.WorkingDayCalendar;
import org.huzhu.kernel.money.Money;
import org.huzhu.kernel.pii.PersonalDataProtector;
import org.huzhu.org.api.MemberRegistry;
import org.huzhu.plans.api.PlanCatalog;
import org.huzhu.plans.api.PlanQuotes;
import org.huzhu.plans.api.PlanView;
import org.huzhu.plans.api.QuoteRequest;
import org.huzhu.tenancy.api.Refused;
import org.huzhu.tenancy.api.TenantCalendar;
import org.huzhu.tenancy.api.TenantContext;
import org.huzhu.tenancy.api.TenantEntityManager;
import org.huzhu.tenancy.api.TenantSql;

/**
 * Turns one chunk of a settlement file into claims: {@link #prepare} reads the members by keyed ID hash, their
 * covers, the earlier payments under those covers and the receipts already in use, each fetched once for the
 * chunk, and runs every line through the same checks as a filed claim ({@link ClaimAssessing#check});
 * {@link #write} writes the claims, their receipts, their audit lines, the bad lines and the job's progress in
 * bulk in ONE transaction. A chunk whose progress is already committed is passed over, so a job run twice makes
 * nothing twice. The runner prepares chunk n+1 while chunk n is written.
 */
@ApplicationScoped
public class SettlementWriter {

    static final String CHANNEL = "SETTLEMENT";
    private static final List<String> RECEIPT_COLUMNS = List.of("kind", "receipt_key", "claim_id", "version");

    @Inject
    TenantContext context;

    /** Observed synchronously in this transaction by read models (reporting). */
    @Inject
    Event<ClaimsFiled> filed;

    @Inject
    TenantEntityManager entityManager;

    @Inject
    TenantSql sql;

    @Inject
    MemberRegistry registry;

    @Inject
    MemberCover covers;

    @Inject
    ClaimValuer valuer;

    @Inject
    ClaimPolicies policies;

    @Inject
    PlanCatalog catalog;

    @Inject
    PlanDocuments plans;

    @Inject
    TenantCalendar calendar;

    @Inject
    AuditTrail audit;

    @Inject
    PersonalDataProtector protector;

    /** What the chunk needs of the database and the catalogue, fetched once. */
    private record Context(SettlementImport job, PlanQuotes quotes, PlanView plan, ReviewPolicy review,
                           ApprovalLimits limits, WorkingDayCalendar days, Map<LocalDate, LocalDate> due,
                           LocalDateTime now) {
    }

    /**
     * A chunk checked and valued, not written yet: its claims and bad lines, how many lines were imported before,
     * and what its claims count against the caps of the next chunk (by enrolment), which may be read before
     * this one is committed.
     */
    public record Prepared(List<Claim> claims, List<LineError> errors, int alreadyImported,
                           Map<Long, List<QuoteRequest.Prior>> priors, Set<String> sources) {
    }

    /**
     * Reads what the chunk needs (one query each) and runs every line through the checks. Only reads: the
     * chunk is written by {@link #write}. {@code inFlight} is the chunk before, which may or may not be
     * committed yet: its claims are counted from memory, never twice.
     */
    public Prepared prepare(SettlementImport job, List<SettlementFile.Row> rows, Prepared inFlight) {
        List<LineError> errors = new ArrayList<>();
        List<SettlementLine> lines = new ArrayList<>();
        rows.forEach(r -> {
            if (r.good()) {
                lines.add(r.line());
            } else {
                errors.addAll(r.errors());
            }
        });
        Set<String> existing = existingSources(lines.stream().map(SettlementLine::settlementNo).toList());
        List<SettlementLine> fresh = lines.stream().filter(l -> !existing.contains(l.settlementNo())).toList();
        Map<SettlementLine, ByteBuffer> hashes = new HashMap<>();
        fresh.forEach(l -> hashes.put(l, ByteBuffer.wrap(protector.lookupHash(l.idNumber().value()))));
        Map<ByteBuffer, MemberRegistry.Claimant> members = registry.claimantsByNationalId(new HashSet<>(hashes.values()));
        Map<Long, List<CoverView>> cover = covers(job.planCode(), fresh, members);
        Map<String, Long> receipts = receiptsInUse(fresh.stream().map(SettlementLine::settlementNo).toList());
        List<Long> enrolments = cover.values().stream().flatMap(List::stream).map(CoverView::enrolmentId).distinct()
                .toList();
        Map<Long, List<QuoteRequest.Prior>> priors = new HashMap<>(valuer.priors(enrolments,
                inFlight == null ? Set.of() : inFlight.sources()));
        if (inFlight != null) {
            enrolments.stream().filter(inFlight.priors()::containsKey).forEach(e -> priors.computeIfAbsent(e,
                    k -> new ArrayList<>()).addAll(inFlight.priors().get(e)));
        }
        Context ctx = new Context(job, catalog.snapshot(), plans.plan(job.planCode()), policies.review(),
                policies.limits(), calendar.calendar(), new HashMap<>(), LocalDateTime.now());
        List<Claim> claims = new ArrayList<>();
        Map<Long, List<QuoteRequest.Prior>> made = new HashMap<>();
        for (SettlementLine line : fresh) {
            MemberRegistry.Claimant member = members.get(hashes.get(line));
            if (member == null) {
                errors.add(new LineError(line.lineNo(), "idNumber", LineError.UNKNOWN_MEMBER,
                        ClaimPhrases.of(ClaimPhrases.LINE_UNKNOWN_MEMBER)));
                continue;
            }
            try {
                claims.add(claim(ctx, line, member, pick(cover.get(member.member().id()), line.admission()),
                        receipts.get(line.settlementNo()), priors, made));
            } catch (Refused e) {
                errors.add(new LineError(line.lineNo(), "facts", LineError.FACTS, ClaimPhrases.of(ClaimPhrases.LINE_FACTS)));
            } catch (IllegalArgumentException e) {
                errors.add(new LineError(line.lineNo(), "facts", LineError.FACTS, truncate(e.getMessage())));
            }
        }
        // Reads only: nothing this chunk loaded may pile up in the run's entity manager.
        entityManager.get().clear();
        return new Prepared(claims, errors, existing.size(), made,
                claims.stream().map(Claim::sourceRef).collect(java.util.stream.Collectors.toSet()));
    }

    /**
     * Writes a prepared chunk in ONE transaction: its claims, receipts, audit lines and bad lines, and the job's
     * progress. A chunk whose progress is already committed (another run of the same job) is passed over.
     */
    @Transactional
    public void write(long importId, Prepared chunk, int processed) {
        SettlementImport job = entityManager.get().find(SettlementImport.class, importId, LockModeType.PESSIMISTIC_WRITE);
        if (job.processedLines() >= processed) {
            return;
        }
        Set<Integer> bad = new HashSet<>();
        store(job, chunk.claims(), chunk.errors(), bad);
        job.chunkDone(processed, counts(chunk.claims(), chunk.alreadyImported(), bad.size()));
        // The job's entity manager lives as long as the run: what this chunk loaded must not pile up in it.
        entityManager.get().flush();
        entityManager.get().clear();
    }

    /** One line through the filing form and the shared checks; the claim is not stored yet. */
    private Claim claim(Context ctx, SettlementLine line, MemberRegistry.Claimant member, CoverInForce cover,
                        Long receiptClaim, Map<Long, List<QuoteRequest.Prior>> priors,
                        Map<Long, List<QuoteRequest.Prior>> made) {
        SettlementImport job = ctx.job();
        ClaimFiling filing = ClaimForm.read(new NewClaim(member.member().id(), job.planCode(), job.benefitCode(),
                        line.admission().toString(), null, null, false, line.admission().toString(),
                        line.discharge().toString(), Money.ofFen(line.selfPaidFen()).toString(), line.settlementNo()),
                new ClaimForm.Filer(member.member().name(), member.orgPath(), member.agencyId(), CHANNEL,
                        line.settlementNo(), job.createdBy()), ctx.now().toLocalDate());
        LocalDate due = ctx.due().computeIfAbsent(filing.eventDate(), d -> ctx.days().addWorkingDays(
                ctx.now().toLocalDate(), PlanDocuments.slaDays(ctx.plan(), d)));
        Claim claim = new Claim(filing, ctx.now(), due);
        String duplicate = receiptClaim == null ? null : ClaimPhrases.of(ClaimPhrases.SETTLEMENT_USED, receiptClaim);
        ClaimAssessing.check(filing, member.member(), cover, duplicate, List.of(),
                cover == null ? List.of() : priors.getOrDefault(cover.enrolmentId(), List.of()), ctx.quotes(),
                ctx.review(), ctx.limits()).applyTo(claim);
        QuoteRequest.Prior prior = ClaimValuer.prior(claim);
        if (prior != null) {
            priors.computeIfAbsent(cover.enrolmentId(), e -> new ArrayList<>()).add(prior);
            made.computeIfAbsent(cover.enrolmentId(), e -> new ArrayList<>()).add(prior);
        }
        return claim;
    }

    private void store(SettlementImport job, List<Claim> claims, List<LineError> errors, Set<Integer> bad) {
        TenantSql.Inserted inserted = sql.insertForIds("claim", Claim.COLUMNS, claims.stream().map(Claim::values).toList(),
                null);
        filed.fire(new ClaimsFiled(context.tenant(), claims.stream().map(ClaimViews::filedLine).toList()));
        Map<String, Long> ids = ids(claims.stream().map(Claim::sourceRef).toList(), inserted);
        List<Object[]> receipts = new ArrayList<>();
        List<AuditTrail.Line> trail = new ArrayList<>();
        for (Claim c : claims) {
            long id = ids.get(c.sourceRef());
            if (c.status() != ClaimStatus.REJECTED) {
                receipts.add(new Object[] {ClaimReceipt.INVOICE, c.invoiceNo(), id, 0L});
            }
            trail.add(ClaimAssessing.importedLine(id, c, job.createdBy()));
        }
        sql.insert("claim_receipt", RECEIPT_COLUMNS, receipts, null);
        audit.record(trail);
        List<Object[]> errorRows = new ArrayList<>();
        int seq = 0;
        int previous = -1;
        for (LineError e : errors.stream().sorted(java.util.Comparator.comparingInt(LineError::lineNo)).toList()) {
            seq = e.lineNo() == previous ? seq + 1 : 0;
            previous = e.lineNo();
            bad.add(e.lineNo());
            errorRows.add(SettlementImportError.values(job.id(), seq, e));
        }
        sql.insert("settlement_import_error", SettlementImportError.COLUMNS, errorRows, null);
    }

    private static SettlementImport.ChunkCounts counts(List<Claim> claims, int already, int bad) {
        int approved = 0;
        int review = 0;
        int rejected = 0;
        long fen = 0;
        for (Claim c : claims) {
            switch (c.status()) {
                case APPROVED -> {
                    approved++;
                    fen += c.approvedFen();
                }
                case REJECTED -> rejected++;
                default -> review++;
            }
        }
        return new SettlementImport.ChunkCounts(approved, review, rejected, already, bad, fen);
    }

    /** The members' enrolments in the plan over the chunk's admission dates, in one query. */
    private Map<Long, List<CoverView>> covers(String planCode, List<SettlementLine> lines,
                                              Map<ByteBuffer, MemberRegistry.Claimant> members) {
        if (members.isEmpty()) {
            return Map.of();
        }
        LocalDate from = lines.stream().map(SettlementLine::admission).min(LocalDate::compareTo).orElseThrow();
        LocalDate to = lines.stream().map(SettlementLine::admission).max(LocalDate::compareTo).orElseThrow();
        return covers.inForce(members.values().stream().map(c -> c.member().id()).toList(), planCode, from, to);
    }

    /** The enrolment whose term holds the date, as the per-claim path finds it. */
    private static CoverInForce pick(List<CoverView> candidates, LocalDate date) {
        if (candidates == null) {
            return null;
        }
        return candidates.stream().map(ClaimValuer::of)
                .filter(c -> !c.termStart().isAfter(date) && !c.termEnd().isBefore(date)).findFirst().orElse(null);
    }

    private Set<String> existingSources(Collection<String> refs) {
        return refs.isEmpty() ? Set.of() : new HashSet<>(entityManager.get().createQuery("select c.sourceRef from Claim c "
                + "where c.sourceRef in :refs", String.class).setParameter("refs", refs).getResultList());
    }

    /** The new claims' ids: read forward from the first id generated, any not found there by settlement number. */
    private Map<String, Long> ids(Collection<String> refs, TenantSql.Inserted inserted) {
        Set<String> wanted = new HashSet<>(refs);
        Map<String, Long> ids = sql.idsFrom("claim", "source_ref", inserted, wanted, r -> r.getString(1));
        List<String> missing = wanted.stream().filter(ref -> !ids.containsKey(ref)).toList();
        if (!missing.isEmpty()) {
            entityManager.get().createQuery("select c.sourceRef, c.id from Claim c where c.sourceRef in :refs",
                    Object[].class).setParameter("refs", missing).getResultList()
                    .forEach(r -> ids.put((String) r[0], (Long) r[1]));
        }
        return ids;
    }

    /** Invoice receipts held by other claims under these numbers: the claim that holds each. */
    private Map<String, Long> receiptsInUse(Collection<String> numbers) {
        Map<String, Long> held = new HashMap<>();
        if (!numbers.isEmpty()) {
            entityManager.get().createQuery("select r.key, r.claimId from ClaimReceipt r where r.kind = :invoice "
                            + "and r.key in :numbers", Object[].class).setParameter("invoice", ClaimReceipt.INVOICE)
                    .setParameter("numbers", numbers).getResultList().forEach(r -> held.put((String) r[0], (Long) r[1]));
        }
        return held;
    }

    private static String truncate(String message) {
        return message == null ? "" : message.length() <= 500 ? message : message.substring(0, 497) + "...";
    }
}
