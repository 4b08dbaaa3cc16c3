package org.huzhu.campaigns.application.distribution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.huzhu.campaigns.api.distribution.AllotmentLine;
import org.huzhu.campaigns.api.distribution.CampaignSettings;
import org.huzhu.campaigns.api.distribution.CampaignSummary;
import org.huzhu.campaigns.api.distribution.DistributionCampaigns;
import org.huzhu.campaigns.api.distribution.Eligibility;
import org.huzhu.campaigns.api.distribution.QuotaLine;
import org.huzhu.campaigns.domain.distribution.AgencyQuota;
import org.huzhu.campaigns.domain.distribution.Allotment;
import org.huzhu.campaigns.domain.distribution.Allotting;
import org.huzhu.campaigns.domain.distribution.Campaign;
import org.huzhu.campaigns.domain.distribution.Campaigns;
import org.huzhu.campaigns.domain.distribution.SettingsCheck;
import org.huzhu.org.api.MemberSelection;
import org.huzhu.org.api.OrgTree;
import org.huzhu.org.api.OrgUnitKind;
import org.huzhu.org.api.OrgUnitView;
import org.huzhu.tenancy.api.AccessDeniedException;
import org.huzhu.tenancy.api.Refused;
import org.huzhu.tenancy.api.RetriedOnConflict;
import org.huzhu.tenancy.api.Role;
import org.huzhu.tenancy.api.TenantContext;

/**
 * Creating, cloning and allotting campaigns (office admins), and reading them (office admins and clerks). The
 * eligible list is counted by the registry per union in one grouped query and shared out per agency quota.
 * A change the database refuses for a conflict is made again whole: all it does is in the database.
 */
@ApplicationScoped
@RetriedOnConflict
public class CampaignSetup implements DistributionCampaigns {

    @Inject
    TenantContext context;

    @Inject
    Campaigns campaigns;

    @Inject
    OrgTree tree;

    @Inject
    MemberSelection selection;

    @Inject
    Instance<HardshipMembers> hardship;

    @Override
    public List<CampaignSummary> list(Integer year) {
        requireStaff();
        return campaigns.list(year).stream().map(this::summary).toList();
    }

    @Override
    public Optional<CampaignSummary> find(long id) {
        requireStaff();
        return campaigns.find(id).map(this::summary);
    }

    @Override
    @Transactional
    public CampaignSummary create(CampaignSettings settings) {
        requireAdmin();
        SettingsCheck.check(settings);
        Eligibility e = settings.eligibility() == null ? Eligibility.everyone() : settings.eligibility();
        CampaignSettings s = new CampaignSettings(settings.type(), settings.name().strip(), settings.periodStart(),
                settings.periodEnd(), settings.budgetFen(), settings.benefit(), settings.item().strip(),
                settings.unitFen(), e, settings.delivery(), settings.quotas());
        if (e.hardshipOnly() && !hardship.isResolvable()) {
            throw Refused.badInput("eligibility.hardshipOnly", "campaigns.distribution.field.hardshipUnavailable");
        }
        Map<Long, OrgUnitView> units = units();
        Campaign campaign = Campaign.of(s, scopePath(e.scopeUnitId(), units), actor(), LocalDateTime.now());
        campaigns.store(campaign);
        storeQuotas(campaign.id(), s.quotas(), units);
        return summary(campaign);
    }

    @Override
    @Transactional
    public CampaignSummary cloneForNextYear(long id) {
        requireAdmin();
        Campaign source = require(id);
        Campaign copy = source.cloneForNextYear(actor(), LocalDateTime.now());
        campaigns.store(copy);
        for (AgencyQuota q : campaigns.quotas(id)) {
            campaigns.store(new AgencyQuota(copy.id(), q.agencyId(), q.quota()));
        }
        return summary(copy);
    }

    @Override
    @Transactional
    public List<AllotmentLine> allot(long id) {
        requireAdmin();
        Campaign campaign = require(id);
        Map<Long, Long> eligible = selection.countByUnit(campaign.rule().criteria(hardshipIds(campaign)));
        Map<Long, OrgUnitView> units = units();
        Map<Long, Long> quotas = campaigns.quotas(id).stream()
                .collect(Collectors.toMap(AgencyQuota::agencyId, AgencyQuota::quota));
        Map<Long, Map<Long, Long>> byAgency = new LinkedHashMap<>();
        eligible.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(u -> byAgency
                .computeIfAbsent(agencyOf(units.get(u.getKey())), a -> new LinkedHashMap<>()).put(u.getKey(), u.getValue()));
        List<Allotment> rows = new ArrayList<>();
        byAgency.forEach((agency, unions) -> Allotting.shares(unions, agency < 0 ? null : quotas.get(agency))
                .forEach((union, share) -> rows.add(new Allotment(id, union, agency < 0 ? null : agency,
                        unions.get(union), share))));
        campaigns.replaceAllotments(id, rows);
        campaign.allotted(LocalDateTime.now());
        return lines(id, campaigns.allotments(id), units);
    }

