package org.huzhu.claims.api;

import java.util.List;

/**
 * A claim as the clerk, the officer and the member see it: its facts, the checks with their reason codes, the
 * amount with the engine's line-by-line explanation, the decision, the SLA due date and the payment. Amounts
 * are yuan as text; personal data appears only masked. Texts the checks wrote are answered in Chinese
 * ({@code reasonMessage}, a check's {@code message}) and English ({@code reasonEn}, a check's {@code en}).
 */
public record ClaimView(long id, long memberId, String memberName, String planCode, String planName,
                        String benefitCode, String channel, String eventDate, Facts facts, ClaimStatus status,
                        String reviewLevel, String reasonCode, String reasonMessage, String reasonEn,
                        List<CheckView> checks,
                        String assessed, String approved, List<StepView> explanation, String filedBy,
                        String filedOn, String dueDate, boolean overdue, boolean escalated, Proposal proposal,
                        List<DocumentView> documents, List<DocumentType> missingDocuments, Long payoutRunId,
                        String paidOn, String paymentFailure) {

    /** The facts the benefit was valued on. */
    public record Facts(String diseaseCode, Integer disabilityGrade, boolean death, String admission,
                        String discharge, String selfPaid, String invoiceNo) {
    }

    /** One automatic check: PASS, REVIEW or FAIL, with its reason code and its message in Chinese and English. */
    public record CheckView(String code, String outcome, String message, String en) {
    }

    /** One line of the valuation, as the plan engine explains it. */
    public record StepView(String rule, String zh, String en, String before, String after) {
    }

    /** A decision entered by one officer and waiting for a second. */
    public record Proposal(String by, String outcome, String amount, String note) {
    }

    /** A stored document: its SHA-256 is what the duplicate-receipt check compares. */
    public record DocumentView(long id, String type, String fileName, String contentType, long size, String sha256) {
    }
}
