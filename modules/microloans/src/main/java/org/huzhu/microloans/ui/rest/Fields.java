package org.huzhu.microloans.ui.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.huzhu.kernel.money.Money;
import org.huzhu.microloans.domain.Refusals;
import org.huzhu.tenancy.api.Refused;

/** Reads JSON's text fields into typed values; a bad one is a 400 naming the field. */
final class Fields {

    private Fields() {
    }

    static <T> T body(T body) {
        if (body == null) {
            throw Refusals.required("body");
        }
        return body;
    }

    static long fen(String field, String yuan) {
        if (yuan == null || yuan.isBlank()) {
            throw Refusals.required(field);
        }
        try {
            long fen = Money.ofYuan(yuan).fen();
            if (fen <= 0) {
                throw Refused.badInput(field, "microloans.refused.amount");
            }
            return fen;
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw Refused.badInput(field, "microloans.refused.amount");
        }
    }

    /** An amount that may be 0 or left out (interest, penalty). */
    static long fenOrZero(String field, String yuan) {
        if (yuan == null || yuan.isBlank()) {
            return 0;
        }
        try {
            long fen = Money.ofYuan(yuan).fen();
            if (fen < 0) {
                throw Refused.badInput(field, "microloans.refused.amount");
            }
            return fen;
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw Refused.badInput(field, "microloans.refused.amount");
        }
    }

    static int whole(String field, Integer value, int min, int max) {
        if (value == null) {
            throw Refusals.required(field);
        }
        if (value < min || value > max) {
            throw Refused.badInput(field, "microloans.refused.between", min, max);
        }
        return value;
    }

    static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            throw Refusals.required(field);
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw Refused.badInput(field, "microloans.refused.date");
        }
    }

    static BigDecimal percent(String field, String value) {
        if (value == null || value.isBlank()) {
            throw Refusals.required(field);
        }
        try {
            BigDecimal p = new BigDecimal(value.strip());
            if (p.signum() < 0 || p.compareTo(BigDecimal.valueOf(100)) > 0 || p.scale() > 4) {
                throw Refused.badInput(field, "microloans.refused.rate");
            }
            return p;
        } catch (NumberFormatException e) {
            throw Refused.badInput(field, "microloans.refused.rate");
        }
    }

    static <E extends Enum<E>> E choice(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            throw Refusals.required(field);
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Refused.badInput(field, "microloans.refused.choice", java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
