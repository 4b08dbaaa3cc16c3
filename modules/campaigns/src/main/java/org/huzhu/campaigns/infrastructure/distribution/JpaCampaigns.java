package org.huzhu.campaigns.infrastructure.distribution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.huzhu.campaigns.api.CampaignType;
import org.huzhu.campaigns.domain.distribution.AgencyQuota;
import org.huzhu.campaigns.domain.distribution.Allotment;
import org.huzhu.campaigns.domain.distribution.Campaign;
import org.huzhu.campaigns.domain.distribution.Campaigns;
import org.huzhu.campaigns.domain.distribution.Delivery;
import org.huzhu.tenancy.api.TenantEntityManager;

/** Campaigns in JPQL; every query is tenant-filtered by EclipseLink, the limits are conditional bulk updates. */
@ApplicationScoped
public class JpaCampaigns implements Campaigns {

    @Inject
    TenantEntityManager entityManager;

    private EntityManager em() {
        return entityManager.get();
    }

    @Override
    public Optional<Campaign> find(long id) {
        return Optional.ofNullable(em().find(Campaign.class, id));
    }

    @Override
    public List<Campaign> list(Integer year) {
        if (year == null) {
            return em().createQuery("select c from Campaign c order by c.periodStart desc, c.id desc", Campaign.class)
                    .setMaxResults(500).getResultList();
        }
        return em().createQuery("select c from Campaign c where c.periodStart >= :from and c.periodStart < :to "
                        + "order by c.periodStart desc, c.id desc", Campaign.class)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year + 1, 1, 1))
                .getResultList();
    }

    @Override
    public Optional<Campaign> lastYear(Campaign campaign) {
        if (campaign.clonedFrom() != null) {
            Optional<Campaign> source = find(campaign.clonedFrom());
            if (source.isPresent()) {
                return source;
            }
        }
        int year = campaign.periodStart().getYear() - 1;
        return ofType(campaign.type(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream().findFirst();
    }

    @Override
    public List<Campaign> ofType(CampaignType type, LocalDate from, LocalDate to) {
        return em().createQuery("select c from Campaign c where c.type = :type and c.periodStart >= :from "
                        + "and c.periodStart <= :to order by c.periodStart desc, c.id desc", Campaign.class)
                .setParameter("type", type).setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Override
    public void store(Object entity) {
        em().persist(entity);
        em().flush();
    }

    @Override
    public List<AgencyQuota> quotas(long campaignId) {
        return em().createQuery("select q from AgencyQuota q where q.campaignId = :c order by q.agencyId", AgencyQuota.class)
                .setParameter("c", campaignId).getResultList();
    }

    @Override
    public void replaceAllotments(long campaignId, List<Allotment> allotments) {
        em().createQuery("delete from Allotment a where a.campaignId = :c").setParameter("c", campaignId).executeUpdate();
        allotments.forEach(em()::persist);
        em().flush();
    }

    @Override
    public List<Allotment> allotments(long campaignId) {
        return em().createQuery("select a from Allotment a where a.campaignId = :c order by a.unionId", Allotment.class)
                .setParameter("c", campaignId).getResultList();
    }

    @Override
    public Set<Long> served(long campaignId, Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em().createQuery("select d.memberId from Delivery d where d.campaignId = :c "
                        + "and d.memberId in :ids", Long.class)
                .setParameter("c", campaignId).setParameter("ids", memberIds).getResultList());
    }

    @Override
    public long reached(long campaignId) {
        return em().createQuery("select count(d) from Delivery d where d.campaignId = :c", Long.class)
                .setParameter("c", campaignId).getSingleResult();
    }

    @Override
    public Map<Long, long[]> servedByUnion(long campaignId) {
        Map<Long, long[]> byUnion = new HashMap<>();
        em().createQuery("select d.orgUnitId, count(d), sum(d.amountFen) from Delivery d where d.campaignId = :c "
                        + "group by d.orgUnitId", Object[].class).setParameter("c", campaignId).getResultList()
                .forEach(r -> byUnion.put((Long) r[0], new long[] {(Long) r[1], ((Number) r[2]).longValue()}));
        return byUnion;
    }

    @Override
    public boolean spend(long campaignId, long fen) {
        return em().createQuery("update Campaign c set c.spentFen = c.spentFen + :fen where c.id = :c "
                        + "and c.spentFen + :fen <= c.budgetFen")
                .setParameter("fen", fen).setParameter("c", campaignId).executeUpdate() == 1;
    }

    @Override
    public boolean useQuota(long campaignId, long agencyId, long people) {
        int changed = em().createQuery("update AgencyQuota q set q.used = q.used + :n where q.campaignId = :c "
                        + "and q.agencyId = :a and q.used + :n <= q.quota")
                .setParameter("n", people).setParameter("c", campaignId).setParameter("a", agencyId).executeUpdate();
        if (changed == 1) {
            return true;
        }
        return em().createQuery("select count(q) from AgencyQuota q where q.campaignId = :c and q.agencyId = :a",
                Long.class).setParameter("c", campaignId).setParameter("a", agencyId).getSingleResult() == 0;
    }

    @Override
    public void add(List<Delivery> deliveries) {
        try {
            deliveries.forEach(em()::persist);
            em().flush();
        } catch (PersistenceException e) {
            if (duplicate(e)) {
                throw new AlreadyServed(e);
            }
            throw e;
        }
    }

    private static boolean duplicate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLIntegrityConstraintViolationException
                    || (t.getMessage() != null && t.getMessage().contains("uk_campaign_delivery_member"))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<Delivery> deliveries(long campaignId, String pathLike, long afterId, int limit) {
        return em().createQuery("select d from Delivery d where d.campaignId = :c and d.orgPath like :p "
                        + "and d.id > :after order by d.id", Delivery.class)
                .setParameter("c", campaignId).setParameter("p", pathLike).setParameter("after", afterId)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public Optional<Delivery> delivery(long campaignId, long deliveryId, String pathLike) {
        return em().createQuery("select d from Delivery d where d.id = :id and d.campaignId = :c and d.orgPath like :p",
                        Delivery.class).setParameter("id", deliveryId).setParameter("c", campaignId)
                .setParameter("p", pathLike).getResultStream().findFirst();
    }
}
