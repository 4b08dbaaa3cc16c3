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
 * all hold together (an explicit list within the hardship register keeps the members on both). Model workers in
 * hardship (both flags) are the households whose file marks them a model worker's, or whose member the registry
 * flags: a file may know what the registry has not been told.
 */
public record CondolenceCriteria(String orgPath, Gender gender, boolean hardshipOnly, boolean modelWorkersOnly,
                                 Set<Long> memberIds) {

    public CondolenceCriteria {
        orgPath = orgPath == null || orgPath.isBlank() ? "/" : orgPath;
        memberIds = memberIds == null ? Set.of() : Set.copyOf(memberIds);
    }

    /** Whether the item is for model workers in hardship: who counts as one is asked before the registry is read. */
    public boolean modelWorkersInHardship() {
        return hardshipOnly && modelWorkersOnly;
    }

    /** The registry's criteria; {@code hardship}: the members whose household is in hardship now. */
    public MemberCriteria memberCriteria(Collection<Long> hardship) {
        if (modelWorkersInHardship()) {
            throw new IllegalArgumentException("model workers in hardship: say which households count as such");
        }
        return memberCriteria(hardship, null);
    }

    /**
     * The registry's criteria; {@code hardship}: the members whose household is in hardship now;
     * {@code modelWorkerHouseholds} (for {@link #modelWorkersInHardship} only): those of them who count as model
     * workers, by their file's flag or the registry's. For model workers in hardship the registry is then asked for
     * those members only, with no flag of its own (the flag alone would drop the households only their file marks).
     */
    public MemberCriteria memberCriteria(Collection<Long> hardship, Collection<Long> modelWorkerHouseholds) {
        Collection<Long> register = hardship;
        if (modelWorkersInHardship()) {
            Set<Long> both = new HashSet<>(modelWorkerHouseholds);
            both.retainAll(new HashSet<>(hardship));
            register = both;
        }
        List<Long> within = null;
        if (!memberIds.isEmpty()) {
            Set<Long> kept = new HashSet<>(memberIds);
            if (hardshipOnly) {
                kept.retainAll(new HashSet<>(register));
            }
            within = kept.stream().sorted().toList();
        } else if (hardshipOnly) {
            within = register.stream().sorted().toList();
        }
        return new MemberCriteria(orgPath, gender, null, null,
                modelWorkersOnly && !modelWorkersInHardship() ? Set.of(JobFlag.MODEL_WORKER) : Set.of(), within);
    }
}
