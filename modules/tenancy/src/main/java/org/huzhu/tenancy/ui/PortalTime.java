package org.huzhu.tenancy.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One way to show dates and times in the portal, per language, in the tenant's time zone. Times the server
 * records are its own local times ({@code LocalDateTime.now()}, the JVM's zone); the server, the tools and the
 * tests run in the offices' zone (deploy/liberty/jvm.options, checked by ServerZoneTest), and a time from a server
 * in any other zone is still moved to the offices' before it is shown.
 */
public final class PortalTime {

    /** Every city office keeps Beijing time; a tenant abroad would carry its own zone here. */
    public static final ZoneId TENANT_ZONE = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATE_TIME_ZH = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DATE_TIME_EN = DateTimeFormatter.ofPattern("yyyy-MM-dd, HH:mm");

    private final ZoneId serverZone;

    public PortalTime(ZoneId serverZone) {
        this.serverZone = serverZone;
    }

    /** The formatter for times recorded by this server. */
    public static PortalTime ofServer() {
        return new PortalTime(ZoneId.systemDefault());
    }

    /** A day is a day wherever it is read: the form Chinese offices write and the date pickers take. */
    public String date(LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    /** A day given as ISO text by a module's api. */
    public String date(String isoDay) {
        return isoDay == null || isoDay.isBlank() ? "" : date(LocalDate.parse(isoDay.substring(0, 10)));
    }

    public String dateTime(LocalDateTime serverLocal, Locale locale) {
        return serverLocal == null ? "" : dateTime(serverLocal.atZone(serverZone).toInstant(), locale);
    }

    public String dateTime(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        return (english ? DATE_TIME_EN : DATE_TIME_ZH).format(instant.atZone(TENANT_ZONE));
    }

    /** A server-local time given as ISO text by a module's api ({@code 2026-11-29T08:07:47.123}). */
    public String dateTime(String isoServerLocal, Locale locale) {
        return isoServerLocal == null || isoServerLocal.isBlank() ? ""
                : dateTime(LocalDateTime.parse(isoServerLocal), locale);
    }
}
