package org.huzhu.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.huzhu.campaigns.api.distribution.CampaignReports;
import org.huzhu.campaigns.api.distribution.CampaignSummary;
import org.huzhu.campaigns.api.distribution.CityCampaigns;
import org.huzhu.campaigns.api.distribution.DistributionCampaigns;
import org.huzhu.microloans.api.LoanDashboard;
import org.huzhu.microloans.api.LoanFigures;
import org.huzhu.relief.api.ReliefFigureQueries;
import org.huzhu.relief.api.ReliefFigures;
import org.huzhu.reporting.domain.ProgrammeFigures;
import org.huzhu.reporting.domain.ProgrammeFigures.Indicator;
import org.huzhu.reporting.domain.ProgrammeFigures.Row;
import org.huzhu.tenancy.api.AccessDeniedException;
import org.huzhu.tenancy.api.Role;
import org.huzhu.tenancy.api.TenantContext;
import org.huzhu.tenancy.api.TenantSummary;

/**
 * Relief, microloans and campaigns on the dashboards, read through each module's api (their own figures, the
 * ones their pages show): reporting keeps no copy of them, so a figure here always equals the module's page.
 */
@ApplicationScoped
public class Programmes {

    @Inject
    ReliefFigureQueries relief;

    @Inject
    LoanFigures loans;

    @Inject
    DistributionCampaigns campaigns;

    @Inject
    CampaignReports campaignReports;

    @Inject
    Dashboards dashboards;

    @Inject
    TenantContext context;

    /** The office's year (office admin: the figures are the whole city's). */
    public ProgrammeFigures office(int year) {
        if (!context.requireCaller().has(Role.OFFICE_ADMIN)) {
            throw new AccessDeniedException("the programmes' figures are the office admin's");
        }
        List<Row> rows = new ArrayList<>();
        ReliefFigures aid = relief.figures(year);
        for (ReliefFigures.Category category : ReliefFigures.Category.values()) {
            ReliefFigures.Figure f = aid.categories().stream().filter(c -> c.category() == category).findFirst()
                    .orElse(new ReliefFigures.Figure(category, "", 0, 0, 0, 0));
            rows.add(new Row(indicator(category), f.people(), f.amountFen(),
                    f.lastYearPeople(), f.lastYearAmountFen()));
        }
        LoanDashboard pipeline = loans.figures(year);
        for (String stage : List.of("APPLIED", "BANK_APPROVED", "DISBURSED")) {
            LoanDashboard.StageFigure s = stage(pipeline, stage);
            rows.add(new Row(Indicator.valueOf("LOANS_" + stage), s.count(), s.amountFen(), s.lastYearCount(),
                    s.lastYearAmountFen()));
        }
        rows.add(new Row(Indicator.LOANS_SUBSIDY_PAID, null, pipeline.subsidyPaidFen(), null, null));
        List<CampaignSummary> thisYear = campaigns.list(year);
        List<CampaignSummary> lastYear = campaigns.list(year - 1);
        rows.add(new Row(Indicator.CAMPAIGNS_REACHED, reached(thisYear), spent(thisYear), reached(lastYear),
                spent(lastYear)));
        return new ProgrammeFigures(year, rows);
    }

    /** Every active city's headline figures, for headquarters. */
    public List<ProgrammeFigures.City> headquarters(int year) {
        List<TenantSummary> cities = dashboards.cities(); // refuses anyone but headquarters
        Map<String, ReliefFigures> aid = new HashMap<>();
        relief.headquarters(year).forEach(c -> aid.put(c.tenantId(), c.figures()));
        Map<String, LoanDashboard> pipelines = new HashMap<>();
        loans.headquarters(year).forEach(c -> pipelines.put(c.tenantId(), c.figures()));
        Map<String, List<CityCampaigns.Line>> reach = new HashMap<>();
        campaignReports.headquarters(year).forEach(c -> reach.put(c.tenantId(), c.campaigns()));
        List<ProgrammeFigures.City> rows = new ArrayList<>();
        for (TenantSummary city : cities) {
            String id = city.id().value();
            List<ReliefFigures.Figure> categories = aid.containsKey(id) ? aid.get(id).categories() : List.of();
            LoanDashboard.StageFigure disbursed = pipelines.containsKey(id) ? stage(pipelines.get(id), "DISBURSED")
                    : new LoanDashboard.StageFigure("DISBURSED", 0, 0, 0, 0);
            List<CityCampaigns.Line> lines = reach.getOrDefault(id, List.of());
            rows.add(new ProgrammeFigures.City(id, city.nameZh(), city.nameEn(),
                    categories.stream().mapToLong(ReliefFigures.Figure::people).sum(),
                    categories.stream().mapToLong(ReliefFigures.Figure::amountFen).sum(),
                    disbursed.count(), disbursed.amountFen(),
                    lines.stream().mapToLong(CityCampaigns.Line::reached).sum(),
                    lines.stream().mapToLong(CityCampaigns.Line::spentFen).sum()));
        }
        return rows;
    }

    private static Indicator indicator(ReliefFigures.Category category) {
        return switch (category) {
            case SECONDARY_AID -> Indicator.RELIEF_SECONDARY_AID;
            case CONDOLENCE -> Indicator.RELIEF_CONDOLENCE;
            case RELIEF_FUND -> Indicator.RELIEF_FUND;
        };
    }

    private static LoanDashboard.StageFigure stage(LoanDashboard pipeline, String name) {
        return pipeline.stages().stream().filter(s -> s.stage().equals(name)).findFirst()
                .orElse(new LoanDashboard.StageFigure(name, 0, 0, 0, 0));
    }

    private static long reached(List<CampaignSummary> list) {
        return list.stream().mapToLong(CampaignSummary::reached).sum();
    }

    private static long spent(List<CampaignSummary> list) {
        return list.stream().mapToLong(CampaignSummary::spentFen).sum();
    }
}
