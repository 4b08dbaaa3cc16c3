package org.huzhu.app.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads whole-number query and path parameters with their name in hand, so that {@code limit=abc} is a 400 naming
 * {@code limit} (JAX-RS itself answers a bad query parameter with an empty 404), and enforces the parameter's
 * declared {@link Min}/{@link Max} as the text is read: {@code limit=-1} never reaches the persistence layer.
 */
@Provider
public class NumberParameters implements ParamConverterProvider {

    private static final Map<Class<?>, Function<Long, Object>> TYPES = Map.of(
            int.class, Long::intValue, Integer.class, Long::intValue, long.class, v -> v, Long.class, v -> v);

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Function<Long, Object> narrow = TYPES.get(rawType);
        String name = nameOf(annotations);
        if (narrow == null || name == null) {
            return null;
        }
        long min = rawType == int.class || rawType == Integer.class ? Integer.MIN_VALUE : Long.MIN_VALUE;
        long max = rawType == int.class || rawType == Integer.class ? Integer.MAX_VALUE : Long.MAX_VALUE;
        for (Annotation a : annotations) {
            if (a instanceof Min m) {
                min = Math.max(min, m.value());
            } else if (a instanceof Max m) {
                max = Math.min(max, m.value());
            }
        }
        return (ParamConverter<T>) new Converter(name, min, max, narrow);
    }

    private static String nameOf(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            } else if (a instanceof PathParam p) {
                return p.value();
            }
        }
        return null;
    }

    private record Converter(String name, long min, long max, Function<Long, Object> narrow)
            implements ParamConverter<Object> {

        @Override
        public Object fromString(String text) {
            if (text == null) {
                return null;
            }
            long value;
            try {
                value = Long.parseLong(text.strip());
            } catch (NumberFormatException e) {
                throw new InvalidParameter(name, "app.refused.notWholeNumber", shorten(text));
            }
            if (value < min || value > max) {
                throw new InvalidParameter(name, "app.refused.outOfRange", String.valueOf(value), String.valueOf(min),
                        String.valueOf(max));
            }
            return narrow.apply(value);
        }

        @Override
        public String toString(Object value) {
            return String.valueOf(value);
        }

        private static String shorten(String text) {
            return text.length() > 40 ? text.substring(0, 40) + "…" : text;
        }
    }
}
