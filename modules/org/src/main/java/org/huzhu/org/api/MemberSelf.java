package org.huzhu.org.api;

import java.util.Optional;

/** The member a member login belongs to: the only member record such a login may read. */
public interface MemberSelf {

    /** The caller's own member record; empty when the login is not linked to one. */
    Optional<MemberView> me();
}
