package org.huzhu.claims.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.huzhu.kernel.text.BoundedText;
import org.huzhu.tenancy.api.TenantScopedEntity;

/** A receipt or other document of a claim: kept encrypted, with the SHA-256 of its plain bytes. */
@Entity
@Table(name = "claim_document")
public class ClaimDocument extends TenantScopedEntity {

    @Column(name = "claim_id") private long claimId;
    @Column(name = "doc_type") private String type;
    @Column(name = "file_name") private String fileName;
    @Column(name = "content_type") private String contentType;
    @Column(name = "size_bytes") private long size;
    private String sha256;
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content_cipher") private byte[] contentCipher;
    @Column(name = "uploaded_by") private String uploadedBy;
    @Column(name = "uploaded_at") private LocalDateTime uploadedAt;
    private String implausible;

    protected ClaimDocument() {
    }

    public ClaimDocument(long claimId, String type, String fileName, String contentType, long size, String sha256,
                         byte[] contentCipher, String uploadedBy, LocalDateTime uploadedAt) {
        this.claimId = claimId;
        this.type = type;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = size;
        this.sha256 = sha256;
        this.contentCipher = contentCipher;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    /** Why the document does not look like a receipt (its claim goes to a person), or null. */
    public void doubted(String why) {
        implausible = why == null ? null : BoundedText.cut(why, 300);
    }

    public String implausible() { return implausible; }
    public long claimId() { return claimId; }
    public String type() { return type; }
    public String fileName() { return fileName; }
    public String contentType() { return contentType; }
    public long size() { return size; }
    public String sha256() { return sha256; }
    public byte[] contentCipher() { return contentCipher; }
}
