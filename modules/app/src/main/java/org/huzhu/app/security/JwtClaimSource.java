package org.huzhu.app.security;

import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Collection;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Claims of a bearer token checked by mpJwt. */
final class JwtClaimSource implements ClaimSource {

    private final JsonWebToken token;

    JwtClaimSource(JsonWebToken token) {
        this.token = token;
    }

    @Override
    public String string(String claim) {
        Object value = token.getClaim(claim);
        if (value instanceof JsonString s) {
            return s.getString();
        }
        return value == null ? null : value.toString();
    }

    @Override
    public List<String> strings(String claim) {
        Object value = token.getClaim(claim);
        if (value instanceof JsonArray array) {
            return array.stream().map(JwtClaimSource::text).toList();
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(Object::toString).toList();
        }
        return value == null ? List.of() : List.of(string(claim));
    }

    private static String text(JsonValue v) {
        return v instanceof JsonString s ? s.getString() : v.toString();
    }
}
