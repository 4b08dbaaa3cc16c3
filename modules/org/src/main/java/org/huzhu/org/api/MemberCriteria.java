package org.huzhu.org.api;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import org.huzhu.kernel.identity.Gender;

/**
 * Which active members a selection takes, evaluated by the database over the whole registry: members whose org
 * path starts with {@code pathPrefix}, of {@code gender} (null: either), born within [{@code bornFrom},
 * {@code bornTo}] (null: open), with at least one of {@code anyFlag} (empty: any member), and, when
 * {@code within} is not null, among those member ids (a register kept elsewhere, e.g. hardship).
 */
public record MemberCriteria(String pathPrefix, Gender gender, LocalDate bornFrom, LocalDate bornTo,
                             Set<JobFlag> anyFlag, Collection<Long> within) {

    public MemberCriteria {
        anyFlag = anyFlag == null ? Set.of() : Set.copyOf(anyFlag);
        within = within == null ? null : java.util.List.copyOf(within);
    }
}
