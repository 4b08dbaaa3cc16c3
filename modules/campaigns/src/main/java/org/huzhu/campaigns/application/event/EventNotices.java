package org.huzhu.campaigns.application.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.huzhu.campaigns.domain.event.EventOccurrence;
import org.huzhu.campaigns.domain.event.EventRegistration;
import org.huzhu.campaigns.domain.event.EventSeries;
import org.huzhu.org.api.MemberPhones;
import org.huzhu.tenancy.api.Notice;
import org.huzhu.tenancy.api.Notices;
import org.huzhu.tenancy.api.TenantEntityManager;
import org.huzhu.tenancy.api.Translations;

/** Tells a waiting member their place opened (in the transaction that promoted them). */
@ApplicationScoped
public class EventNotices {

    static final String PLACE_OPENED = "event-place-opened";

    @Inject
    Notices notices;

    @Inject
    MemberPhones phones;

    @Inject
    Translations translations;

    @Inject
    TenantEntityManager entityManager;

    void placeOpened(EventRegistration registration, EventOccurrence occurrence) {
        EventSeries series = entityManager.get().find(EventSeries.class, occurrence.seriesId());
        byte[] phone = phones.phoneCiphers(List.of(registration.memberId())).get(registration.memberId());
        String body = translations.text("campaigns.event.notice.placeOpened", Locale.SIMPLIFIED_CHINESE, series.title(),
                occurrence.day().toString(), series.startsAt().toString(), registration.code());
        notices.enqueue(List.of(new Notice(registration.memberId(), PLACE_OPENED,
                PLACE_OPENED + ":" + registration.id(), phone, body)));
    }
}
