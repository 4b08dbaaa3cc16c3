package org.huzhu.demodata;

import java.util.List;

/**
 * What demo data to make for a tenant.
 *
 * @param regionPrefix the first digits of the region codes of members' IDs (Beijing 1101, Baoji 6103)
 */
public record DemoSpec(String tenantId, String cityOfficeCode, String cityOfficeName, String regionPrefix,
                       List<AgencySpec> agencyOffices, int grassrootsPerAgency, int members, long seed) {

    public DemoSpec {
        agencyOffices = List.copyOf(agencyOffices);
    }
}
