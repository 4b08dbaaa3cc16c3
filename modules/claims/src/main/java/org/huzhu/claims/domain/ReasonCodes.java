package org.huzhu.claims.domain;

/** The reason codes of the automatic checks (the engine's own codes, e.g. WAITING_PERIOD, pass through). */
public final class ReasonCodes {
    public static final String NO_ENROLMENT = "NO_ENROLMENT";
    public static final String NOT_PAID = "NOT_PAID";
    public static final String NOT_ELIGIBLE = "NOT_ELIGIBLE";
    public static final String DUPLICATE_RECEIPT = "DUPLICATE_RECEIPT";
    public static final String DOCUMENTS_MISSING = "DOCUMENTS_MISSING";
    /** A document that does not look like a receipt (too small, no text or pictures, a few pixels): review. */
    public static final String DOCUMENT_IMPLAUSIBLE = "DOCUMENT_IMPLAUSIBLE";
    public static final String NOTHING_PAYABLE = "NOTHING_PAYABLE";
    public static final String VALUATION = "VALUATION";
    public static final String REVIEW_SAMPLE = "REVIEW_SAMPLE";
    public static final String REVIEW_AMOUNT = "REVIEW_AMOUNT";
    public static final String MANUAL_REJECTION = "MANUAL_REJECTION";

    private ReasonCodes() {
    }
}
