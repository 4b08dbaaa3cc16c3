package org.huzhu.campaigns.domain.distribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shares an agency office's quota among its unions in proportion to their eligible members (largest remainder,
 * ties to the union listed first), never more than a union's eligible; without a quota every eligible member is
 * the union's share.
 */
public final class Allotting {

    private Allotting() {
    }

    /** Union id -> share, for the unions of one agency office (eligible counts in a stable order). */
    public static Map<Long, Long> shares(Map<Long, Long> eligibleByUnion, Long quota) {
        long total = eligibleByUnion.values().stream().mapToLong(Long::longValue).sum();
        Map<Long, Long> shares = new LinkedHashMap<>();
        if (quota == null || quota >= total) {
            shares.putAll(eligibleByUnion);
            return shares;
        }
        List<long[]> remainders = new ArrayList<>();
        long given = 0;
        int order = 0;
        for (Map.Entry<Long, Long> union : eligibleByUnion.entrySet()) {
            long exact = union.getValue() * quota;
            shares.put(union.getKey(), exact / total);
            given += exact / total;
            remainders.add(new long[] {union.getKey(), exact % total, order++});
        }
        remainders.sort(Comparator.<long[]>comparingLong(r -> -r[1]).thenComparingLong(r -> r[2]));
        for (int i = 0; given < quota; i++, given++) {
            shares.merge(remainders.get(i)[0], 1L, Long::sum);
        }
        return shares;
    }
}
