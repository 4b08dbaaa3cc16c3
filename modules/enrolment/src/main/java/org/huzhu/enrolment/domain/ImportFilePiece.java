package org.huzhu.enrolment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.huzhu.tenancy.api.TenantScopedEntity;

/** A piece (at most 1 MB before encryption) of an uploaded list, encrypted: the file holds ID numbers. */
@Entity
@Table(name = "enrolment_import_file")
public class ImportFilePiece extends TenantScopedEntity {

    public static final int SIZE = 1 << 20;

    @Column(name = "import_id", nullable = false)
    private long importId;
    @Column(nullable = false)
    private int piece;
    @Column(nullable = false)
    private byte[] content;

    protected ImportFilePiece() {
    }

    public ImportFilePiece(long importId, int piece, byte[] encrypted) {
        this.importId = importId;
        this.piece = piece;
        this.content = encrypted;
    }

    public byte[] content() {
        return content;
    }
}
