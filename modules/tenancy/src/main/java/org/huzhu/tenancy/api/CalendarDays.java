package org.huzhu.tenancy.api;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.huzhu.kernel.calendar.CalendarDay;
import org.huzhu.kernel.tenant.TenantId;

/**
 * The calendar tables: the national days headquarters uploaded ({@code national_calendar_day}) and each tenant's
 * own ({@code tenant_calendar_day}: tenant-config's files as the provisioning tool wrote them, and the office's
 * uploads). A year is replaced whole in one transaction: readers see the old year or the new, never half.
 */
@Dependent
class CalendarDays {

    private static final String TENANT_DAYS = "tenant_calendar_day";
    private static final String NATIONAL_DAYS = "national_calendar_day";

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    List<CalendarDay> national() {
        return read("SELECT day, kind, name FROM " + NATIONAL_DAYS, null);
    }

    List<CalendarDay> ofTenant(TenantId tenant) {
        return read("SELECT day, kind, name FROM " + TENANT_DAYS + " WHERE " + TenantSql.TENANT_COLUMN + " = ?",
                tenant);
    }

    /** Whether the tenant's calendar knows the year's holidays, from headquarters' upload or its own days. */
    boolean knowsYear(TenantId tenant, int year) {
        String holidays = " WHERE kind = 'HOLIDAY' AND day BETWEEN ? AND ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT EXISTS (SELECT 1 FROM " + NATIONAL_DAYS + holidays + ") OR EXISTS (SELECT 1 FROM "
                        + TENANT_DAYS + holidays + " AND " + TenantSql.TENANT_COLUMN + " = ?)")) {
            for (int i = 0; i < 2; i++) {
                s.setDate(2 * i + 1, Date.valueOf(LocalDate.of(year, 1, 1)));
                s.setDate(2 * i + 2, Date.valueOf(LocalDate.of(year, 12, 31)));
            }
            s.setString(5, tenant.value());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the calendar of " + tenant.value(), e);
        }
    }

    void replaceNational(int year, List<CalendarDay> days, String actor) {
        replace(NATIONAL_DAYS, "", year, days, "uploaded_by", actor);
    }

    void replaceOfTenant(TenantId tenant, int year, List<CalendarDay> days) {
        replace(TENANT_DAYS, " AND " + TenantSql.TENANT_COLUMN + " = ?", year, days, TenantSql.TENANT_COLUMN,
                tenant.value());
    }

    /** Deletes the year's days (of the one tenant when {@code scope} says so) and inserts the new ones. */
    private void replace(String table, String scope, int year, List<CalendarDay> days, String extraColumn,
                         String extraValue) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement delete = c.prepareStatement(
                    "DELETE FROM " + table + " WHERE day BETWEEN ? AND ?" + scope);
                 PreparedStatement insert = c.prepareStatement("INSERT INTO " + table + " (day, kind, name, "
                         + extraColumn + ") VALUES (?, ?, ?, ?)")) {
                delete.setDate(1, Date.valueOf(LocalDate.of(year, 1, 1)));
                delete.setDate(2, Date.valueOf(LocalDate.of(year, 12, 31)));
                if (!scope.isEmpty()) {
                    delete.setString(3, extraValue);
                }
                delete.executeUpdate();
                for (CalendarDay day : days) {
                    insert.setDate(1, Date.valueOf(day.date()));
                    insert.setString(2, day.kind().name());
                    insert.setString(3, day.name());
                    insert.setString(4, extraValue);
                    insert.addBatch();
                }
                insert.executeBatch();
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store the calendar of " + year + " in " + table, e);
        }
    }

    private List<CalendarDay> read(String sql, TenantId tenant) {
        List<CalendarDay> days = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            if (tenant != null) {
                s.setString(1, tenant.value());
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    days.add(new CalendarDay(rs.getDate(1).toLocalDate(), CalendarDay.Kind.valueOf(rs.getString(2)),
                            rs.getString(3)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the calendar days", e);
        }
        return days;
    }
}
