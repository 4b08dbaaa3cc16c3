package org.huzhu.kernel.config;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.huzhu.kernel.money.Money;

/**
 * Typed reads of a parsed YAML or JSON mapping that fail with the file, the dotted field path and the rule.
 * It works on plain maps and lists, so it knows no parser.
 */
public final class ConfigFields {

    private final String file;
    private final String path;
    private final Map<?, ?> values;

    public ConfigFields(String file, Map<?, ?> values) {
        this(file, "", values);
    }

    private ConfigFields(String file, String path, Map<?, ?> values) {
        this.file = file;
        this.path = path;
        this.values = values;
    }

    /**
     * Refuses a key without a value: a name written {@code { en: Combined plan (medical, critical illness) }} in a
     * flow map is cut at its first comma by YAML, and the rest arrives as keys of their own with no value.
     */
    public ConfigFields noBareKeys() {
        for (Map.Entry<?, ?> entry : values.entrySet()) {
            if (entry.getValue() == null) {
                throw error(String.valueOf(entry.getKey()), "has no value; a value that holds a comma is quoted");
            }
        }
        return this;
    }

    public boolean has(String key) {
        return values.get(key) != null;
    }

    public String text(String key) {
        Object value = values.get(key);
        if (value == null || value.toString().isBlank()) {
            throw error(key, "is required");
        }
        if (value instanceof Map || value instanceof List) {
            throw error(key, "must be a single value");
        }
        return value.toString().strip();
    }

    public String optional(String key, String fallback) {
        return has(key) ? text(key) : fallback;
    }

    public int number(String key, int min, int max) {
        Object value = values.get(key);
        if (!(value instanceof Integer n) || n < min || n > max) {
            throw error(key, "must be a whole number from " + min + " to " + max);
        }
        return n;
    }

    public int number(String key, int min, int max, int fallback) {
        return has(key) ? number(key, min, max) : fallback;
    }

    public boolean flag(String key, boolean fallback) {
        Object value = values.get(key);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Boolean b)) {
            throw error(key, "must be true or false");
        }
        return b;
    }

    /** A yuan amount; written as a quoted string ("15000.00") so no float ever holds it. */
    public Money money(String key) {
        Object value = values.get(key);
        if (value instanceof Double || value instanceof Float) {
            throw error(key, "write amounts in quotes, e.g. \"15000.00\", so they are read exactly");
        }
        try {
            return Money.ofYuan(text(key));
        } catch (IllegalArgumentException e) {
            throw error(key, e.getMessage());
        }
    }

    /** A percentage from 0 to 100. */
    public BigDecimal percent(String key) {
        return percentOf(key, values.get(key));
    }

    /** A percentage from 0 to 100 given as a value found under {@code field} (e.g. a map's value). */
    public BigDecimal percentOf(String field, Object raw) {
        try {
            BigDecimal value = new BigDecimal(String.valueOf(raw).strip());
            if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw error(field, "must be a percentage from 0 to 100");
            }
            return value;
        } catch (NumberFormatException e) {
            throw error(field, "must be a percentage from 0 to 100");
        }
    }

    /** A date YYYY-MM-DD (YAML may already have read it as a date). */
    public LocalDate date(String key) {
        Object value = values.get(key);
        if (value instanceof Date d) {
            return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        try {
            return LocalDate.parse(text(key));
        } catch (DateTimeParseException e) {
            throw error(key, "must be a date YYYY-MM-DD");
        }
    }

    public ConfigFields object(String key) {
        Object value = values.get(key);
        if (!(value instanceof Map<?, ?> map)) {
            throw error(key, "is required and must be a mapping");
        }
        return new ConfigFields(file, qualified(key) + ".", map);
    }

    public Map<?, ?> rawMap(String key) {
        Object value = values.get(key);
        if (!(value instanceof Map<?, ?> map)) {
            throw error(key, "is required and must be a mapping");
        }
        return map;
    }

    public List<ConfigFields> list(String key) {
        Object value = values.get(key);
        if (!(value instanceof List<?> list)) {
            throw error(key, "is required and must be a list");
        }
        List<ConfigFields> items = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?> map)) {
                throw error(key + "[" + i + "]", "must be a mapping");
            }
            items.add(new ConfigFields(file, qualified(key) + "[" + i + "].", map));
        }
        return items;
    }

    public List<String> texts(String key) {
        Object value = values.get(key);
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            throw error(key, "is required and must be a non-empty list");
        }
        return list.stream().map(String::valueOf).toList();
    }

    public List<String> optionalTexts(String key) {
        return has(key) ? texts(key) : List.of();
    }

    public ConfigException error(String key, String rule) {
        return new ConfigException(file, qualified(key), rule);
    }

    private String qualified(String key) {
        return path + key;
    }
}
