package org.huzhu.payouts.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Map;
import org.huzhu.payouts.api.PayableKind;
import org.huzhu.payouts.api.PayableSource;
import org.huzhu.payouts.domain.ChunkGathering;

/**
 * Every module's {@link PayableSource}, found through CDI (an application-scoped bean in claims, relief,
 * microloans, campaigns), one per kind. Looked up when first used rather than at deployment, so the platform
 * deploys (and runs gather) with whichever sources the installed modules bring.
 */
@ApplicationScoped
public class PayableSources {

    @Inject
    @Any
    Instance<PayableSource> found;

    private volatile Map<PayableKind, PayableSource> byKind;

    /** The sources in kind order (claims first). */
    public Map<PayableKind, PayableSource> byKind() {
        Map<PayableKind, PayableSource> known = byKind;
        if (known == null) {
            known = ChunkGathering.byKind(found);
            byKind = known;
        }
        return known;
    }

    /**
     * The source of a kind a payment was made for.
     *
     * @throws IllegalStateException when no installed module pays that kind (a payment cannot be settled without it)
     */
    public PayableSource of(PayableKind kind) {
        PayableSource source = byKind().get(kind);
        if (source == null) {
            throw new IllegalStateException("no module provides the PayableSource of " + kind);
        }
        return source;
    }
}
