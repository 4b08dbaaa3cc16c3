package org.huzhu.campaigns.api.giveaway;

/** The answer a member gets at once when grabbing. */
public enum GrabOutcome {
    /** A ticket is held for the member (also the answer to a retry of a grab that won). */
    WON,
    /** The pool is empty but holds are open: the member is next in line when one lapses. */
    WAITLISTED,
    SOLD_OUT,
    NOT_ELIGIBLE,
    LIMIT_REACHED,
    QUIZ_WRONG,
    NOT_OPEN,
    CLOSED
}
