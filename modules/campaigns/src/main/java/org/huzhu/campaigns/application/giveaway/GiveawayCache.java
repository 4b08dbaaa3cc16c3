package org.huzhu.campaigns.application.giveaway;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ConcurrentHashMap;
import org.huzhu.campaigns.domain.giveaway.Giveaway;
import org.huzhu.tenancy.api.Refused;
import org.huzhu.tenancy.api.TenantContext;
import org.huzhu.tenancy.api.TenantEntityManager;

/**
 * Giveaways' settings for grabs, read (tenant-filtered) at most once a second per giveaway. Nothing a grab decides
 * from them can oversell: the pool and the limit are checked again by the database in the grab itself, and an open
 * giveaway's eligibility and quiz cannot change.
 */
@ApplicationScoped
public class GiveawayCache {

    static final long KEEP_NANOS = 1_000_000_000L;

    private record Held(Giveaway giveaway, long until) {
    }

    private final ConcurrentHashMap<String, Held> held = new ConcurrentHashMap<>();

    @Inject
    TenantContext context;

    @Inject
    TenantEntityManager entityManager;

    public Giveaway get(long id) {
        String key = key(id);
        long now = System.nanoTime();
        Held h = held.get(key);
        if (h == null || now - h.until() > 0) {
            Giveaway g = entityManager.get().find(Giveaway.class, id);
            if (g == null) {
                throw Refused.notFound("campaigns.giveaway.refused.notFound", id);
            }
            entityManager.get().detach(g);
            h = new Held(g, now + KEEP_NANOS);
            held.put(key, h);
        }
        return h.giveaway();
    }

    /** Forgets a giveaway after an edit (on this server; others see it within a second). */
    public void forget(long id) {
        held.remove(key(id));
    }

    private String key(long id) {
        return context.tenant().value() + "/" + id;
    }
}
