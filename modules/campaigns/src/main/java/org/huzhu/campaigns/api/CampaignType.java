package org.huzhu.campaigns.api;

/** The kinds of distribution campaign an office runs; CUSTOM names its own. */
public enum CampaignType {
    SUMMER_COOLING,
    WINTER_WARMTH,
    SPRING_COUPLETS,
    WOMENS_DAY,
    CUSTOM
}
