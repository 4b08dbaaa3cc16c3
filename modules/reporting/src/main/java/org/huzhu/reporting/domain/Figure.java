package org.huzhu.reporting.domain;

/**
 * What a read-model row counts: a number of things ({@code cnt}) and, where money moves, its amount in fen.
 * A module joining the reports (relief, microloans, campaigns) adds its figures here and an observer of its
 * events; the tables need no change.
 */
public enum Figure {
    /** Person-enrolments written (by the day of submission); fen: the fees they owe. */
    ENROLMENTS,
    /** Members enrolled for the first time (counted with their first enrolment). */
    NEW_MEMBERS,
    /** Fee payments recorded (by the day the money came in); not split by plan. */
    FEES_COLLECTED,
    /** Claims filed or imported (by the filing day). */
    CLAIMS_FILED,
    /** Claims paid: aided person-times and amounts (by the paying day). */
    CLAIMS_PAID,
    /** Claims paid on or before their due date. */
    CLAIMS_PAID_BY_DUE,
    /** Claims paid within 10 working days of filing (the tenant's calendar). */
    CLAIMS_PAID_IN_10_DAYS,
    /** Payments put on a payout run (by the run's payout day); not split by plan. */
    PAYMENTS_GATHERED,
    /** Payments the bank paid straight to the member's card (直赔到卡); not split by plan. */
    PAYMENTS_PAID,
    /** Payments the bank could not make. */
    PAYMENTS_FAILED
}
