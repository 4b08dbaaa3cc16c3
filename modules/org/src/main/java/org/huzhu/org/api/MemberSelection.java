package org.huzhu.org.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Members selected by {@link MemberCriteria}, computed set-based in the database (a city registry holds millions),
 * for campaigns that serve a part of the membership. Everything is limited to the caller's org subtree as well.
 */
public interface MemberSelection {

    /** How many members match, per grassroots union (org unit id). */
    Map<Long, Long> countByUnit(MemberCriteria criteria);

    /** Matching members in id order after {@code afterId}, at most {@code limit} (capped at 500). */
    List<Selected> page(MemberCriteria criteria, long afterId, int limit);

    /** Which of these member ids match (at most 5,000 a call). */
    Set<Long> matching(MemberCriteria criteria, Collection<Long> memberIds);

    /** These members as far as the caller may see them (at most 5,000 a call). */
    Map<Long, Selected> find(Collection<Long> memberIds);

    /** A member with where they sit and their job flags. */
    record Selected(MemberView member, String orgPath, Set<JobFlag> flags) {
    }
}
