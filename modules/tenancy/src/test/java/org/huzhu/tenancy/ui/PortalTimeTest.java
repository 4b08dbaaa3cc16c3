package org.huzhu.tenancy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PortalTimeTest {

    private final PortalTime utcServer = new PortalTime(ZoneOffset.UTC);

    @Test
    void a_time_recorded_by_a_server_in_utc_is_shown_in_beijing_time_without_iso_punctuation() {
        LocalDateTime recorded = LocalDateTime.of(2026, 11, 29, 8, 7, 47, 123_000_000);
        assertThat(utcServer.dateTime(recorded, Locale.SIMPLIFIED_CHINESE)).isEqualTo("2026-11-29 16:07");
        assertThat(utcServer.dateTime("2026-11-29T08:07:47.123", Locale.SIMPLIFIED_CHINESE)).isEqualTo("2026-11-29 16:07");
    }

    @Test
    void late_evening_utc_is_the_next_day_in_the_office() {
        assertThat(utcServer.dateTime(LocalDateTime.of(2026, 12, 31, 20, 30), Locale.ENGLISH))
                .isEqualTo("2027-01-01, 04:30");
    }

    @Test
    void a_server_already_on_beijing_time_is_not_shifted() {
        PortalTime beijingServer = new PortalTime(PortalTime.TENANT_ZONE);
        assertThat(beijingServer.dateTime(LocalDateTime.of(2026, 11, 29, 16, 7), Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("2026-11-29 16:07");
    }

    @Test
    void days_are_days_and_missing_values_are_blank() {
        assertThat(utcServer.date(LocalDate.of(2027, 1, 1))).isEqualTo("2027-01-01");
        assertThat(utcServer.date("2027-01-01")).isEqualTo("2027-01-01");
        assertThat(utcServer.date((String) null)).isEmpty();
        assertThat(utcServer.dateTime((LocalDateTime) null, Locale.ENGLISH)).isEmpty();
    }
}
