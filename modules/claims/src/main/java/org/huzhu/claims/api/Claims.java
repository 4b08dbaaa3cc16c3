package org.huzhu.claims.api;

import java.util.List;
import java.util.Optional;

/**
 * Claims of the current tenant, within the caller's org subtree. Every change of state and every amount is
 * written to the audit trail in the same transaction.
 */
public interface Claims {

    /**
     * Files a claim, runs the automatic checks and values it at once.
     *
     * @throws IllegalArgumentException naming the field when a fact is missing or malformed
     */
    ClaimView file(NewClaim claim, List<DocumentUpload> documents);

    /** Adds a document; a claim waiting for documents is checked again once none is missing. */
    ClaimView addDocument(long claimId, DocumentUpload document);

    Optional<ClaimView> find(long claimId);

    Optional<byte[]> documentContent(long claimId, long documentId);

    /** A member's claims, newest first; empty when the member is not in the caller's subtree. */
    Optional<List<ClaimView>> ofMember(long memberId);

    /** A member login's own claims; empty when the login is not linked to a member record. */
    Optional<List<ClaimView>> mine();

    /** The claims waiting for the caller: reviews at the caller's level and decisions to confirm, by due date. */
    List<ClaimQueueItem> queue(int limit);

    /** The first half of a manual decision (maker). */
    ClaimView propose(long claimId, Decision decision);

    /** The second half (checker): a different officer, within their approval limit, confirms or sends it back. */
    ClaimView confirm(long claimId, boolean agree, String note);

    /** A claim whose payment failed goes back on the next run once the member's card details are mended. */
    ClaimView retryPayment(long claimId);

    /** Flags overdue claims and moves overdue agency-level reviews up to the city office; returns how many moved. */
    int escalateOverdue();

    SlaFigures sla(String from, String to);

    List<AuditEntry> auditOf(String subject, long subjectId);
}
