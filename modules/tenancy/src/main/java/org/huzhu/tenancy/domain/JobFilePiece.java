package org.huzhu.tenancy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.huzhu.tenancy.api.TenantScopedEntity;

/** A piece (at most 1 MB before encryption) of a job's file, encrypted. */
@Entity
@Table(name = "job_file")
public class JobFilePiece extends TenantScopedEntity {

    @Column(name = "job_kind") private String jobKind;
    @Column(name = "job_id") private long jobId;
    private int piece;
    private byte[] content;

    protected JobFilePiece() {
    }

    public JobFilePiece(String jobKind, long jobId, int piece, byte[] encrypted) {
        this.jobKind = jobKind;
        this.jobId = jobId;
        this.piece = piece;
        this.content = encrypted;
    }

    public byte[] content() {
        return content;
    }
}
