package org.huzhu.claims.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.huzhu.tenancy.api.JobFailure;
import org.huzhu.tenancy.api.TenantScopedEntity;

/**
 * One settlement file and the job that turns its lines into claims. RECEIVED and RUNNING resume after a
 * restart from the last committed chunk; DONE and FAILED are final.
 */
@Entity
@Table(name = "settlement_import")
public class SettlementImport extends TenantScopedEntity {

    public static final String RECEIVED = "RECEIVED";
    public static final String RUNNING = "RUNNING";
    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";

    @Column(name = "plan_code") private String planCode;
    @Column(name = "benefit_code") private String benefitCode;
    @Column(name = "file_name") private String fileName;
    @Column(name = "file_sha256") private String fileSha256;
    private String status;
    @Column(name = "total_lines") private int totalLines;
    @Column(name = "processed_lines") private int processedLines;
    @Column(name = "claims_created") private int claimsCreated;
    private int approved;
    @Column(name = "in_review") private int inReview;
    private int rejected;
    @Column(name = "already_imported") private int alreadyImported;
    @Column(name = "bad_lines") private int badLines;
    @Column(name = "approved_fen") private long approvedFen;
    private String failure;
    @Column(name = "created_by") private String createdBy;
    @Column(name = "created_at") private LocalDateTime createdAt;
    @Column(name = "finished_at") private LocalDateTime finishedAt;

    protected SettlementImport() {
    }

    public SettlementImport(String planCode, String benefitCode, String fileName, String sha256, int totalLines,
                            String createdBy) {
        this.planCode = planCode;
        this.benefitCode = benefitCode;
        this.fileName = fileName;
        this.fileSha256 = sha256;
        this.totalLines = totalLines;
        this.createdBy = createdBy;
        this.createdAt = LocalDateTime.now();
        this.status = RECEIVED;
    }

    /** What one chunk did. */
    public record ChunkCounts(int approved, int inReview, int rejected, int alreadyImported, int badLines,
                              long approvedFen) {
    }

    /** A committed chunk: lines up to {@code processed} are done. */
    public void chunkDone(int processed, ChunkCounts c) {
        status = RUNNING;
        processedLines = processed;
        approved += c.approved();
        inReview += c.inReview();
        rejected += c.rejected();
        claimsCreated += c.approved() + c.inReview() + c.rejected();
        alreadyImported += c.alreadyImported();
        badLines += c.badLines();
        approvedFen += c.approvedFen();
    }

    public void finished(int lines) {
        status = DONE;
        totalLines = lines;
        processedLines = lines;
        finishedAt = LocalDateTime.now();
    }

    public void failed(JobFailure reason) {
        status = FAILED;
        failure = reason.stored();
        finishedAt = LocalDateTime.now();
    }

    /** A failed import tried again where its last committed chunk ended; only for a passing problem. */
    public void retry() {
        JobFailure.requireRetryable(FAILED.equals(status), failure);
        status = RUNNING;
        failure = null;
        finishedAt = null;
    }

    public boolean running() {
        return RECEIVED.equals(status) || RUNNING.equals(status);
    }

    public String planCode() { return planCode; }
    public String benefitCode() { return benefitCode; }
    public String fileName() { return fileName; }
    public String fileSha256() { return fileSha256; }
    public String status() { return status; }
    public int totalLines() { return totalLines; }
    public int processedLines() { return processedLines; }
    public int claimsCreated() { return claimsCreated; }
    public int approved() { return approved; }
    public int inReview() { return inReview; }
    public int rejected() { return rejected; }
    public int alreadyImported() { return alreadyImported; }
    public int badLines() { return badLines; }
    public long approvedFen() { return approvedFen; }
    public String failure() { return failure; }
    public String createdBy() { return createdBy; }
    public LocalDateTime createdAt() { return createdAt; }
    public LocalDateTime finishedAt() { return finishedAt; }
}
