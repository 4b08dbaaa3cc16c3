package org.huzhu.claims.api;

import java.time.LocalDate;
import java.util.List;
import org.huzhu.kernel.tenant.TenantId;

/**
 * Claims marked paid by one chunk of a bank result file, fired synchronously inside that transaction (a read model
 * kept by an observer commits or rolls back with the payment). A claim whose payment failed is not in it; paid
 * later, it is in the event of that payment.
 */
public record ClaimsPaid(TenantId tenant, List<Line> lines) {

    public ClaimsPaid {
        lines = List.copyOf(lines);
    }

    /** @param agencyId the member's agency office, null when their union is under the city office directly */
    public record Line(LocalDate paidOn, String planCode, Long agencyId, LocalDate filedOn, LocalDate dueDate,
                       long amountFen) {
    }
}
