package org.huzhu.campaigns.application.giveaway;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.List;
import org.huzhu.campaigns.api.giveaway.CityGiveaways;
import org.huzhu.campaigns.api.giveaway.GiveawayFigures;
import org.huzhu.campaigns.api.giveaway.GiveawaySettings;
import org.huzhu.campaigns.api.giveaway.GiveawayView;
import org.huzhu.campaigns.api.giveaway.Giveaways;
import org.huzhu.campaigns.api.giveaway.GrabResult;
import org.huzhu.campaigns.api.giveaway.TicketStatus;
import org.huzhu.campaigns.api.giveaway.TicketView;
import org.huzhu.campaigns.application.eligibility.MemberFactsCache;
import org.huzhu.campaigns.application.eligibility.UnitPaths;
import org.huzhu.campaigns.domain.eligibility.MemberFacts;
import org.huzhu.campaigns.domain.giveaway.Giveaway;
import org.huzhu.campaigns.domain.giveaway.GiveawayEdit;
import org.huzhu.campaigns.domain.giveaway.GiveawaySetup;
import org.huzhu.campaigns.domain.giveaway.GiveawayTicket;
import org.huzhu.campaigns.infrastructure.giveaway.GiveawayCounts;
import org.huzhu.tenancy.api.HeadquartersReader;
import org.huzhu.tenancy.api.Refused;
import org.huzhu.tenancy.api.RetriedOnConflict;
import org.huzhu.tenancy.api.TenantContext;
import org.huzhu.tenancy.api.TenantEntityManager;

/** Giveaways: set-up and figures for the office admin; grabs, confirmations and tickets for members. */
@ApplicationScoped
public class GiveawayService implements Giveaways {

    @Inject
    HeadquartersReader headquarters;

    @Inject
    TenantEntityManager entityManager;

    @Inject
    TenantContext context;

    @Inject
    UnitPaths unitPaths;

    @Inject
    GiveawayCache cache;

    @Inject
    MemberFactsCache members;

    @Inject
    Grabbing grabbing;

    @Override
    @Transactional
    @RetriedOnConflict
    public GiveawayView create(GiveawaySettings settings) {
        GiveawaySetup.check(settings);
        Giveaway giveaway = new Giveaway(settings, unitPaths.of(settings.orgUnitId()), context.requireCaller().username(),
                LocalDateTime.now());
        entityManager.get().persist(giveaway);
        entityManager.get().flush();
        return giveaway.toView(LocalDateTime.now());
    }

    @Override
    @Transactional
    @RetriedOnConflict
    public GiveawayView update(long id, GiveawaySettings wanted) {
        // The row lock holds grabs of this giveaway back until the change commits: the figures below stay true.
        Giveaway giveaway = entityManager.get().find(Giveaway.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (giveaway == null) {
            throw Refused.notFound("campaigns.giveaway.refused.notFound", id);
        }
        GiveawaySettings settings = GiveawayEdit.keepingQuizAnswer(giveaway, wanted);
        GiveawaySetup.check(settings);
        LocalDateTime now = LocalDateTime.now();
        long live = giveaway.quota() - giveaway.remaining();
        GiveawayEdit.check(giveaway, settings, now, live, mostHeldByOneMember(id)).ifPresent(r -> {
            throw Refused.conflictOn(r.field(), r.key(), r.params());
        });
        giveaway.apply(settings, unitPaths.of(settings.orgUnitId()));
        giveaway.resize(settings.quota(), live);
        entityManager.get().flush();
        cache.forget(id);
        return giveaway.toView(now);
    }

    private int mostHeldByOneMember(long giveawayId) {
        Long most = entityManager.get().createQuery("select count(t) from GiveawayTicket t where t.giveawayId = :g "
                        + "and t.status <> :released group by t.memberId order by count(t) desc", Long.class)
                .setParameter("g", giveawayId).setParameter("released", TicketStatus.RELEASED).setMaxResults(1)
                .getResultStream().findFirst().orElse(0L);
        return most.intValue();
    }

    @Override
    public List<GiveawayView> list() {
        LocalDateTime now = LocalDateTime.now();
        return entityManager.get().createQuery("select g from Giveaway g order by g.opensAt desc, g.id desc", Giveaway.class)
                .setMaxResults(200).getResultList().stream().map(g -> g.toView(now)).toList();
    }

    @Override
    public GiveawayView find(long id) {
        Giveaway giveaway = entityManager.get().find(Giveaway.class, id);
        if (giveaway == null) {
            throw Refused.notFound("campaigns.giveaway.refused.notFound", id);
        }
        entityManager.get().refresh(giveaway);
        return giveaway.toView(LocalDateTime.now());
    }

    @Override
    public GiveawayFigures figures(long id) {
        GiveawayView giveaway = find(id);
        return GiveawayCounts.figures(entityManager.get(), id, giveaway.quota(), giveaway.remaining());
    }

    @Override
    public List<CityGiveaways> headquarters(int year) {
        return headquarters.readEachTenant(em -> GiveawayCounts.lines(em, year)).stream()
                .map(t -> new CityGiveaways(t.tenant().id().value(), t.tenant().nameZh(), t.tenant().nameEn(),
                        t.value())).toList();
    }

    @Override
    public GrabResult grab(long giveawayId, String idempotencyKey, String quizAnswer) {
        return grabbing.grab(members.current(), giveawayId, idempotencyKey, quizAnswer);
    }

    @Override
    public TicketView confirm(long giveawayId, String code) {
        return grabbing.confirm(members.current(), giveawayId, code);
    }

    @Override
    public List<TicketView> myTickets() {
        MemberFacts me = members.current();
        return entityManager.get().createQuery("select t, g from GiveawayTicket t, Giveaway g where g.id = t.giveawayId "
                        + "and t.memberId = :m order by t.id desc", Object[].class).setParameter("m", me.memberId())
                .setHint("eclipselink.refresh", "true")
                .setMaxResults(200).getResultList().stream()
                .map(r -> Grabbing.view((GiveawayTicket) r[0], (Giveaway) r[1])).toList();
    }
}
