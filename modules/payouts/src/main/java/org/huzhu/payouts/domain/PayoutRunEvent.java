package org.huzhu.payouts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.huzhu.tenancy.api.TenantScopedEntity;

/**
 * One line of a run's history (append only: the table refuses updates and deletes): the event, who, when, the
 * run's status before and after and its counters at that moment. Codes and numbers only; the portal translates.
 * Written in the transaction that makes the change, so the history never misses nor invents a step.
 */
@Entity
@Table(name = "payout_run_event")
public class PayoutRunEvent extends TenantScopedEntity {

    /** What happened to a run. */
    public enum Kind {
        CREATED, GATHERED, GATHERING_FAILED, GATHERING_RETRIED, APPROVED, FILE_ISSUED, RESULT_IMPORTED,
        RESULT_FAILED, SETTLED
    }

    @Column(name = "run_id", nullable = false)
    private long runId;
    @Column(nullable = false)
    private String event;
    @Column(nullable = false)
    private String actor;
    @Column(nullable = false)
    private LocalDateTime at;
    // text, not the enum: lines copied from the claims audit trail are kept as they were written
    @Column(name = "status_before")
    private String statusBefore;
    @Column(name = "status_after")
    private String statusAfter;
    @Column(name = "payment_count")
    private Integer paymentCount;
    @Column(name = "total_fen")
    private Long totalFen;
    @Column(name = "paid_count")
    private Integer paidCount;
    @Column(name = "paid_fen")
    private Long paidFen;
    @Column(name = "failed_count")
    private Integer failedCount;
    @Column(name = "failed_fen")
    private Long failedFen;
    @Column(name = "import_id")
    private Long importId;
    @Column(name = "file_sha256")
    private String fileSha256;

    protected PayoutRunEvent() {
    }

    /** The event, with the run as it is now (after the change) and its status before. */
    public static PayoutRunEvent of(PayoutRun run, Kind kind, String actor, RunStatus before) {
        PayoutRunEvent e = new PayoutRunEvent();
        e.runId = run.id();
        e.event = kind.name();
        e.actor = actor;
        e.at = LocalDateTime.now();
        e.statusBefore = before == null ? null : before.name();
        e.statusAfter = run.status().name();
        e.paymentCount = run.paymentCount();
        e.totalFen = run.totalFen();
        e.paidCount = run.paidCount();
        e.paidFen = run.paidFen();
        e.failedCount = run.failedCount();
        e.failedFen = run.failedFen();
        return e;
    }

    /** The result file the event is about. */
    public PayoutRunEvent withImport(long id) {
        importId = id;
        return this;
    }

    /** The bank file the event is about. */
    public PayoutRunEvent withFile(String sha256) {
        fileSha256 = sha256;
        return this;
    }

    public long runId() { return runId; }
    /** The event's code: a {@link Kind}, or an older code copied from the claims audit trail. */
    public String event() { return event; }
    public String actor() { return actor; }
    public LocalDateTime at() { return at; }
    public String statusBefore() { return statusBefore; }
    public String statusAfter() { return statusAfter; }
    public Integer paymentCount() { return paymentCount; }
    public Long totalFen() { return totalFen; }
    public Integer paidCount() { return paidCount; }
    public Long paidFen() { return paidFen; }
    public Integer failedCount() { return failedCount; }
    public Long failedFen() { return failedFen; }
    public Long importId() { return importId; }
    public String fileSha256() { return fileSha256; }
}
