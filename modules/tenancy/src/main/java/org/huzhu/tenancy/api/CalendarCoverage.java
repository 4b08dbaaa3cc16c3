package org.huzhu.tenancy.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.huzhu.kernel.tenant.TenantId;

/**
 * The years a due date set today can fall in whose holidays the calendar does not know: there, due dates count
 * weekends only. The office admin sees its tenant's; headquarters the years some active tenant lacks.
 */
@ApplicationScoped
public class CalendarCoverage {

    /**
     * How far a due date set today can reach: the longest SLA a plan may set (60 working days, PlanFileParser) is
     * 12 weeks, plus the longest official break (8 days) and a margin for the year's other holidays.
     */
    static final int REACH_DAYS = 100;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Inject
    TenantContext context;

    @Inject
    TenantDirectory tenants;

    @Inject
    CalendarDays days;

    /** Empty for anyone but an office admin or headquarters: only they can upload a calendar. */
    public List<Integer> missingYears() {
        Caller caller = context.requireCaller();
        LocalDate today = LocalDate.now(CHINA);
        List<Integer> missing = new ArrayList<>();
        for (int year = today.getYear(); year <= today.plusDays(REACH_DAYS).getYear(); year++) {
            if (caller.isHeadquarters() ? anyTenantLacks(year)
                    : caller.has(Role.OFFICE_ADMIN) && !days.knowsYear(context.tenant(), year)) {
                missing.add(year);
            }
        }
        return missing;
    }

    private boolean anyTenantLacks(int year) {
        for (TenantSummary tenant : tenants.activeTenants()) {
            TenantId id = tenant.id();
            if (!days.knowsYear(id, year)) {
                return true;
            }
        }
        return false;
    }
}
