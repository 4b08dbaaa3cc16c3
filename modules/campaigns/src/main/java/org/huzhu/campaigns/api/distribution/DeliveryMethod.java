package org.huzhu.campaigns.api.distribution;

/** How a hand-out reaches the person: handed over on site, or sent by courier with a tracking number. */
public enum DeliveryMethod {
    ON_SITE,
    COURIER
}
