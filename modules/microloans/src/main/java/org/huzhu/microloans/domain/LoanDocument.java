package org.huzhu.microloans.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.huzhu.microloans.api.LoanDocumentKind;
import org.huzhu.tenancy.api.TenantScopedEntity;

/** A document of an application (licence, founder's ID, business plan): encrypted, with its SHA-256. */
@Entity
@Table(name = "loan_document")
public class LoanDocument extends TenantScopedEntity {

    @Column(name = "application_id") private long applicationId;
    @Enumerated(EnumType.STRING) private LoanDocumentKind kind;
    @Column(name = "file_name") private String fileName;
    @Column(name = "content_type") private String contentType;
    @Column(name = "size_bytes") private long size;
    private String sha256;
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content_cipher") private byte[] contentCipher;
    @Column(name = "uploaded_by") private String uploadedBy;
    @Column(name = "uploaded_at") private LocalDateTime uploadedAt;

    protected LoanDocument() {
    }

    public LoanDocument(long applicationId, LoanDocumentKind kind, String fileName, String contentType, long size,
                        String sha256, byte[] contentCipher, String uploadedBy, LocalDateTime uploadedAt) {
        this.applicationId = applicationId;
        this.kind = kind;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = size;
        this.sha256 = sha256;
        this.contentCipher = contentCipher;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public long applicationId() { return applicationId; }
    public LoanDocumentKind kind() { return kind; }
    public String fileName() { return fileName; }
    public String contentType() { return contentType; }
    public long size() { return size; }
    public String sha256() { return sha256; }
    public byte[] contentCipher() { return contentCipher; }
    public String uploadedBy() { return uploadedBy; }
    public LocalDateTime uploadedAt() { return uploadedAt; }
}
