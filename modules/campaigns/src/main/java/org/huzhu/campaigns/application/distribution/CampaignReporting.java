package org.huzhu.campaigns.application.distribution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.huzhu.campaigns.api.distribution.CampaignFigures;
import org.huzhu.campaigns.api.distribution.CampaignReports;
import org.huzhu.campaigns.api.distribution.CityCampaigns;
import org.huzhu.campaigns.domain.distribution.Allotment;
import org.huzhu.campaigns.domain.distribution.Campaign;
import org.huzhu.campaigns.domain.distribution.Campaigns;
import org.huzhu.campaigns.infrastructure.distribution.CityCampaignQueries;
import org.huzhu.org.api.OrgTree;
import org.huzhu.org.api.OrgUnitKind;
import org.huzhu.org.api.OrgUnitView;
import org.huzhu.tenancy.api.AccessDeniedException;
import org.huzhu.tenancy.api.HeadquartersReader;
import org.huzhu.tenancy.api.Role;
import org.huzhu.tenancy.api.TenantContext;

/**
 * Figures of a campaign for the office (reach, spend against budget, per agency office and union, against the
 * same type's campaign of the year before), and per city for headquarters through its read-only reader.
 */
@ApplicationScoped
public class CampaignReporting implements CampaignReports {

    private static final long[] NONE = new long[2];

    @Inject
    TenantContext context;

    @Inject
    CampaignSetup setup;

    @Inject
    Campaigns campaigns;

    @Inject
    OrgTree tree;

    @Inject
    HeadquartersReader headquarters;

    @Override
    public CampaignFigures figures(long campaignId) {
        if (!context.requireCaller().has(Role.OFFICE_ADMIN)) {
            throw new AccessDeniedException("campaign figures are for the office admin");
        }
        Campaign campaign = setup.require(campaignId);
        Optional<Campaign> last = campaigns.lastYear(campaign);
        Map<Long, long[]> now = campaigns.servedByUnion(campaignId);
        Map<Long, long[]> before = last.map(l -> campaigns.servedByUnion(l.id())).orElse(Map.of());
        Map<Long, Allotment> allotted = campaigns.allotments(campaignId).stream()
                .collect(Collectors.toMap(Allotment::unionId, a -> a));
        Map<Long, OrgUnitView> units = tree.visibleUnits().stream().collect(Collectors.toMap(OrgUnitView::id, u -> u));
        Set<Long> unionIds = new LinkedHashSet<>(allotted.keySet());
        unionIds.addAll(now.keySet());
        unionIds.addAll(before.keySet());
        List<CampaignFigures.Line> unions = new ArrayList<>();
        Map<Long, long[]> agencies = new LinkedHashMap<>();
        unionIds.stream().sorted().forEach(id -> {
            Allotment a = allotted.get(id);
            long[] line = {a == null ? 0 : a.eligible(), a == null ? 0 : a.share(), now.getOrDefault(id, NONE)[0],
                    now.getOrDefault(id, NONE)[1], before.getOrDefault(id, NONE)[0]};
            OrgUnitView u = units.get(id);
            unions.add(line(id, u, line));
            Long agency = agencyOf(u, units);
            if (agency != null) {
                long[] sum = agencies.computeIfAbsent(agency, k -> new long[5]);
                for (int i = 0; i < sum.length; i++) {
                    sum[i] += line[i];
                }
            }
        });
        List<CampaignFigures.Line> agencyLines = new ArrayList<>();
        agencies.forEach((id, sum) -> agencyLines.add(line(id, units.get(id), sum)));
        CampaignFigures.Totals lastTotals = last.map(l -> new CampaignFigures.Totals(l.id(), l.periodStart().getYear(),
                l.budgetFen(), l.spentFen(), campaigns.reached(l.id()))).orElse(null);
        return new CampaignFigures(campaignId, campaign.type(), campaign.name(), campaign.periodStart().getYear(),
                campaign.budgetFen(), campaign.spentFen(), campaigns.reached(campaignId), lastTotals, agencyLines, unions);
    }

    @Override
    public List<CityCampaigns> headquarters(int year) {
        return headquarters.readEachTenant(em -> CityCampaignQueries.lines(em, year)).stream()
                .map(t -> new CityCampaigns(t.tenant().id().value(), t.tenant().nameZh(), t.value())).toList();
    }

    private static CampaignFigures.Line line(long id, OrgUnitView unit, long[] v) {
        return new CampaignFigures.Line(id, unit == null ? String.valueOf(id) : unit.code(),
                unit == null ? "" : unit.name(), v[0], v[1], v[2], v[3], v[4]);
    }

    private static Long agencyOf(OrgUnitView union, Map<Long, OrgUnitView> units) {
        if (union == null || union.parentId() == null) {
            return null;
        }
        OrgUnitView parent = units.get(union.parentId());
        return parent != null && parent.kind() == OrgUnitKind.AGENCY_OFFICE ? parent.id() : null;
    }
}
