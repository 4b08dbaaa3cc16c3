package org.huzhu.tenancy.api;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.huzhu.kernel.calendar.CalendarDay;
import org.huzhu.kernel.calendar.WorkingDayCalendar;
import org.huzhu.kernel.tenant.TenantId;

/**
 * The current tenant's working-day calendar (national holidays and swapped working days plus the tenant's own,
 * as the provisioning tool wrote them). Read at most once a minute per tenant: a re-applied calendar is seen
 * within a minute, without a restart.
 */
@ApplicationScoped
public class TenantCalendar {

    private static final long REFRESH_SECONDS = 60;
    private final Map<TenantId, Loaded> loaded = new ConcurrentHashMap<>();

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    @Inject
    TenantContext context;

    public WorkingDayCalendar calendar() {
        TenantId tenant = context.tenant();
        Loaded known = loaded.get(tenant);
        if (known == null || known.at.isBefore(Instant.now().minusSeconds(REFRESH_SECONDS))) {
            known = new Loaded(Instant.now(), WorkingDayCalendar.of(read(tenant)));
            loaded.put(tenant, known);
        }
        return known.calendar;
    }

    private List<CalendarDay> read(TenantId tenant) {
        List<CalendarDay> days = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT day, kind, name FROM tenant_calendar_day WHERE " + TenantSql.TENANT_COLUMN + " = ?")) {
            s.setString(1, tenant.value());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    days.add(new CalendarDay(rs.getDate(1).toLocalDate(), CalendarDay.Kind.valueOf(rs.getString(2)),
                            rs.getString(3)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the calendar of " + tenant.value(), e);
        }
        return days;
    }

    private record Loaded(Instant at, WorkingDayCalendar calendar) {
    }
}
