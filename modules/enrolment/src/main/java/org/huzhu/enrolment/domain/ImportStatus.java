package org.huzhu.enrolment.domain;

/**
 * Where an enrolment import is: RECEIVED (stored, not checked yet), CHECKING, CHECKED (the clerk reviews),
 * SUBMITTING, SUBMITTED (members enrolled), FAILED (the file could not be read at all). CHECKING and
 * SUBMITTING resume after a restart from the last committed chunk.
 */
public enum ImportStatus {
    RECEIVED, CHECKING, CHECKED, SUBMITTING, SUBMITTED, FAILED;

    public boolean running() {
        return this == RECEIVED || this == CHECKING || this == SUBMITTING;
    }
}
