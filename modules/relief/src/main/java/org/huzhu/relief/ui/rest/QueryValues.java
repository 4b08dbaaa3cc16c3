package org.huzhu.relief.ui.rest;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.huzhu.tenancy.api.Refused;

/** Query parameters read with a 400 naming the parameter (JAX-RS alone answers a bad one with an empty 404). */
final class QueryValues {

    static final ZoneId TENANT_ZONE = ZoneId.of("Asia/Shanghai");

    private QueryValues() {
    }

    static LocalDate date(String name, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw Refused.badInput(name, "relief.refused.date");
        }
    }

    static <E extends Enum<E>> E code(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw Refused.badInput(name, "relief.refused.code");
        }
    }

    static LocalDate today() {
        return LocalDate.now(TENANT_ZONE);
    }
}
