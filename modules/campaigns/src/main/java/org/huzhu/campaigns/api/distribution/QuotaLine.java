package org.huzhu.campaigns.api.distribution;

/** An agency office's quota: at most {@code quota} people served in its part of the campaign. */
public record QuotaLine(String agencyCode, String agencyName, long quota, long used) {

    /** A quota as a request gives it (code and number). */
    public static QuotaLine of(String agencyCode, long quota) {
        return new QuotaLine(agencyCode, null, quota, 0);
    }
}
