package org.huzhu.enrolment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.huzhu.tenancy.api.JobFailure;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.huzhu.tenancy.api.TenantScopedEntity;

/**
 * One enrolment list a clerk uploaded for a grassroots union and a term, and the job that checks it and,
 * once the clerk submits, enrols its good rows. Counters move forward one committed chunk at a time.
 */
@Entity
@Table(name = "enrolment_import")
public class EnrolmentImport extends TenantScopedEntity {

    @Column(name = "union_id", nullable = false)
    private long unionId;
    @Column(name = "union_code", nullable = false)
    private String unionCode;
    @Column(name = "term_start", nullable = false)
    private LocalDate termStart;
    @Column(name = "file_name", nullable = false)
    private String fileName;
    @Column(name = "file_kind", nullable = false)
    private String fileKind;
    @Column(name = "file_sha256", nullable = false)
    private byte[] fileSha256;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ImportStatus status;
    @Column(name = "total_rows")
    private int totalRows;
    @Column(name = "checked_rows")
    private int checkedRows;
    @Column(name = "good_rows")
    private int goodRows;
    @Column(name = "bad_rows")
    private int badRows;
    @Column(name = "other_union_rows")
    private int otherUnionRows;
    /** The first {@link #NAMED_ROWS} of those rows' numbers, comma-separated, in file order. */
    @Column(name = "other_union_first")
    private String otherUnionFirst;
    @Column(name = "submitted_rows")
    private int submittedRows;
    @Column(name = "enrolled_rows")
    private int enrolledRows;
    @Column(name = "fee_fen")
    private long feeFen;
    @Column(name = "paid_fen")
    private long paidFen;
    @Column(name = "paid_in_full_on")
    private LocalDate paidInFullOn;
    private String failure;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;
    @Column(name = "submitted_by")
    private String submittedBy;
    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    /** How many rows a warning names; the rest it counts. */
    public static final int NAMED_ROWS = 20;

    protected EnrolmentImport() {
    }

    public EnrolmentImport(long unionId, String unionCode, LocalDate termStart, String fileName, FileKind kind,
                           byte[] sha256, String createdBy) {
        this.unionId = unionId;
        this.unionCode = unionCode;
        this.termStart = termStart;
        this.fileName = fileName;
        this.fileKind = kind.name();
        this.fileSha256 = sha256.clone();
        this.status = ImportStatus.RECEIVED;
        this.createdBy = createdBy;
        this.createdAt = LocalDateTime.now();
    }

    /** The number of member rows, counted when the file was received. */
    public void counted(int rows) {
        totalRows = rows;
    }

    /** A checked chunk: rows up to {@code lastRow} are done. */
    public void checked(int lastRow, int good, int bad, long fee) {
        status = ImportStatus.CHECKING;
        checkedRows = lastRow;
        goodRows += good;
        badRows += bad;
        feeFen += fee;
    }

    /** A checked chunk's rows whose 基层工会 names another union (in file order). */
    public void otherUnionRows(List<Integer> rows) {
        List<Integer> named = new ArrayList<>(otherUnionRowsNamed());
        rows.stream().limit(Math.max(0, NAMED_ROWS - named.size())).forEach(named::add);
        otherUnionRows += rows.size();
        otherUnionFirst = named.isEmpty() ? null
                : named.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
    }

    public List<Integer> otherUnionRowsNamed() {
        if (otherUnionFirst == null || otherUnionFirst.isBlank()) {
            return List.of();
        }
        return Arrays.stream(otherUnionFirst.split(",")).map(Integer::valueOf).toList();
    }

    public void checkFinished(int rows) {
        status = ImportStatus.CHECKED;
        totalRows = rows;
        checkedRows = rows;
    }

    public void failed(JobFailure reason) {
        status = ImportStatus.FAILED;
        failure = reason.stored();
    }

    /**
     * A failed list tried again where it stopped: enrolling if it was submitted, else checking (its committed
     * chunks are passed over).
     */
    public void retry() {
        JobFailure.requireRetryable(status == ImportStatus.FAILED, failure);
        status = submittedBy != null ? ImportStatus.SUBMITTING : ImportStatus.CHECKING;
        failure = null;
    }

    public void submit(String by) {
        if (status != ImportStatus.CHECKED) {
            throw new IllegalStateException("only a checked list can be submitted; this one is " + status);
        }
        status = ImportStatus.SUBMITTING;
        submittedBy = by;
        submittedAt = LocalDateTime.now();
    }

    /** A submitted chunk: rows up to {@code lastRow} are done, {@code enrolled} new enrolments were made. */
    public void submitted(int lastRow, int enrolled) {
        submittedRows = lastRow;
        enrolledRows += enrolled;
    }

    public void submitFinished() {
        status = ImportStatus.SUBMITTED;
        submittedRows = totalRows;
    }

    /**
     * Records a payment; returns the day cover starts once the fee is paid in full (the later of the term
     * start and the day the last of the fee came in), or null while part of it is still owed.
     */
    public LocalDate paid(long amountFen, LocalDate paidOn) {
        if (status != ImportStatus.SUBMITTED) {
            throw new IllegalStateException("a payment is recorded against a submitted list; this one is " + status);
        }
        paidFen += amountFen;
        if (paidInFullOn == null && paidFen >= feeFen) {
            paidInFullOn = paidOn;
            return paidOn.isAfter(termStart) ? paidOn : termStart;
        }
        return null;
    }

    public long unionId() { return unionId; }
    public String unionCode() { return unionCode; }
    public LocalDate termStart() { return termStart; }
    public String fileName() { return fileName; }
    public FileKind fileKind() { return FileKind.valueOf(fileKind); }
    public ImportStatus status() { return status; }
    public int totalRows() { return totalRows; }
    public int checkedRows() { return checkedRows; }
    public int goodRows() { return goodRows; }
    public int badRows() { return badRows; }
    public int submittedRows() { return submittedRows; }
    public int otherUnionRows() { return otherUnionRows; }
    public int enrolledRows() { return enrolledRows; }
    public long feeFen() { return feeFen; }
    public long paidFen() { return paidFen; }
    public LocalDate paidInFullOn() { return paidInFullOn; }
    public String failure() { return failure; }
    public String createdBy() { return createdBy; }
    public LocalDateTime createdAt() { return createdAt; }
    public LocalDateTime submittedAt() { return submittedAt; }
}
