package org.huzhu.relief.domain;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.huzhu.kernel.identity.Gender;
import org.huzhu.org.api.JobFlag;
import org.huzhu.org.api.MemberCriteria;

/**
 * Who a condolence item is for, pure: active members under {@code orgPath}, of {@code gender} (null: either),
 * only those on the hardship register when {@code hardshipOnly}, only those with the registry's model-worker flag
 * when {@code modelWorkersOnly}, and only the listed members when {@code memberIds} is not empty. The conditions
 * all hold together (an explicit list within the hardship register keeps the members on both).
 */
public record CondolenceCriteria(String orgPath, Gender gender, boolean hardshipOnly, boolean modelWorkersOnly,
                                 Set<Long> memberIds) {

    public CondolenceCriteria {
        orgPath = orgPath == null || orgPath.isBlank() ? "/" : orgPath;
        memberIds = memberIds == null ? Set.of() : Set.copyOf(memberIds);
    }

    /** The registry's criteria; {@code hardship}: the members whose household is in hardship now. */
    public MemberCriteria memberCriteria(Collection<Long> hardship) {
        List<Long> within = null;
        if (!memberIds.isEmpty()) {
            Set<Long> kept = new HashSet<>(memberIds);
            if (hardshipOnly) {
                kept.retainAll(new HashSet<>(hardship));
            }
            within = kept.stream().sorted().toList();
        } else if (hardshipOnly) {
            within = hardship.stream().sorted().toList();
        }
        return new MemberCriteria(orgPath, gender, null, null,
                modelWorkersOnly ? Set.of(JobFlag.MODEL_WORKER) : Set.of(), within);
    }
}
