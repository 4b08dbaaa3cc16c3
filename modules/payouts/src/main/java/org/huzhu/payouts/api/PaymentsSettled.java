package org.huzhu.payouts.api;

import java.time.LocalDate;
import org.huzhu.kernel.tenant.TenantId;

/**
 * Payments the bank's result file settled in one applied chunk: paid to the member's card (直赔到卡) or failed.
 * Fired synchronously inside the chunk's transaction so that a read model commits or rolls back with them.
 */
public record PaymentsSettled(TenantId tenant, LocalDate day, int paidCount, long paidFen, int failedCount,
                              long failedFen) {
}
