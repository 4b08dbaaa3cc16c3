package org.huzhu.org.api;

import java.util.Set;

/** A member's job flags, as a clerk or the office records them (within the caller's subtree). */
public interface MemberJobFlags {

    Set<JobFlag> change(long memberId, Set<JobFlag> flags);
}
