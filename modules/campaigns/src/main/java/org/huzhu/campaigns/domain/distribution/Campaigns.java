package org.huzhu.campaigns.domain.distribution;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.huzhu.campaigns.api.CampaignType;

/** The tenant's distribution campaigns with their quotas, allotments and hand-outs (a repository, Cargo Tracker's way). */
public interface Campaigns {

    Optional<Campaign> find(long id);

    /** Campaigns whose period starts in the year (all when null), newest first. */
    List<Campaign> list(Integer year);

    /** The same type's campaign the year before: the one this was cloned from, else the latest of that year. */
    Optional<Campaign> lastYear(Campaign campaign);

    void store(Object entity);

    List<AgencyQuota> quotas(long campaignId);

    void replaceAllotments(long campaignId, List<Allotment> allotments);

    List<Allotment> allotments(long campaignId);

    /** Which of these members were served in the campaign. */
    Set<Long> served(long campaignId, Collection<Long> memberIds);

    long reached(long campaignId);

    /** Union id -> {people served, fen spent}. */
    Map<Long, long[]> servedByUnion(long campaignId);

    /** Adds to the spend when it stays within the budget; false (and nothing changed) otherwise. */
    boolean spend(long campaignId, long fen);

    /** Takes {@code people} from the agency's quota when it has that many left; true also when it has no quota. */
    boolean useQuota(long campaignId, long agencyId, long people);

    /** Writes hand-outs; a member already served in the campaign makes it throw {@link AlreadyServed}. */
    void add(List<Delivery> deliveries);

    /** Hand-outs of the campaign at org paths matching the LIKE pattern, in id order after {@code afterId}. */
    List<Delivery> deliveries(long campaignId, String pathLike, long afterId, int limit);

    /** One hand-out of the campaign within the org paths matching {@code pathLike}. */
    Optional<Delivery> delivery(long campaignId, long deliveryId, String pathLike);

    /** Campaigns of the type whose period starts within the dates. */
    List<Campaign> ofType(CampaignType type, LocalDate from, LocalDate to);

    /** Thrown when the unique key (campaign, member) refuses a hand-out someone else wrote meanwhile. */
    class AlreadyServed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public AlreadyServed(Throwable cause) {
            super("member already served in this campaign", cause);
        }
    }
}
