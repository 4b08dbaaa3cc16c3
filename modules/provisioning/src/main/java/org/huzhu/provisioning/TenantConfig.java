package org.huzhu.provisioning;

import java.util.List;
import org.huzhu.demodata.AgencySpec;
import org.huzhu.demodata.DemoSpec;

/** One tenant folder of tenant-config, validated. */
public record TenantConfig(String id, String nameZh, String nameEn, String cityOfficeCode, String cityOfficeName,
                           List<UserConfig> users, Demo demo) {

    /** The demo org tree and members of a tenant. */
    public record Demo(int members, int grassrootsPerAgency, String regionPrefix, List<AgencySpec> agencyOffices) {
    }

    public DemoSpec demoSpec() {
        return new DemoSpec(id, cityOfficeCode, cityOfficeName, demo.regionPrefix(), demo.agencyOffices(),
                demo.grassrootsPerAgency(), demo.members(), id.hashCode());
    }
}
