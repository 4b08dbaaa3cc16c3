package org.huzhu.payouts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.huzhu.tenancy.api.JobFailure;
import org.huzhu.tenancy.api.Refused;
import org.huzhu.tenancy.api.TenantScopedEntity;

/**
 * A payout run (周赔). Its counters move with its payments in the same transaction: the total is always the
 * sum of its payments, and paid plus failed plus pending is its count.
 */
@Entity
@Table(name = "payout_run")
public class PayoutRun extends TenantScopedEntity {

    public static final String MANUAL = "MANUAL";
    public static final String SCHEDULED = "SCHEDULED";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RunStatus status;
    @Column(name = "run_trigger", nullable = false)
    private String trigger;
    @Column(name = "scheduled_on")
    private LocalDate scheduledOn;
    @Column(name = "payout_date", nullable = false)
    private LocalDate payoutDate;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;
    @Column(name = "gathered_chunks")
    private int gatheredChunks;
    @Column(name = "payment_count")
    private int paymentCount;
    @Column(name = "total_fen")
    private long totalFen;
    @Column(name = "paid_count")
    private int paidCount;
    @Column(name = "paid_fen")
    private long paidFen;
    @Column(name = "failed_count")
    private int failedCount;
    @Column(name = "failed_fen")
    private long failedFen;
    @Column(name = "approved_by")
    private String approvedBy;
    @Column(name = "approved_at")
    private LocalDateTime approvedAt;
    @Column(name = "file_sha256")
    private String fileSha256;
    @Column(name = "file_issued_by")
    private String fileIssuedBy;
    @Column(name = "file_issued_at")
    private LocalDateTime fileIssuedAt;
    @Column(name = "file_issues")
    private int fileIssues;
    private String failure;
    @Column(name = "settled_at")
    private LocalDateTime settledAt;

    protected PayoutRun() {
    }

    private PayoutRun(String trigger, LocalDate scheduledOn, LocalDate payoutDate, String createdBy) {
        this.status = RunStatus.GATHERING;
        this.trigger = trigger;
        this.scheduledOn = scheduledOn;
        this.payoutDate = payoutDate;
        this.createdBy = createdBy;
        this.createdAt = LocalDateTime.now();
    }

    public static PayoutRun manual(LocalDate today, String by) {
        return new PayoutRun(MANUAL, null, today, by);
    }

    /** The run of a tenant's payout day, made by the schedule: at most one a day (unique key). */
    public static PayoutRun scheduled(LocalDate day, String by) {
        return new PayoutRun(SCHEDULED, day, day, by);
    }

    /** A committed chunk of gathered payments. */
    public void gathered(int count, long fen) {
        requireStatus(RunStatus.GATHERING);
        gatheredChunks++;
        paymentCount += count;
        totalFen += fen;
    }

    public void gatheringFinished() {
        requireStatus(RunStatus.GATHERING);
        status = paymentCount == 0 ? RunStatus.EMPTY : RunStatus.GATHERED;
    }

    /** Four eyes: whoever created (or scheduled) the run cannot approve it. */
    public void approve(String by) {
        if (status != RunStatus.GATHERED) {
            throw Refused.conflict("payouts.refused.notGathered", String.valueOf(id()), status.name());
        }
        if (by.equals(createdBy)) {
            throw Refused.conflict("payouts.refused.fourEyes");
        }
        status = RunStatus.APPROVED;
        approvedBy = by;
        approvedAt = LocalDateTime.now();
    }

    /** The bank file was written for download; while no result came back it may be downloaded again. */
    public void fileIssued(String sha256, String by) {
        if (status != RunStatus.APPROVED && !(status == RunStatus.FILE_ISSUED && paidCount + failedCount == 0)) {
            throw Refused.conflict("payouts.refused.noBankFile", String.valueOf(id()), status.name());
        }
        status = RunStatus.FILE_ISSUED;
        fileSha256 = sha256;
        fileIssuedBy = by;
        fileIssuedAt = LocalDateTime.now();
        fileIssues++;
    }

    /** Gathering gave up: the claims already on the run stay on it; a retry gathers on from there. */
    public void gatheringFailed(JobFailure reason) {
        if (status == RunStatus.GATHERING) {
            status = RunStatus.FAILED;
            failure = reason.stored();
        }
    }

    public void retryGathering() {
        JobFailure.requireRetryable(status == RunStatus.FAILED, failure);
        status = RunStatus.GATHERING;
        failure = null;
    }

    public String failure() { return failure; }

    public void settling() {
        if (status != RunStatus.FILE_ISSUED && status != RunStatus.SETTLING) {
            throw Refused.conflict("payouts.refused.noResults", String.valueOf(id()), status.name());
        }
        status = RunStatus.SETTLING;
    }

    public void paid(int count, long fen) {
        paidCount += count;
        paidFen += fen;
    }

    public void failed(int count, long fen) {
        failedCount += count;
        failedFen += fen;
    }

    /**
     * A result file is applied: settled when no payment waits any more; else SETTLING while other result files of
     * the run are still being applied ({@code othersApplying}), FILE_ISSUED (waiting for more results) when none
     * is. Whichever of two files imported at once finishes last settles the run.
     */
    public void resultApplied(boolean othersApplying) {
        if (status != RunStatus.SETTLING) {
            return;
        }
        if (pendingCount() == 0) {
            status = RunStatus.SETTLED;
            settledAt = LocalDateTime.now();
        } else if (!othersApplying) {
            status = RunStatus.FILE_ISSUED;
        }
    }

    private void requireStatus(RunStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("run " + id() + " is " + status + ", not " + expected);
        }
    }

    public int pendingCount() {
        return paymentCount - paidCount - failedCount;
    }

    public RunStatus status() { return status; }
    public String trigger() { return trigger; }
    public LocalDate payoutDate() { return payoutDate; }
    public String createdBy() { return createdBy; }
    public LocalDateTime createdAt() { return createdAt; }
    public int gatheredChunks() { return gatheredChunks; }
    public int paymentCount() { return paymentCount; }
    public long totalFen() { return totalFen; }
    public int paidCount() { return paidCount; }
    public long paidFen() { return paidFen; }
    public int failedCount() { return failedCount; }
    public long failedFen() { return failedFen; }
    public String approvedBy() { return approvedBy; }
    public LocalDateTime approvedAt() { return approvedAt; }
    public String fileSha256() { return fileSha256; }
    public String fileIssuedBy() { return fileIssuedBy; }
    public LocalDateTime fileIssuedAt() { return fileIssuedAt; }
    public int fileIssues() { return fileIssues; }
    public LocalDateTime settledAt() { return settledAt; }
}
