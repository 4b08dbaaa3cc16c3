package org.huzhu.campaigns.application.giveaway;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.huzhu.tenancy.api.Notice;
import org.huzhu.tenancy.api.Translations;

/**
 * The SMS notices of giveaways, in Chinese (the members' language; the text is the message itself): won, a hold
 * about to lapse, a waitlist place opened. Each is queued once per ticket (its code is the reference).
 */
@ApplicationScoped
public class GiveawayNotices {

    static final String WON = "giveaway-won";
    static final String LAPSING = "giveaway-hold-lapsing";
    static final String PLACE_OPENED = "giveaway-waitlist-place";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    Translations translations;

    public Notice won(long memberId, byte[] phone, String title, String code, LocalDateTime holdUntil) {
        return notice(memberId, phone, WON, code, "campaigns.giveaway.notice.won", title, code, holdUntil);
    }

    public Notice lapsing(long memberId, byte[] phone, String title, String code, LocalDateTime holdUntil) {
        return notice(memberId, phone, LAPSING, code, "campaigns.giveaway.notice.lapsing", title, code, holdUntil);
    }

    public Notice placeOpened(long memberId, byte[] phone, String title, String code, LocalDateTime holdUntil) {
        return notice(memberId, phone, PLACE_OPENED, code, "campaigns.giveaway.notice.placeOpened", title, code,
                holdUntil);
    }

    private Notice notice(long memberId, byte[] phone, String kind, String code, String key, String title,
                          String ticket, LocalDateTime holdUntil) {
        String body = translations.text(key, Locale.SIMPLIFIED_CHINESE, title, ticket,
                TIME.format(org.huzhu.campaigns.application.giveaway.Clock.inTenantZone(holdUntil)));
        return new Notice(memberId, kind, kind + ":" + code, phone, body);
    }
}
