package org.huzhu.app.rest;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import org.huzhu.tenancy.api.Translations;

/**
 * A Bean Validation rule broken by the caller's input: 400 naming the field (the last part of its path) and the
 * rule in the caller's language, like every other refusal. The validator's own messages are not used: they would
 * reach a Chinese user in the server's language.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    /** The constraints the code uses, each with its own sentence; any other gets the general one. */
    static final Set<String> WORDED = Set.of("Min", "Max", "NotNull", "NotBlank", "NotEmpty", "Size", "Pattern",
            "Positive", "PositiveOrZero", "DecimalMin", "DecimalMax");

    @Inject
    Translations translations;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ConstraintViolationException e) {
        ConstraintViolation<?> first = e.getConstraintViolations().stream()
                .min(Comparator.comparing(ConstraintViolationMapper::field)).orElse(null);
        var languages = headers == null ? null : headers.getAcceptableLanguages();
        if (first == null) {
            return Problems.of(Response.Status.BAD_REQUEST, null, "app.refused.rule", languages, translations, "input");
        }
        String rule = first.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        Map<String, Object> bounds = first.getConstraintDescriptor().getAttributes();
        String field = field(first);
        return Problems.of(Response.Status.BAD_REQUEST, field, WORDED.contains(rule) ? "app.refused.rule." + rule
                : "app.refused.rule", languages, translations, field, text(bounds.get("value")),
                text(bounds.get("min")), text(bounds.get("max")));
    }

    private static String field(ConstraintViolation<?> violation) {
        String path = String.valueOf(violation.getPropertyPath());
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static String text(Object bound) {
        return bound == null ? "" : String.valueOf(bound);
    }
}
