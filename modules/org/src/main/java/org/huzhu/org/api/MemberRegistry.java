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

    /**
     * Registers the people as members of the grassroots union: new ones are added, known ones move to this
     * union (their id, and so their history, stays).
     *
     * @return every person's member id by national-ID hash
     */
    Map<ByteBuffer, Long> register(List<NewMember> people, long unionId);
}
