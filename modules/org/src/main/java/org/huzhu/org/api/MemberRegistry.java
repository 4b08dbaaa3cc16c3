package org.huzhu.org.api;

import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The tenant's member registry as enrolment writes to it, a chunk of a list at a time. Members are matched
 * by national ID (its keyed hash, wrapped in a ByteBuffer so that equal hashes are equal keys): a member
 * who changes employer keeps their record, and with it their history.
 */
public interface MemberRegistry {

    /** The ids of the registered members among these national-ID hashes. */
    Map<ByteBuffer, Long> idsByNationalId(Collection<ByteBuffer> idNumberHashes);

    /** A registered member as a bulk claim check needs them: the view, their union's path and agency office. */
    record Claimant(MemberView member, String orgPath, Long agencyId) {
    }

    /**
     * The registered members among these national-ID hashes, with where they sit (one query for the members,
     * one for the tenant's agency offices): what {@link #idsByNationalId} finds, and what a claim records.
     */
    Map<ByteBuffer, Claimant> claimantsByNationalId(Collection<ByteBuffer> idNumberHashes);

    /**
     * Makes a chunk of people ready to register, outside the writing transaction (on a thread of its own while the
     * chunk before is written): each one's national-ID hash, who is registered already, and the new ones' rows with
     * their ciphers and masks.
     */
    Prepared prepare(List<NewMember> people, long unionId);

    /** What {@link #prepare} made of a chunk; only {@link #register} reads it. */
    interface Prepared {
        /** Each person's national-ID hash, in the order given to {@link #prepare}. */
        List<ByteBuffer> hashes();
    }

    /**
     * Registers the prepared people as members of the grassroots union, in the caller's transaction: new ones are
     * added, known ones move to this union (their id, and so their history, stays). A person registered since the
     * chunk was prepared (by this list's chunk before, or by another transaction) is not added twice: the national
     * ID's unique key keeps the stored member, whose id is answered.
     *
     * @return every person's member id by national-ID hash
     */
    Map<ByteBuffer, Long> register(Prepared prepared);
}
