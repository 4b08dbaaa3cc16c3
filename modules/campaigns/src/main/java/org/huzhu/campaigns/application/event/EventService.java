package org.huzhu.campaigns.application.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.huzhu.campaigns.api.event.EventDetails;
import org.huzhu.campaigns.api.event.EventEligibility;
import org.huzhu.campaigns.api.event.EventSettings;
import org.huzhu.campaigns.api.event.EventView;
import org.huzhu.campaigns.api.event.Events;
import org.huzhu.campaigns.api.event.OccurrenceView;
import org.huzhu.campaigns.api.event.RegistrationStatus;
import org.huzhu.campaigns.api.event.RegistrationView;
import org.huzhu.campaigns.application.eligibility.MemberFactsCache;
import org.huzhu.campaigns.application.eligibility.UnitPaths;
import org.huzhu.campaigns.domain.eligibility.Eligibility;
import org.huzhu.campaigns.domain.eligibility.MemberFacts;
import org.huzhu.campaigns.domain.event.CapacityChange;
import org.huzhu.campaigns.domain.event.EligibilityChange;
import org.huzhu.campaigns.domain.event.EventOccurrence;
import org.huzhu.campaigns.domain.event.EventQueue;
import org.huzhu.campaigns.domain.event.EventRegistration;
import org.huzhu.campaigns.domain.event.EventSeries;
import org.huzhu.campaigns.domain.event.EventSetup;
import org.huzhu.campaigns.domain.event.RecurrenceRule;
import org.huzhu.campaigns.domain.giveaway.TicketCodes;
import org.huzhu.org.api.MemberDirectory;
import org.huzhu.org.api.MemberSelection;
import org.huzhu.org.api.MemberSelf;
import org.huzhu.org.api.MemberView;
import org.huzhu.tenancy.api.Caller;
import org.huzhu.tenancy.api.Refused;
import org.huzhu.tenancy.api.RetriedOnConflict;
import org.huzhu.tenancy.api.Role;
import org.huzhu.tenancy.api.TenantContext;
import org.huzhu.tenancy.api.TenantEntityManager;

/**
 * Events: an occurrence's places are taken with a conditional increment (never past its capacity), the rest wait in
 * order; a cancelled place goes to the first waiting, under the occurrence's row lock.
 * A change the database refuses for a conflict (two registrations on one occurrence's row from different Galera
 * nodes) is made again whole: all it does is in the database (notices go to the outbox in the same transaction).
 */
@ApplicationScoped
@RetriedOnConflict
public class EventService implements Events {

    /** The most members the registry looks up in one call. */
    static final int FACTS_AT_ONCE = 5_000;

    @Inject
    TenantEntityManager entityManager;

    @Inject
    TenantContext context;

    @Inject
    MemberSelf self;

    @Inject
    MemberDirectory directory;

    @Inject
    EventNotices notices;

    @Inject
    MemberFactsCache members;

    @Inject
    UnitPaths unitPaths;

    @Inject
    MemberSelection selection;

    @Override
    @Transactional
    public EventView create(EventSettings settings) {
        EventSetup.check(settings);
        List<LocalDate> dates = RecurrenceRule.dates(settings.recurrence());
        EventSeries series = new EventSeries(settings, unitPaths.of(settings.orgUnitId()),
                context.requireCaller().username(), LocalDateTime.now());
        entityManager.get().persist(series);
        entityManager.get().flush();
        dates.forEach(day -> entityManager.get().persist(new EventOccurrence(series.id(), day, settings.capacity())));
        entityManager.get().flush();
        return view(series, null);
    }

