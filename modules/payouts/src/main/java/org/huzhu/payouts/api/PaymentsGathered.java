package org.huzhu.payouts.api;

import java.time.LocalDate;
import org.huzhu.kernel.tenant.TenantId;

/**
 * Payments put on a payout run by one gathered chunk (day: the run's payout day), fired synchronously inside the chunk's transaction so that a
 * read model kept by an observer (reporting) commits or rolls back with them.
 */
public record PaymentsGathered(TenantId tenant, LocalDate day, int count, long amountFen) {
}
