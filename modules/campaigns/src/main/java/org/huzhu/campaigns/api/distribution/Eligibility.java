package org.huzhu.campaigns.api.distribution;

import java.util.Set;
import org.huzhu.kernel.identity.Gender;
import org.huzhu.org.api.JobFlag;

/**
 * Who a campaign serves: active members under the org unit {@code scopeUnitId} (null: the whole city), of
 * {@code gender} (null: either), aged {@code minAge}..{@code maxAge} on the campaign's first day (null: open),
 * with at least one of {@code anyFlag} (empty: every member), and, with {@code hardshipOnly}, on the hardship
 * register (relief module; refused until that register is deployed).
 */
public record Eligibility(Long scopeUnitId, Gender gender, Integer minAge, Integer maxAge, Set<JobFlag> anyFlag,
                          boolean hardshipOnly) {

    public Eligibility {
        anyFlag = anyFlag == null ? Set.of() : Set.copyOf(anyFlag);
    }

    public static Eligibility everyone() {
        return new Eligibility(null, null, null, null, Set.of(), false);
    }
}
