package org.huzhu.demodata;

import java.util.List;

/**
 * What demo data to make for a tenant.
 *
 * @param regionPrefix the first digits of the region codes of members' IDs (Beijing 1101, Baoji 6103)
 * @param newUnions    unions that have joined without members yet
 */
public record DemoSpec(String tenantId, String cityOfficeCode, String cityOfficeName, String regionPrefix,
                       List<AgencySpec> agencyOffices, int grassrootsPerAgency, int members, long seed,
                       List<NewUnionSpec> newUnions) {

    public DemoSpec {
        agencyOffices = List.copyOf(agencyOffices);
        newUnions = List.copyOf(newUnions);
    }

    /** A demo tree whose every union has members. */
    public DemoSpec(String tenantId, String cityOfficeCode, String cityOfficeName, String regionPrefix,
                    List<AgencySpec> agencyOffices, int grassrootsPerAgency, int members, long seed) {
        this(tenantId, cityOfficeCode, cityOfficeName, regionPrefix, agencyOffices, grassrootsPerAgency, members, seed,
                List.of());
    }
}
