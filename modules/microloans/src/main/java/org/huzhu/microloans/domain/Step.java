package org.huzhu.microloans.domain;

import java.util.EnumSet;
import java.util.Set;
import org.huzhu.microloans.api.ApplicationStatus;

/**
 * What can be done to an application, and in which states: the whole state machine in one table, so a test can
 * try every step in every state.
 */
public enum Step {
    ADD_DOCUMENT(EnumSet.of(ApplicationStatus.FILED, ApplicationStatus.INVESTIGATED)),
    INVESTIGATE(EnumSet.of(ApplicationStatus.FILED)),
    DECIDE_GUARANTEE(EnumSet.of(ApplicationStatus.INVESTIGATED)),
    APPROVE_BY_BANK(EnumSet.of(ApplicationStatus.GUARANTEED)),
    DISBURSE(EnumSet.of(ApplicationStatus.BANK_APPROVED)),
    WITHDRAW(EnumSet.of(ApplicationStatus.FILED, ApplicationStatus.INVESTIGATED, ApplicationStatus.GUARANTEED,
            ApplicationStatus.BANK_APPROVED)),
    REJECT(EnumSet.of(ApplicationStatus.FILED, ApplicationStatus.INVESTIGATED, ApplicationStatus.GUARANTEED,
            ApplicationStatus.BANK_APPROVED));

    private final Set<ApplicationStatus> from;

    Step(Set<ApplicationStatus> from) {
        this.from = from;
    }

    public boolean allowedIn(ApplicationStatus status) {
        return from.contains(status);
    }
}
