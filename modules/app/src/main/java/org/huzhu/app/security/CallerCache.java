package org.huzhu.app.security;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.huzhu.tenancy.api.Caller;

/**
 * The caller made from a bearer token, kept for a few seconds: a script or a member's app sends the same token with
 * every request, and reading its claims (each a lookup Liberty answers by throwing for any claim the standard does
 * not name) and the tenant's row again each time cost as much as a small request itself. A tenant suspended meanwhile
 * is refused at most {@link #KEEP_NANOS} later; the token's signature and expiry are checked by Liberty every time.
 */
final class CallerCache {

    static final long KEEP_NANOS = 10_000_000_000L;
    static final int MOST = 20_000;

    private record Kept(Optional<Caller> caller, long until) {
    }

    private final ConcurrentHashMap<String, Kept> kept = new ConcurrentHashMap<>();

    Optional<Caller> get(String token, Supplier<Optional<Caller>> make) {
        long now = System.nanoTime();
        Kept k = kept.get(token);
        if (k != null && now - k.until() < 0) {
            return k.caller();
        }
        Optional<Caller> caller = make.get();
        if (kept.size() >= MOST) {
            kept.clear(); // a burst of new tokens: start again rather than track ages
        }
        kept.put(token, new Kept(caller, now + KEEP_NANOS));
        return caller;
    }
}
