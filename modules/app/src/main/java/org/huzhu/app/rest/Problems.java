package org.huzhu.app.rest;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.huzhu.tenancy.api.Translations;

/**
 * The app's refusals as problem JSON, in one shape with every module's {@code Refused}: {@code code} (the message
 * key), {@code field} when one is at fault, {@code detail} in the caller's language (Accept-Language; Chinese unless
 * English is asked for), and the text in both languages ({@code zh}, {@code en}) for scripts that log it.
 */
final class Problems {

    private Problems() {
    }

    static Response of(Response.Status status, String field, String key, List<Locale> acceptable,
                       Translations translations, Object... params) {
        Translations words = translations != null ? translations : CDI.current().select(Translations.class).get();
        String zh = words.text(key, Locale.SIMPLIFIED_CHINESE, params);
        String en = words.text(key, Locale.ENGLISH, params);
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("status", status.getStatusCode())
                .add("title", status.getReasonPhrase())
                .add("code", key)
                .add("detail", english(acceptable) ? en : zh)
                .add("zh", zh)
                .add("en", en);
        if (field != null) {
            body.add("field", field);
        }
        return Response.status(status).type("application/problem+json").entity(body.build().toString()).build();
    }

    /** Whether the caller asks for English before Chinese. */
    static boolean english(List<Locale> acceptable) {
        if (acceptable == null) {
            return false;
        }
        for (Locale locale : acceptable) {
            if (Locale.ENGLISH.getLanguage().equals(locale.getLanguage())) {
                return true;
            }
            if (Locale.CHINESE.getLanguage().equals(locale.getLanguage())) {
                return false;
            }
        }
        return false;
    }
}
