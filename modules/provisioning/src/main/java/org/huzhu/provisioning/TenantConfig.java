package org.huzhu.provisioning;

import java.util.List;
import java.util.Optional;
import org.huzhu.demodata.AgencySpec;
import org.huzhu.demodata.DemoSpec;
import org.huzhu.demodata.NewUnionSpec;
import org.huzhu.microloans.api.MicroloanSettings;
import org.huzhu.plans.api.PlanFileText;
import org.huzhu.relief.api.HardshipRegister;

/**
 * One tenant folder of tenant-config, validated: tenant.yaml and the plan files under plans/. {@code relief} is
 * empty when the file has no {@code relief:} section (the tenant keeps the lines it has).
 */
public record TenantConfig(String id, String nameZh, String nameEn, String cityOfficeCode, String cityOfficeName,
                           List<UserConfig> users, Demo demo, List<PlanFileText> plans, ClaimPolicy claims,
                           PayoutPolicy payouts, MicroloanSettings microloans,
                           Optional<HardshipRegister.Settings> relief) {

    /**
     * The claim policy (tenant.yaml {@code claims:}): review share in percent, the amount in fen above which every
     * claim is reviewed, the payout weekday, and the approval limits as stored ({@code role=fen,...}, no figure
     * for no limit), and what a document must look like to be paid on without review (smallest size in bytes,
     * an image's smallest side in pixels, a PDF's least text when it has no picture).
     */
    public record ClaimPolicy(int reviewPercent, long reviewAboveFen, String payoutWeekday, String limits,
                              int documentMinBytes, int imageMinPixels, int pdfMinTextChars) {
        public static final ClaimPolicy DEFAULT = new ClaimPolicy(5, 2_000_000, "FRIDAY",
                "agency-clerk=500000,claims-officer=5000000,office-admin=", 500, 200, 20);
    }

    /**
     * The payout setting (tenant.yaml {@code payouts: { weekday: FRIDAY }}, or as before {@code claims.payoutWeekday}):
     * the weekly payout day (周赔), MONDAY .. SUNDAY. Written to payouts' own {@code payout_policy}.
     */
    public record PayoutPolicy(String weekday) {
        public static final PayoutPolicy DEFAULT = new PayoutPolicy("FRIDAY");
    }

    /** The demo org tree and members of a tenant, and the unions that joined without members yet. */
    public record Demo(int members, int grassrootsPerAgency, String regionPrefix, List<AgencySpec> agencyOffices,
                       List<NewUnionSpec> newUnions) {
    }

    public DemoSpec demoSpec() {
        return new DemoSpec(id, cityOfficeCode, cityOfficeName, demo.regionPrefix(), demo.agencyOffices(),
                demo.grassrootsPerAgency(), demo.members(), id.hashCode(), demo.newUnions());
    }
}
