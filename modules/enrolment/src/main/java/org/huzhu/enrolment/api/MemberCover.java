package org.huzhu.enrolment.api;

import java.util.List;
import java.util.Optional;

/** What a member is covered by: every enrolment, newest term first. */
public interface MemberCover {

    /** The member's enrolments; empty when the member is not in the caller's subtree. */
    Optional<List<CoverView>> enrolments(long memberId);

    /**
     * The member's enrolment in the plan whose term holds the date, whoever asks (claims checks it for a
     * member the caller was already allowed to see); empty when there is none.
     */
    Optional<CoverView> inForce(long memberId, String planCode, java.time.LocalDate date);

    /** A member login's own enrolments; empty when the login is not linked to a member record. */
    Optional<List<CoverView>> mine();
}
