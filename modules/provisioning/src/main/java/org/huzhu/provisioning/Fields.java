package org.huzhu.provisioning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Typed reads of a YAML mapping that fail with the file, the dotted field path and the rule. */
final class Fields {

    private final String file;
    private final String path;
    private final Map<?, ?> values;

    Fields(String file, String path, Map<?, ?> values) {
        this.file = file;
        this.path = path;
        this.values = values;
    }

    boolean has(String key) {
        return values.get(key) != null;
    }

    String text(String key) {
        Object value = values.get(key);
        if (value == null || value.toString().isBlank()) {
            throw error(key, "is required");
        }
        if (value instanceof Map || value instanceof List) {
            throw error(key, "must be a single value");
        }
        return value.toString().strip();
    }

    String optional(String key, String fallback) {
        return has(key) ? text(key) : fallback;
    }

    int number(String key, int min, int max) {
        Object value = values.get(key);
        if (!(value instanceof Integer n) || n < min || n > max) {
            throw error(key, "must be a whole number from " + min + " to " + max);
        }
        return n;
    }

    Fields object(String key) {
        Object value = values.get(key);
        if (!(value instanceof Map<?, ?> map)) {
            throw error(key, "is required and must be a mapping");
        }
        return new Fields(file, qualified(key) + ".", map);
    }

    List<Fields> list(String key) {
        Object value = values.get(key);
        if (!(value instanceof List<?> list)) {
            throw error(key, "is required and must be a list");
        }
        List<Fields> items = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?> map)) {
                throw error(key + "[" + i + "]", "must be a mapping");
            }
            items.add(new Fields(file, qualified(key) + "[" + i + "].", map));
        }
        return items;
    }

    List<String> texts(String key) {
        Object value = values.get(key);
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            throw error(key, "is required and must be a non-empty list");
        }
        return list.stream().map(String::valueOf).toList();
    }

    ConfigException error(String key, String rule) {
        return new ConfigException(file, qualified(key), rule);
    }

    private String qualified(String key) {
        return path + key;
    }
}
