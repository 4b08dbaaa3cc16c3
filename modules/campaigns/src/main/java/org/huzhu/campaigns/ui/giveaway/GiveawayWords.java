package org.huzhu.campaigns.ui.giveaway;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.huzhu.tenancy.api.Refused;
import org.huzhu.tenancy.ui.PortalTime;

/** Words and times of the giveaway views: refusals in the reader's language, Beijing time in the pickers. */
final class GiveawayWords {

    private GiveawayWords() {
    }

    static void refused(Component view, Refused refused) {
        refused(view.getTranslation(refused.key(), refused.params()));
    }

    static void refused(String text) {
        Notification n = Notification.show(text, 6_000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** A time picked in Beijing time as the server records times (its own zone). */
    static LocalDateTime toServer(LocalDateTime beijing) {
        return beijing == null ? null
                : beijing.atZone(PortalTime.TENANT_ZONE).withZoneSameInstant(ZoneId.systemDefault()).toLocalDateTime();
    }

    /** A server time in Beijing time for the pickers. */
    static LocalDateTime toBeijing(LocalDateTime server) {
        return server == null ? null
                : server.atZone(ZoneId.systemDefault()).withZoneSameInstant(PortalTime.TENANT_ZONE).toLocalDateTime();
    }
}
