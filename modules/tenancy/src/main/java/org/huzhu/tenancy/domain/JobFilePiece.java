package org.huzhu.tenancy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.huzhu.tenancy.api.TenantScopedEntity;

/** A piece (at most 1 MB of the file) of a job's file, deflated and encrypted. */
@Entity
@Table(name = "job_file")
public class JobFilePiece extends TenantScopedEntity {

    @Column(name = "job_kind") private String jobKind;
    @Column(name = "job_id") private long jobId;
    private int piece;
    private boolean deflated;
    private byte[] content;

    protected JobFilePiece() {
    }

    public JobFilePiece(String jobKind, long jobId, int piece, boolean deflated, byte[] encrypted) {
        this.jobKind = jobKind;
        this.jobId = jobId;
        this.piece = piece;
        this.deflated = deflated;
        this.content = encrypted;
    }

    /** Whether the content was deflated before it was encrypted (pieces stored before V1_004 were not). */
    public boolean deflated() {
        return deflated;
    }

    public byte[] content() {
        return content;
    }
}
