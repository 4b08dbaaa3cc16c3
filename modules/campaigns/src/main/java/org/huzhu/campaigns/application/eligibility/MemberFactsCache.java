package org.huzhu.campaigns.application.eligibility;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.huzhu.campaigns.domain.eligibility.MemberFacts;
import org.huzhu.org.api.MemberPhones;
import org.huzhu.org.api.MemberPlacement;
import org.huzhu.org.api.MemberSelf;
import org.huzhu.org.api.MemberView;
import org.huzhu.tenancy.api.Refused;
import org.huzhu.tenancy.api.TenantContext;

/**
 * The signed-in member's facts for grabs and event registrations, kept a minute per tenant and login: at the opening of a giveaway the same
 * members ask many times a second, and their record, union and phone do not change in that minute. A member moved
 * to another union meanwhile is judged by where they were for at most that minute.
 */
@ApplicationScoped
public class MemberFactsCache {

    static final long KEEP_NANOS = 60_000_000_000L;

    private record Held(MemberFacts facts, long until) {
    }

    private final ConcurrentHashMap<String, Held> held = new ConcurrentHashMap<>();

    @Inject
    TenantContext context;

    @Inject
    MemberSelf self;

    @Inject
    MemberPlacement placement;

    @Inject
    MemberPhones phones;

    /** The signed-in member's facts; 404 when the login is linked to no member. */
    public MemberFacts current() {
        return find().orElseThrow(() -> Refused.notFound("campaigns.giveaway.refused.noMember"));
    }

    /** The signed-in member's facts, or empty when the login is linked to no member (not kept: it may be linked soon). */
    public Optional<MemberFacts> find() {
        String key = context.tenant().value() + "/" + context.requireCaller().username();
        long now = System.nanoTime();
        Held h = held.get(key);
        if (h == null || now - h.until() > 0) {
            Optional<MemberFacts> loaded = load();
            if (loaded.isEmpty()) {
                return loaded;
            }
            h = new Held(loaded.get(), now + KEEP_NANOS);
            if (held.size() > 100_000) {
                held.clear();
            }
            held.put(key, h);
        }
        return Optional.of(h.facts());
    }

    private Optional<MemberFacts> load() {
        Optional<MemberView> self = this.self.me();
        if (self.isEmpty()) {
            return Optional.empty();
        }
        MemberView me = self.get();
        String path = placement.of(me.id()).map(MemberPlacement.Placement::orgPath).orElse(null);
        byte[] phone = phones.phoneCiphers(List.of(me.id())).get(me.id());
        return Optional.of(new MemberFacts(me.id(), me.gender(), me.age(), path, phone));
    }
}
