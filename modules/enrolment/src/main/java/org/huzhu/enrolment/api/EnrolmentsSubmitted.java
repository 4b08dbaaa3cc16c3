package org.huzhu.enrolment.api;

import java.time.LocalDate;
import java.util.List;
import org.huzhu.kernel.tenant.TenantId;

/**
 * Enrolments written by one submitted chunk of a list, fired synchronously inside the chunk's transaction so that
 * a read model kept by an observer (reporting) commits or rolls back with them.
 *
 * @param lines one per enrolment written: its day, plan, agency office (null: the union enrols with the city
 *              office directly), whether the member had no enrolment before (a new member) and its fee
 */
public record EnrolmentsSubmitted(TenantId tenant, List<Line> lines) {

    public EnrolmentsSubmitted {
        lines = List.copyOf(lines);
    }

    public record Line(LocalDate day, String planCode, Long agencyId, boolean newMember, long feeFen) {
    }
}
