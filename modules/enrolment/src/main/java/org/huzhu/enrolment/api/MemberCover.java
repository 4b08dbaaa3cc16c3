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

    /**
     * In bulk, for a job that checks thousands of claims at once: these members' enrolments in the plan whose
     * term overlaps {@code from}..{@code to} (the caller picks the one holding each claim's date), by member id;
     * a member with none is absent. One query, whoever asks, like {@link #inForce}.
     */
    java.util.Map<Long, List<CoverView>> inForce(java.util.Collection<Long> memberIds, String planCode,
                                                 java.time.LocalDate from, java.time.LocalDate to);

    /** A member login's own enrolments; empty when the login is not linked to a member record. */
    Optional<List<CoverView>> mine();
}
