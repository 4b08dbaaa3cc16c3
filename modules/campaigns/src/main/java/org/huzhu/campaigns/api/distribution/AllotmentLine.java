package org.huzhu.campaigns.api.distribution;

/**
 * A campaign's share for one agency office ({@code agency} true) or grassroots union: how many members the rules
 * select there, how many of them the quota leaves ({@code share}) and how many were served.
 */
public record AllotmentLine(long unitId, String code, String name, boolean agency, Long agencyId, long eligible,
                            long share, long served) {
}
