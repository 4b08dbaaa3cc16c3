package org.huzhu.enrolment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.huzhu.enrolment.api.EnrolmentsSubmitted;
import org.huzhu.enrolment.api.FeesPaid;
import org.huzhu.enrolment.domain.CheckedRow;
import org.huzhu.enrolment.domain.Enrolment;
import org.huzhu.enrolment.domain.EnrolmentImport;
import org.huzhu.enrolment.domain.EnrolmentPayment;
import org.huzhu.org.api.EnrollingUnion;
import org.huzhu.org.api.MemberRegistry;
import org.huzhu.org.api.NewMember;
import org.huzhu.plans.api.EnrolmentRules;
import org.huzhu.tenancy.api.Notices;
import org.huzhu.tenancy.api.RetriedOnConflict;
import org.huzhu.tenancy.api.TenantEntityManager;
import org.huzhu.tenancy.api.TenantSql;

/**
 * Writes a chunk of good rows in two transactions, so that the next chunk's people can be registered while this
 * chunk's enrolments are written (two connections, two cores of the database). First {@link #register}: the new people
 * into the registry, the known ones moved to the enrolling union. Then {@link #enrol}: one enrolment per member, plan
 * and term (one already there is left as it is), a notice to each (one outbox row per plan and number of units of the
 * chunk, built when sent by {@link EnrolmentNoticeList}), the office figures, and the import's progress. A crash between the two leaves
 * members registered and not yet enrolled, as a member registered any other way: the chunk runs again whole on
 * resuming, finds them registered, and enrols them.
 * A chunk or a payment the database refuses for a conflict (two writers adding to one day's figures: a deadlock, or
 * Galera's certification) is written again whole: all it does is in the database, and the chunk's progress check
 * keeps a chunk from counting twice.
 */
@ApplicationScoped
@RetriedOnConflict
public class EnrolmentWriter {

    static final String NOTICE_KIND = "ENROLMENT";

    @Inject
    TenantEntityManager entityManager;

    @Inject
    TenantSql sql;

    @Inject
    ImportStore store;

    @Inject
    MemberRegistry registry;

    @Inject
    Notices notices;

    @Inject
    org.huzhu.tenancy.api.TenantContext context;

    /** Observed synchronously in this transaction by read models (reporting). */
    @Inject
    Event<EnrolmentsSubmitted> submitted;

    @Inject
    Event<FeesPaid> feesPaid;

    /** A chunk's good rows and their people made ready to register (see {@link #prepare}). */
    public record Prepared(List<CheckedRow> rows, MemberRegistry.Prepared members) {
    }

    /**
     * Makes a chunk ready to enrol, outside any transaction: its people's hashes, ciphers and lookups, the work that
     * can go on while the chunk before is written.
     */
    public Prepared prepare(List<CheckedRow> rows, long unionId) {
        return new Prepared(rows, registry.prepare(rows.stream().map(r -> new NewMember(r.name(), r.idNumber(),
                blankToNull(r.phone()), blankToNull(r.cardNo()))).toList(), unionId));
    }

    /** Registers the chunk's new people and moves the known ones to the union; answers every member's id by hash. */
    @Transactional
    public Map<ByteBuffer, Long> register(Prepared chunk) {
        return registry.register(chunk.members());
    }

    /**
     * Enrols the chunk's members (registered by {@link #register}). Their earlier enrolments are looked up for every
     * member, those just registered too: between the two transactions another list may have enrolled them.
     */
    @Transactional
    public void enrol(long importId, EnrollingUnion union, Prepared chunk, Map<ByteBuffer, Long> members,
                      EnrolmentRules rules, int processed) {
        EnrolmentImport job = entityManager.get().find(EnrolmentImport.class, importId, LockModeType.PESSIMISTIC_WRITE);
        if (job.submittedRows() >= processed) {
            return;
        }
        ImportStore.Earlier earlier = store.earlier(members.values().stream().distinct().toList(), job.termStart());
        Set<String> enrolled = earlier.plans();
        Set<Long> known = earlier.members();
        List<EnrolmentsSubmitted.Line> lines = new ArrayList<>();
        List<Object[]> values = new ArrayList<>();
        Map<String, List<Long>> notified = new TreeMap<>(); // by reference: plan, units and term end
        LocalDateTime now = LocalDateTime.now();
        List<ByteBuffer> hashes = chunk.members().hashes();
        for (int i = 0; i < chunk.rows().size(); i++) {
            CheckedRow row = chunk.rows().get(i);
            long memberId = members.get(hashes.get(i));
            if (!enrolled.add(memberId + "|" + row.planCode())) {
                continue;
            }
            EnrolmentRules.Term term = rules.term(row.planCode(), job.termStart()).orElseThrow();
            values.add(new Object[] {memberId, row.planCode(), term.version(), job.termStart(), term.termEnd(),
                    row.units(), row.feeFen(), union.id(), union.code(), union.agencyId(), importId, now, 0L});
            notified.computeIfAbsent(EnrolmentNoticeList.reference(importId, processed, row.planCode(), row.units(),
                    term.termEnd()), r -> new ArrayList<>()).add(memberId);
            lines.add(new EnrolmentsSubmitted.Line(now.toLocalDate(), row.planCode(), union.agencyId(),
                    known.add(memberId), row.feeFen()));
        }
        sql.insert("enrolment", Enrolment.COLUMNS, values, TenantSql.KEEP_STORED);
        submitted.fire(new EnrolmentsSubmitted(context.tenant(), lines));
        notified.forEach((reference, ids) -> notices.enqueueList(NOTICE_KIND, reference, ids));
        job.submitted(processed, values.size());
    }

    /** Records a payment; once the fee is paid in full every enrolment of the list gets its cover start. */
    @Transactional
    public void pay(long importId, long amountFen, LocalDate paidOn, String reference, String by, Long agencyId) {
        EnrolmentImport job = entityManager.get().find(EnrolmentImport.class, importId, LockModeType.PESSIMISTIC_WRITE);
        EnrolmentPayment payment = new EnrolmentPayment(importId, amountFen, paidOn, reference, by);
        LocalDate coverStart = job.paid(amountFen, paidOn);
        entityManager.get().persist(payment);
        feesPaid.fire(new FeesPaid(context.tenant(), paidOn, agencyId, amountFen));
        if (coverStart != null) {
            entityManager.get().createQuery("update Enrolment e set e.coverStart = :start where e.importId = :id")
                    .setParameter("start", coverStart).setParameter("id", importId).executeUpdate();
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
