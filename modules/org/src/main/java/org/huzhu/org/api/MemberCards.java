package org.huzhu.org.api;

import java.util.Collection;
import java.util.Map;

/**
 * Member card numbers (京卡), which payouts are paid to. The clear number leaves the registry only for the
 * bank's direct-payout file; anything shown or logged uses the masked form.
 */
public interface MemberCards {

    /**
     * The card numbers of these members, decrypted, for the bank file; members without a card on file are
     * missing from the map. Office staff only (the whole tenant); at most 5,000 ids a call.
     */
    Map<Long, String> cardNumbers(Collection<Long> memberIds);

    /**
     * A clerk mends a member's card (e.g. after the bank refused a payment to a closed card): the encrypted
     * number, its lookup hash and its masked form change together.
     *
     * @throws IllegalArgumentException naming the field when the number is not 16 to 19 digits
     * @throws java.util.NoSuchElementException when there is no such member in the tenant
     * @throws org.huzhu.tenancy.api.AccessDeniedException when the member is outside the caller's subtree
     */
    MemberView changeCard(long memberId, String cardNo);
}
