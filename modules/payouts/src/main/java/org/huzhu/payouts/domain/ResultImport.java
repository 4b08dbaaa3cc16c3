package org.huzhu.payouts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.huzhu.tenancy.api.JobFailure;
import org.huzhu.tenancy.api.TenantScopedEntity;

/**
 * A bank result file taken for a run, applied a chunk of valid lines at a time: {@code appliedLines} moves
 * with the chunk's payments in one transaction, so a resumed import skips what was applied.
 */
@Entity
@Table(name = "payout_result_import")
public class ResultImport extends TenantScopedEntity {

    public static final String RECEIVED = "RECEIVED";
    public static final String DONE = "DONE";
    /** Gave up (its reason kept): the same file may be imported again, as a new import. */
    public static final String FAILED = "FAILED";

    @Column(name = "run_id", nullable = false)
    private long runId;
    @Column(nullable = false)
    private String status;
    @Column(nullable = false)
    private String sha256;
    @Column(nullable = false)
    private String content;
    @Column(name = "total_lines")
    private int totalLines;
    @Column(name = "valid_lines")
    private int validLines;
    @Column(name = "applied_lines")
    private int appliedLines;
    private int paid;
    private int failed;
    private int unchanged;
    @Column(name = "imported_by", nullable = false)
    private String importedBy;
    @Column(name = "imported_at", nullable = false)
    private LocalDateTime importedAt;
    @Column(name = "finished_at")
    private LocalDateTime finishedAt;
    private String failure;

    protected ResultImport() {
    }

    public ResultImport(long runId, String sha256, String content, int totalLines, int validLines, String by) {
        this.runId = runId;
        this.status = RECEIVED;
        this.sha256 = sha256;
        this.content = content;
        this.totalLines = totalLines;
        this.validLines = validLines;
        this.importedBy = by;
        this.importedAt = LocalDateTime.now();
    }

    public void applied(int lines, int paidNow, int failedNow, int unchangedNow) {
        appliedLines = lines;
        paid += paidNow;
        failed += failedNow;
        unchanged += unchangedNow;
    }

    public void done() {
        status = DONE;
        finishedAt = LocalDateTime.now();
    }

    public void failed(JobFailure reason) {
        status = FAILED;
        failure = reason.stored();
        finishedAt = LocalDateTime.now();
    }

    public boolean finished() {
        return DONE.equals(status) || FAILED.equals(status);
    }

    public String failure() { return failure; }
    public long runId() { return runId; }
    public String status() { return status; }
    public String sha256() { return sha256; }
    public String content() { return content; }
    public int totalLines() { return totalLines; }
    public int validLines() { return validLines; }
    public int appliedLines() { return appliedLines; }
    public int paid() { return paid; }
    public int failed() { return failed; }
    public int unchanged() { return unchanged; }
    public String importedBy() { return importedBy; }
}
