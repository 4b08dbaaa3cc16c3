package org.huzhu.org.api;

import java.util.Collection;
import java.util.Map;

/** Members' phone numbers as the notice outbox takes them: encrypted, never in clear. */
public interface MemberPhones {

    /** The encrypted phone numbers of those of these members (in the current tenant) who have one on record. */
    Map<Long, byte[]> phoneCiphers(Collection<Long> memberIds);

    /** Name, masked ID and encrypted phone of each of these members (in the current tenant), in one query. */
    Map<Long, NoticeContact> contacts(Collection<Long> memberIds);
}
