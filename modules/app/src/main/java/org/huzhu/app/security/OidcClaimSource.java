package org.huzhu.app.security;

import java.lang.reflect.Method;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Claims of the ID token of a browser session, from Liberty's openidConnectClient. Liberty hands them out
 * only through its own API (PropagationHelper), whose jar is not on Maven Central, so it is called by
 * reflection here, in this one class.
 */
final class OidcClaimSource implements ClaimSource {

    private final Object idToken;
    private final Method getClaim;

    private OidcClaimSource(Object idToken, Method getClaim) {
        this.idToken = idToken;
        this.getClaim = getClaim;
    }

    static Optional<ClaimSource> current() {
        Optional<LibertyApi> api = LibertyApi.INSTANCE;
        if (api.isEmpty()) {
            return Optional.empty();
        }
        try {
            Object token = api.get().getIdToken.invoke(null);
            return token == null ? Optional.empty() : Optional.of(new OidcClaimSource(token, api.get().getClaim));
        } catch (ReflectiveOperationException e) {
            return Optional.empty();
        }
    }

    /** Liberty's API, looked up once: every browser request of a session comes through here. */
    private record LibertyApi(Method getIdToken, Method getClaim) {

        static final Optional<LibertyApi> INSTANCE = lookUp();

        private static Optional<LibertyApi> lookUp() {
            try {
                Class<?> helper = Class.forName("com.ibm.websphere.security.openidconnect.PropagationHelper");
                Class<?> idToken = Class.forName("com.ibm.websphere.security.openidconnect.token.IdToken");
                return Optional.of(new LibertyApi(helper.getMethod("getIdToken"),
                        idToken.getMethod("getClaim", String.class)));
            } catch (ReflectiveOperationException | LinkageError e) {
                return Optional.empty();
            }
        }
    }

    private Object claim(String name) {
        try {
            return getClaim.invoke(idToken, name);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read claim " + name, e);
        }
    }

    @Override
    public String string(String name) {
        Object value = claim(name);
        return value == null ? null : value.toString();
    }

    @Override
    public List<String> strings(String name) {
        Object value = claim(name);
        if (value instanceof Collection<?> c) {
            return c.stream().map(Object::toString).toList();
        }
        return value == null ? List.of() : List.of(value.toString());
    }
}
