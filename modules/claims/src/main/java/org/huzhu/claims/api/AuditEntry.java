package org.huzhu.claims.api;

/**
 * One line of the append-only audit trail: who did what to which claim or payout run, when, and the state
 * and amount before and after (yuan as text; null where the action changes neither). The detail is stored as a
 * code with parameters ({@code detailCode}, null for a person's note or a line from before codes) and answered in
 * Chinese ({@code detail}, {@code zh}) and English ({@code en}).
 */
public record AuditEntry(String subject, long subjectId, String action, String actor, String at,
                         String statusBefore, String statusAfter, String amountBefore, String amountAfter,
                         String detail, String detailCode, String zh, String en) {

    public static final String CLAIM = "CLAIM";
    /** Payout-run lines written before payout runs kept their own history (payouts' payout_run_event). */
    public static final String PAYOUT_RUN = "PAYOUT_RUN";
}
