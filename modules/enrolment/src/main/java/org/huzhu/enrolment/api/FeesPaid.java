package org.huzhu.enrolment.api;

import java.time.LocalDate;
import org.huzhu.kernel.tenant.TenantId;

/**
 * A payment recorded against a list's fee statement, fired synchronously inside the transaction recording it.
 *
 * @param agencyId the agency office of the list's union, null when the union enrols with the city office
 */
public record FeesPaid(TenantId tenant, LocalDate paidOn, Long agencyId, long amountFen) {
}
