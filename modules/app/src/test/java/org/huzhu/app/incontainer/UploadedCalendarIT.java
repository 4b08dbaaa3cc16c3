package org.huzhu.app.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.function.Supplier;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.huzhu.kernel.tenant.TenantId;
import org.huzhu.tenancy.api.CalendarUploads;
import org.huzhu.tenancy.api.TenantCalendar;
import org.huzhu.tenancy.api.TenantScope;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Once an office has uploaded a year's arrangement, the calendar claims take their due dates from
 * ({@link TenantCalendar}, as ClaimFilingService and the settlement import use it) skips its holidays, for that
 * office only; the other office's late-December 2027 still counts weekends only. The days are made up for the test
 * (the real 2027 arrangement is the State Council's) and deleted after it.
 */
@ExtendWith(ArquillianExtension.class)
class UploadedCalendarIT {

    private static final TenantId BEIJING = new TenantId("beijing");
    private static final TenantId BAOJI = new TenantId("baoji");
    private static final String TEST_ARRANGEMENT = """
            # made up for the test
            2027-01-01 holiday 元旦
            2027-12-25 workday 测试调休
            2027-12-27 holiday 测试假日
            2027-12-28 holiday 测试假日
            2027-12-29 holiday 测试假日
            """;
    private static final LocalDate FILED = LocalDate.of(2027, 12, 24); // a Friday

    @Inject
    TenantScope scope;

    @Inject
    CalendarUploads uploads;

    @Inject
    TenantCalendar calendar;

    @Deployment
    static WebArchive deployment() {
        return ModuleArchive.named("huzhu-calendar-it");
    }

    @Test
    void a_claim_filed_in_late_december_2027_is_due_after_the_uploaded_holidays() throws Exception {
        // The contrasts (before the upload, and Baoji) hold while tenant-config has no CN-2027.txt.
        assertEquals(LocalDate.of(2027, 12, 29), inBackground(BEIJING, this::dueIn3WorkingDays),
                "before the upload: weekends only");
        inBackground(BEIJING, () -> uploads.upload(2027, TEST_ARRANGEMENT.getBytes(StandardCharsets.UTF_8)));
        // Saturday the 25th worked, 27-29 off: the 30th and 31st.
        assertEquals(LocalDate.of(2027, 12, 31), inBackground(BEIJING, this::dueIn3WorkingDays));
        assertEquals(LocalDate.of(2027, 12, 29), inBackground(BAOJI, this::dueIn3WorkingDays),
                "Baoji uploaded nothing");
    }

    @AfterEach
    void removeTestDays() throws SQLException {
        DataSource dataSource;
        try {
            dataSource = InitialContext.doLookup("jdbc/huzhu");
        } catch (javax.naming.NamingException e) {
            throw new IllegalStateException(e);
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "DELETE FROM tenant_calendar_day WHERE tenant_id = ? AND YEAR(day) = 2027")) {
            s.setString(1, BEIJING.value());
            s.executeUpdate();
        }
    }

    private LocalDate dueIn3WorkingDays() {
        return calendar.calendar().addWorkingDays(FILED, 3);
    }

    private <T> T inBackground(TenantId tenant, Supplier<T> work) throws Exception {
        ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        return executor.submit(() -> scope.call(tenant, "calendar-it", work)).get();
    }
}
