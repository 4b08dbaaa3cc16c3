package org.huzhu.claims.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The office's claim policy as tenant-config sets it (one row per tenant, keyed by the tenant id like the
 * tenant row itself): review share and line, approval limits, document plausibility. (Its payout_weekday column
 * is no longer read: the payout day is the payouts module's own setting, payout_policy.)
 */
@Entity
@Table(name = "claim_policy")
public class ClaimPolicy {

    @Id
    @Column(name = "tenant_id") private String tenantId;
    @Column(name = "review_percent") private int reviewPercent;
    @Column(name = "review_above_fen") private long reviewAboveFen;
    private String limits;
    @Column(name = "document_min_bytes") private int documentMinBytes;
    @Column(name = "image_min_pixels") private int imageMinPixels;
    @Column(name = "pdf_min_text_chars") private int pdfMinTextChars;

    protected ClaimPolicy() {
    }

    public ReviewPolicy review() {
        return new ReviewPolicy(reviewPercent, reviewAboveFen);
    }

    public ApprovalLimits approvalLimits() {
        return ApprovalLimits.parse(limits);
    }

    public DocumentPlausibility documents() {
        return new DocumentPlausibility(documentMinBytes, imageMinPixels, pdfMinTextChars);
    }
}