    @Override
    @Transactional
    public EventView changeEligibility(long id, EventEligibility rules) {
        EventSetup.check(rules);
        String path = unitPaths.of(rules.orgUnitId());
        // The write lock waits for registrations of the event in flight (they hold the shared lock) and holds new
        // ones back until the change commits, so nobody registers under rules that are being replaced.
        EventSeries series = entityManager.get().find(EventSeries.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (series == null) {
            throw Refused.notFound("campaigns.event.refused.notFound", id);
        }
        Eligibility wanted = new Eligibility(path, rules.gender(), rules.minAge());
        EligibilityChange.check(wanted, registeredMembers(id)).ifPresent(shutOut -> {
            throw Refused.conflict("campaigns.event.refused.shutsOut", shutOut.excluded(), shutOut.registered());
        });
        series.admit(rules, path);
        entityManager.get().flush();
        return view(series, null);
    }

    /** The members holding a place or waiting for a date of the event from today on, as the rules judge them. */
    private List<MemberFacts> registeredMembers(long seriesId) {
        List<Long> ids = entityManager.get().createQuery("select distinct r.memberId from EventRegistration r, "
                        + "EventOccurrence o where o.id = r.occurrenceId and o.seriesId = :s and o.day >= :today "
                        + "and r.status in :live", Long.class).setParameter("s", seriesId)
                .setParameter("today", LocalDate.now())
                .setParameter("live", List.of(RegistrationStatus.REGISTERED, RegistrationStatus.WAITLISTED))
                .getResultList();
        List<MemberFacts> facts = new java.util.ArrayList<>();
        for (int from = 0; from < ids.size(); from += FACTS_AT_ONCE) {
            selection.find(ids.subList(from, Math.min(ids.size(), from + FACTS_AT_ONCE))).values().forEach(m ->
                    facts.add(new MemberFacts(m.member().id(), m.member().gender(), m.member().age(), m.orgPath(), null)));
        }
        return facts;
    }

    @Override
    public List<EventView> list() {
        List<Long> ids = entityManager.get().createQuery("select distinct o.seriesId from EventOccurrence o "
                + "where o.day >= :from", Long.class).setParameter("from", LocalDate.now().minusDays(30)).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        MemberFacts viewer = viewer();
        return entityManager.get().createQuery("select s from EventSeries s where s.id in :ids order by s.id desc",
                EventSeries.class).setParameter("ids", ids).setMaxResults(100).getResultList().stream()
                .map(s -> view(s, viewer)).toList();
    }

    @Override
    public EventView find(long id) {
        EventSeries series = entityManager.get().find(EventSeries.class, id);
        if (series == null) {
            throw Refused.notFound("campaigns.event.refused.notFound", id);
        }
        return view(series, viewer());
    }

    /** The member looking, for whom the rules are judged; null for staff (and a member login linked to nobody). */
    private MemberFacts viewer() {
        return context.requireCaller().has(Role.MEMBER) ? members.find().orElse(null) : null;
    }

    private EventView view(EventSeries s, MemberFacts viewer) {
        List<EventOccurrence> dates = entityManager.get().createQuery("select o from EventOccurrence o where "
                        + "o.seriesId = :s order by o.day", EventOccurrence.class).setParameter("s", s.id())
                .setHint("eclipselink.refresh", "true").getResultList();
        Map<Long, Long> waiting = entityManager.get().createQuery("select r.occurrenceId, count(r) from "
                        + "EventRegistration r, EventOccurrence o where o.id = r.occurrenceId and o.seriesId = :s "
                        + "and r.status = :w group by r.occurrenceId", Object[].class).setParameter("s", s.id())
                .setParameter("w", RegistrationStatus.WAITLISTED).getResultList().stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
        String notForYou = viewer == null ? null : s.eligibility().refusal(viewer).orElse(null);
        return new EventView(s.id(), s.title(), s.kind(), s.place(), s.description(), s.capacity(), s.startsAt(),
                s.endsAt(), s.rules(), notForYou, dates.stream().map(o -> view(s, o, waiting.getOrDefault(o.id(), 0L)))
                .toList());
    }

    private static OccurrenceView view(EventSeries s, EventOccurrence o, long waiting) {
        return new OccurrenceView(o.id(), s.id(), s.title(), s.kind(), s.place(), o.day(), s.startsAt(), s.endsAt(),
                o.capacity(), o.registered(), waiting);
    }

    @Override
    @Transactional
    public EventView changeDetails(long id, EventDetails details) {
        EventSetup.check(details);
        EventSeries series = entityManager.get().find(EventSeries.class, id);
        if (series == null) {
            throw Refused.notFound("campaigns.event.refused.notFound", id);
        }
        series.describe(details);
        entityManager.get().flush();
        return view(series, null);
    }

    @Override
    @Transactional
    public OccurrenceView changeCapacity(long occurrenceId, int capacity) {
        EventSetup.checkCapacity(capacity);
        EventOccurrence occurrence = occurrence(occurrenceId);
        // The row lock (as a cancellation takes it): registrations of the date wait on their conditional increment,
        // so the places taken read here stay true and the waiting move up before anyone new can take a place.
        entityManager.get().refresh(occurrence, LockModeType.PESSIMISTIC_WRITE);
        if (occurrence.day().isBefore(LocalDate.now())) {
            throw Refused.conflict("campaigns.event.refused.pastCapacity", occurrence.day());
        }
        int taken = occurrence.registered();
        CapacityChange.check(capacity, taken).ifPresent(r -> {
            throw Refused.conflictOn("capacity", r.key(), r.params());
        });
        // the CHECK (registered <= capacity) stands behind the condition
        int changed = entityManager.get().createNativeQuery("UPDATE event_occurrence SET capacity = ?, "
                        + "version = version + 1 WHERE id = ? AND registered <= ?").setParameter(1, capacity)
                .setParameter(2, occurrenceId).setParameter(3, capacity).executeUpdate();
        if (changed != 1) {
            throw Refused.conflictOn("capacity", "campaigns.event.refused.capacityBelowTaken", capacity, taken);
        }
        List<EventQueue.Entry> waiting = entityManager.get().createQuery("select r.id, r.status from EventRegistration r "
                        + "where r.occurrenceId = :o and r.status = :w order by r.id", Object[].class)
                .setParameter("o", occurrenceId).setParameter("w", RegistrationStatus.WAITLISTED)
                .setMaxResults(Math.max(1, capacity - taken)).getResultList().stream()
                .map(r -> new EventQueue.Entry((Long) r[0], (RegistrationStatus) r[1])).toList();
        for (EventQueue.Entry next : CapacityChange.promoted(capacity, taken, waiting)) {
            if (setStatus(next.id(), RegistrationStatus.WAITLISTED, RegistrationStatus.REGISTERED) != 1) {
                continue;
            }
            int took = entityManager.get().createNativeQuery("UPDATE event_occurrence SET registered = registered + 1 "
                    + "WHERE id = ? AND registered < capacity").setParameter(1, occurrenceId).executeUpdate();
            if (took != 1) {
                // cannot happen under the row lock; if it did, nothing of this change may stay
                throw new IllegalStateException("no place left for a promotion on occurrence " + occurrenceId);
            }
            EventRegistration promoted = entityManager.get().find(EventRegistration.class, next.id());
            entityManager.get().refresh(promoted);
            notices.placeOpened(promoted, occurrence);
        }
        entityManager.get().refresh(occurrence);
        EventSeries series = entityManager.get().find(EventSeries.class, occurrence.seriesId());
        long stillWaiting = entityManager.get().createQuery("select count(r) from EventRegistration r where "
                        + "r.occurrenceId = :o and r.status = :w", Long.class).setParameter("o", occurrenceId)
                .setParameter("w", RegistrationStatus.WAITLISTED).getSingleResult();
        return view(series, occurrence, stillWaiting);
    }

    @Override
    @Transactional
    public RegistrationView register(long occurrenceId) {
        MemberView me = me();
        EventOccurrence occurrence = occurrence(occurrenceId);
        if (occurrence.day().isBefore(LocalDate.now())) {
            throw Refused.conflict("campaigns.event.refused.past", occurrence.day());
        }
        // The shared lock: registrations do not wait for each other, a change of the rules waits for them.
        EventSeries series = entityManager.get().find(EventSeries.class, occurrence.seriesId(),
                LockModeType.PESSIMISTIC_READ);
        series.eligibility().refusal(members.current()).ifPresent(rule -> {
            throw Refused.conflict("campaigns.event.refused.notEligible." + rule);
        });
        var live = entityManager.get().createQuery("select r from EventRegistration r where r.occurrenceId = :o "
                        + "and r.memberId = :m and r.status <> :c", EventRegistration.class).setParameter("o", occurrenceId)
                .setParameter("m", me.id()).setParameter("c", RegistrationStatus.CANCELLED).getResultList();
        if (!live.isEmpty()) {
            return view(live.get(0), me.name());
        }
        int took = entityManager.get().createNativeQuery("UPDATE event_occurrence SET registered = registered + 1 "
                + "WHERE id = ? AND registered < capacity").setParameter(1, occurrenceId).executeUpdate();
        EventRegistration registration = new EventRegistration(occurrenceId, me.id(),
                took == 1 ? RegistrationStatus.REGISTERED : RegistrationStatus.WAITLISTED, TicketCodes.next(),
                LocalDateTime.now());
        entityManager.get().persist(registration);
        entityManager.get().flush();
        return view(registration, me.name());
    }

    @Override
    @Transactional
    public RegistrationView cancel(long occurrenceId, long registrationId) {
        EventRegistration registration = registration(occurrenceId, registrationId);
        Caller caller = context.requireCaller();
        if (!caller.has(Role.OFFICE_ADMIN) && registration.memberId() != me().id()) {
            throw Refused.notFound("campaigns.event.refused.registrationNotFound", registrationId);
        }
        if (!EventQueue.cancellable(registration.status())) {
            throw Refused.conflict("campaigns.event.refused.notCancellable", registration.status().name());
        }
        // The row lock: a cancellation and a registration of the same date cannot both see the freed place.
        EventOccurrence occurrence = entityManager.get().find(EventOccurrence.class, occurrenceId,
                LockModeType.PESSIMISTIC_WRITE);
        RegistrationStatus was = registration.status();
        if (setStatus(registrationId, was, RegistrationStatus.CANCELLED) == 0) {
            throw Refused.conflict("campaigns.event.refused.notCancellable", was.name());
        }
        if (EventQueue.freesPlace(was)) {
            promoteOrFree(occurrence);
        }
        entityManager.get().refresh(registration);
        return view(registration, null);
    }

    private void promoteOrFree(EventOccurrence occurrence) {
        List<EventQueue.Entry> queue = entityManager.get().createQuery("select r.id, r.status from EventRegistration r "
                        + "where r.occurrenceId = :o and r.status = :w order by r.id", Object[].class)
                .setParameter("o", occurrence.id()).setParameter("w", RegistrationStatus.WAITLISTED).setMaxResults(20)
                .getResultList().stream().map(r -> new EventQueue.Entry((Long) r[0], (RegistrationStatus) r[1])).toList();
        var next = EventQueue.next(queue);
        if (next.isPresent() && setStatus(next.get().id(), RegistrationStatus.WAITLISTED,
                RegistrationStatus.REGISTERED) == 1) {
            EventRegistration promoted = entityManager.get().find(EventRegistration.class, next.get().id());
            entityManager.get().refresh(promoted);
            notices.placeOpened(promoted, occurrence);
            return;
        }
        entityManager.get().createNativeQuery("UPDATE event_occurrence SET registered = registered - 1 WHERE id = ? "
                + "AND registered > 0").setParameter(1, occurrence.id()).executeUpdate();
    }

    private int setStatus(long registrationId, RegistrationStatus from, RegistrationStatus to) {
        return entityManager.get().createQuery("update EventRegistration r set r.status = :to, r.version = r.version + 1 "
                        + "where r.id = :id and r.status = :from").setParameter("to", to).setParameter("id", registrationId)
                .setParameter("from", from).executeUpdate();
    }

    @Override
    public List<RegistrationView> registrations(long occurrenceId) {
        occurrence(occurrenceId);
        return entityManager.get().createQuery("select r from EventRegistration r where r.occurrenceId = :o order by r.id",
                        EventRegistration.class).setParameter("o", occurrenceId)
                .setHint("eclipselink.refresh", "true").setMaxResults(2_000).getResultList().stream()
                .map(r -> view(r, directory.find(r.memberId()).map(MemberView::name).orElse(null))).toList();
    }

    @Override
    @Transactional
    public RegistrationView checkIn(long occurrenceId, String code, Long registrationId) {
        EventOccurrence occurrence = occurrence(occurrenceId);
        if (!occurrence.day().equals(LocalDate.now())) {
            throw Refused.conflict("campaigns.event.refused.notToday", occurrence.day());
        }
        EventRegistration registration;
        if (registrationId != null) {
            registration = registration(occurrenceId, registrationId);
        } else if (code != null && !code.isBlank()) {
            registration = entityManager.get().createQuery("select r from EventRegistration r where r.occurrenceId = :o "
                            + "and r.code = :c", EventRegistration.class).setParameter("o", occurrenceId)
                    .setParameter("c", code.trim().toUpperCase(java.util.Locale.ROOT)).getResultStream().findFirst()
                    .orElseThrow(() -> Refused.notFound("campaigns.event.refused.codeNotFound", code));
        } else {
            throw Refused.badInput("code", "campaigns.event.refused.required");
        }
        if (registration.status() != RegistrationStatus.CHECKED_IN) {
            int done = entityManager.get().createQuery("update EventRegistration r set r.status = :in, r.checkedInAt = :now, "
                            + "r.checkedInBy = :by, r.version = r.version + 1 where r.id = :id and r.status = :registered")
                    .setParameter("in", RegistrationStatus.CHECKED_IN).setParameter("now", LocalDateTime.now())
                    .setParameter("by", context.requireCaller().username()).setParameter("id", registration.id())
                    .setParameter("registered", RegistrationStatus.REGISTERED).executeUpdate();
            if (done == 0) {
                throw Refused.conflict("campaigns.event.refused.notRegistered", registration.status().name());
            }
            entityManager.get().refresh(registration);
        }
        return view(registration, directory.find(registration.memberId()).map(MemberView::name).orElse(null));
    }

    @Override
    public List<RegistrationView> mine() {
        MemberView me = me();
        return entityManager.get().createQuery("select r from EventRegistration r where r.memberId = :m order by r.id desc",
                        EventRegistration.class).setParameter("m", me.id()).setHint("eclipselink.refresh", "true")
                .setMaxResults(200).getResultList().stream().map(r -> view(r, me.name())).toList();
    }

    private MemberView me() {
        return self.me().orElseThrow(() -> Refused.notFound("campaigns.giveaway.refused.noMember"));
    }

    private EventOccurrence occurrence(long id) {
        EventOccurrence occurrence = entityManager.get().find(EventOccurrence.class, id);
        if (occurrence == null) {
            throw Refused.notFound("campaigns.event.refused.occurrenceNotFound", id);
        }
        return occurrence;
    }

    private EventRegistration registration(long occurrenceId, long id) {
        EventRegistration registration = entityManager.get().find(EventRegistration.class, id);
        if (registration == null || registration.occurrenceId() != occurrenceId) {
            throw Refused.notFound("campaigns.event.refused.registrationNotFound", id);
        }
        entityManager.get().refresh(registration);
        return registration;
    }

    private static RegistrationView view(EventRegistration r, String name) {
        return new RegistrationView(r.id(), r.occurrenceId(), r.memberId(), name, r.status(), r.code(), r.registeredAt(),
                r.checkedInAt());
    }
}
