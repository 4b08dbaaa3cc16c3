package org.huzhu.claims.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.huzhu.tenancy.api.TenantScopedEntity;

/** A piece (at most 1 MB before encryption) of a settlement file, encrypted: it holds IDs and medical data. */
@Entity
@Table(name = "settlement_import_file")
public class SettlementFilePiece extends TenantScopedEntity {

    public static final int SIZE = 1 << 20;

    @Column(name = "import_id") private long importId;
    private int piece;
    private byte[] content;

    protected SettlementFilePiece() {
    }

    public SettlementFilePiece(long importId, int piece, byte[] encrypted) {
        this.importId = importId;
        this.piece = piece;
        this.content = encrypted;
    }

    public byte[] content() {
        return content;
    }
}
