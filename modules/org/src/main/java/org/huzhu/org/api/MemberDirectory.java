package org.huzhu.org.api;

import java.util.List;
import java.util.Optional;

/** The current tenant's members, limited to the caller's org subtree. */
public interface MemberDirectory {

    /** One page in id order; {@code limit} is capped at 500. */
    List<MemberView> search(MemberQuery query, int offset, int limit);

    Optional<MemberView> find(long memberId);
}