    @Override
    public List<AllotmentLine> allotments(long id) {
        requireStaff();
        require(id);
        return lines(id, campaigns.allotments(id), units());
    }

    /** Agency lines (sums of their unions) followed by their unions; a clerk sees the units of their subtree. */
    private List<AllotmentLine> lines(long id, List<Allotment> allotments, Map<Long, OrgUnitView> visible) {
        Map<Long, long[]> served = campaigns.servedByUnion(id);
        Map<Long, List<Allotment>> byAgency = new LinkedHashMap<>();
        allotments.forEach(a -> byAgency.computeIfAbsent(a.agencyId() == null ? -1L : a.agencyId(),
                k -> new ArrayList<>()).add(a));
        List<AllotmentLine> lines = new ArrayList<>();
        byAgency.forEach((agency, unions) -> {
            OrgUnitView office = visible.get(agency);
            if (office != null) {
                lines.add(new AllotmentLine(agency, office.code(), office.name(), true, null,
                        unions.stream().mapToLong(Allotment::eligible).sum(),
                        unions.stream().mapToLong(Allotment::share).sum(),
                        unions.stream().mapToLong(a -> served.getOrDefault(a.unionId(), new long[2])[0]).sum()));
            }
            unions.stream().filter(a -> visible.containsKey(a.unionId())).forEach(a -> {
                OrgUnitView u = visible.get(a.unionId());
                lines.add(new AllotmentLine(a.unionId(), u.code(), u.name(), false, a.agencyId(), a.eligible(),
                        a.share(), served.getOrDefault(a.unionId(), new long[2])[0]));
            });
        });
        return lines;
    }

    Collection<Long> hardshipIds(Campaign campaign) {
        if (!campaign.eligibility().hardshipOnly()) {
            return null;
        }
        if (!hardship.isResolvable()) {
            throw Refused.conflict("campaigns.distribution.field.hardshipUnavailable");
        }
        return hardship.get().onRegister();
    }

    private void storeQuotas(long campaignId, List<QuotaLine> quotas, Map<Long, OrgUnitView> units) {
        Map<String, OrgUnitView> agencies = units.values().stream().filter(u -> u.kind() == OrgUnitKind.AGENCY_OFFICE)
                .collect(Collectors.toMap(OrgUnitView::code, u -> u));
        for (QuotaLine q : quotas) {
            OrgUnitView agency = agencies.get(q.agencyCode().strip());
            if (agency == null) {
                throw Refused.badInput("quotas", "campaigns.distribution.field.unknownAgency", q.agencyCode());
            }
            campaigns.store(new AgencyQuota(campaignId, agency.id(), q.quota()));
        }
    }

    private static String scopePath(Long unitId, Map<Long, OrgUnitView> units) {
        if (unitId == null) {
            return "/";
        }
        OrgUnitView unit = units.get(unitId);
        if (unit == null) {
            throw Refused.badInput("eligibility.scopeUnitId", "campaigns.distribution.field.unknownUnit", String.valueOf(unitId));
        }
        return unit.path();
    }

    /** The agency office above a union, or -1 for a union enrolling directly with the city office. */
    private long agencyOf(OrgUnitView union) {
        if (union == null || union.parentId() == null) {
            return -1L;
        }
        OrgUnitView parent = units().get(union.parentId());
        return parent != null && parent.kind() == OrgUnitKind.AGENCY_OFFICE ? parent.id() : -1L;
    }

    private Map<Long, OrgUnitView> units() {
        return tree.visibleUnits().stream().collect(Collectors.toMap(OrgUnitView::id, u -> u, (a, b) -> a,
                LinkedHashMap::new));
    }

    CampaignSummary summary(Campaign c) {
        Map<Long, OrgUnitView> units = units();
        List<QuotaLine> quotas = campaigns.quotas(c.id()).stream().map(q -> {
            OrgUnitView a = units.get(q.agencyId());
            return new QuotaLine(a == null ? String.valueOf(q.agencyId()) : a.code(), a == null ? null : a.name(),
                    q.quota(), q.used());
        }).toList();
        return new CampaignSummary(c.id(), c.settings(quotas), c.spentFen(), campaigns.reached(c.id()), c.clonedFrom(),
                c.allottedAt(), c.createdBy(), c.createdAt());
    }

    Campaign require(long id) {
        return campaigns.find(id).orElseThrow(() -> Refused.notFound("campaigns.distribution.notFound", String.valueOf(id)));
    }

    private String actor() {
        return context.requireCaller().username();
    }

    private void requireAdmin() {
        if (!context.requireCaller().has(Role.OFFICE_ADMIN)) {
            throw new AccessDeniedException("campaigns are set up by the office admin");
        }
    }

    private void requireStaff() {
        var caller = context.requireCaller();
        if (!Set.of(Role.OFFICE_ADMIN, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK).stream().anyMatch(caller::has)) {
            throw new AccessDeniedException("campaigns are for the office admin and clerks");
        }
    }
}
