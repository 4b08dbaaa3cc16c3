package org.huzhu.campaigns.application.giveaway;

import java.time.LocalDateTime;
import java.time.ZoneId;

/** Times are recorded in the server's zone (as everywhere in the platform) and told to members in Beijing time. */
final class Clock {

    private static final ZoneId TENANT_ZONE = ZoneId.of("Asia/Shanghai");

    private Clock() {
    }

    static LocalDateTime inTenantZone(LocalDateTime serverTime) {
        return serverTime.atZone(ZoneId.systemDefault()).withZoneSameInstant(TENANT_ZONE).toLocalDateTime();
    }
}
