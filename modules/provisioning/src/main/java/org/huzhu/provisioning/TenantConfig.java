package org.huzhu.provisioning;

import java.util.List;
import org.huzhu.demodata.AgencySpec;
import org.huzhu.demodata.DemoSpec;
import org.huzhu.plans.api.PlanFileText;

/** One tenant folder of tenant-config, validated: tenant.yaml and the plan files under plans/. */
public record TenantConfig(String id, String nameZh, String nameEn, String cityOfficeCode, String cityOfficeName,
                           List<UserConfig> users, Demo demo, List<PlanFileText> plans) {

    /** The demo org tree and members of a tenant. */
    public record Demo(int members, int grassrootsPerAgency, String regionPrefix, List<AgencySpec> agencyOffices) {
    }

    public DemoSpec demoSpec() {
        return new DemoSpec(id, cityOfficeCode, cityOfficeName, demo.regionPrefix(), demo.agencyOffices(),
                demo.grassrootsPerAgency(), demo.members(), id.hashCode());
    }
}
