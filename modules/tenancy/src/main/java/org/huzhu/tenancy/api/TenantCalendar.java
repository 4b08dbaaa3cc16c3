package org.huzhu.tenancy.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.huzhu.kernel.calendar.CalendarDay;
import org.huzhu.kernel.calendar.WorkingDayCalendar;
import org.huzhu.kernel.tenant.TenantId;

/**
 * The current tenant's working-day calendar: the national days headquarters uploaded, overridden by the tenant's
 * own (national holidays and swapped working days of tenant-config as the provisioning tool wrote them, the tenant's
 * extra days, and its office's uploads). Read at most once a minute per tenant, so a re-applied calendar is seen
 * within a minute without a restart; an upload through {@link CalendarUploads} is seen at once.
 */
@ApplicationScoped
public class TenantCalendar {

    private static final long REFRESH_SECONDS = 60;
    private final Map<TenantId, Loaded> loaded = new ConcurrentHashMap<>();

    @Inject
    CalendarDays days;

    @Inject
    TenantContext context;

    public WorkingDayCalendar calendar() {
        TenantId tenant = context.tenant();
        Loaded known = loaded.get(tenant);
        if (known == null || known.at.isBefore(Instant.now().minusSeconds(REFRESH_SECONDS))) {
            List<CalendarDay> all = new ArrayList<>(days.national());
            all.addAll(days.ofTenant(tenant)); // later days override earlier ones
            known = new Loaded(Instant.now(), WorkingDayCalendar.of(all));
            loaded.put(tenant, known);
        }
        return known.calendar;
    }

    /** Every tenant's calendar is read again at its next use. */
    void forget() {
        loaded.clear();
    }

    private record Loaded(Instant at, WorkingDayCalendar calendar) {
    }
}
