package org.huzhu.relief.domain;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDateTime;
import org.huzhu.tenancy.api.TenantScopedEntity;

/**
 * A list the payout runs pay once it is approved (a secondary aid run, a condolence item): defined, computed
 * (again, until approved) into lines within the budget and lines cut, with their counts and totals, then approved
 * by someone other than its creator (four eyes).
 */
@MappedSuperclass
public abstract class PayableList extends TenantScopedEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AidRunStatus status;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;
    @Column(name = "computed_at")
    private LocalDateTime computedAt;
    @Column(name = "approved_by")
    private String approvedBy;
    @Column(name = "approved_at")
    private LocalDateTime approvedAt;
    @Column(name = "line_count", nullable = false)
    private int lineCount;
    @Column(name = "lines_within", nullable = false)
    private int linesWithin;
    @Column(name = "total_within_fen", nullable = false)
    private long totalWithinFen;
    @Column(name = "lines_cut", nullable = false)
    private int linesCut;
    @Column(name = "total_cut_fen", nullable = false)
    private long totalCutFen;

    protected PayableList() {
    }

    protected PayableList(String createdBy, LocalDateTime createdAt) {
        this.status = AidRunStatus.DEFINED;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** The lines just written, as amounts within the budget and amounts cut. */
    protected void computed(long[] withinFen, long[] cutFen, LocalDateTime at) {
        this.status = AidRunStatus.COMPUTED;
        this.computedAt = at;
        this.linesWithin = withinFen.length;
        this.linesCut = cutFen.length;
        this.lineCount = linesWithin + linesCut;
        this.totalWithinFen = java.util.Arrays.stream(withinFen).sum();
        this.totalCutFen = java.util.Arrays.stream(cutFen).sum();
    }

    /** Four eyes: a computed list is approved by someone other than its creator. */
    public boolean mayBeApprovedBy(String who) {
        return status == AidRunStatus.COMPUTED && !createdBy.equals(who);
    }

    public void approve(String who, LocalDateTime at) {
        if (!mayBeApprovedBy(who)) {
            throw new IllegalStateException(getClass().getSimpleName() + " " + id() + " cannot be approved by " + who);
        }
        this.status = AidRunStatus.APPROVED;
        this.approvedBy = who;
        this.approvedAt = at;
    }

    public AidRunStatus status() { return status; }
    public String createdBy() { return createdBy; }
    public LocalDateTime createdAt() { return createdAt; }
    public LocalDateTime computedAt() { return computedAt; }
    public String approvedBy() { return approvedBy; }
    public LocalDateTime approvedAt() { return approvedAt; }
    public int lineCount() { return lineCount; }
    public int linesWithin() { return linesWithin; }
    public long totalWithinFen() { return totalWithinFen; }
    public int linesCut() { return linesCut; }
    public long totalCutFen() { return totalCutFen; }
}
