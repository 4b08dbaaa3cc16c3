package org.huzhu.reporting.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.huzhu.kernel.money.Money;
import org.huzhu.plans.api.PlanCatalog;
import org.huzhu.plans.api.PlanView;
import org.huzhu.reporting.api.ReportPeriod;
import org.huzhu.reporting.domain.CityFigures;
import org.huzhu.reporting.domain.Figure;
import org.huzhu.reporting.domain.HeadquartersFigures;
import org.huzhu.reporting.domain.Indicators;
import org.huzhu.reporting.domain.OfficeFigures;
import org.huzhu.reporting.infrastructure.LateClaims;
import org.huzhu.reporting.infrastructure.ReportPdf;
import org.huzhu.reporting.infrastructure.ReportWorkbook;
import org.huzhu.tenancy.api.TenantContext;
import org.huzhu.tenancy.api.TenantDirectory;
import org.huzhu.tenancy.api.TenantSummary;
import org.huzhu.tenancy.api.Translations;

/** The dashboards and the lists behind them as .xlsx (streamed) and PDF, in the reader's language. */
@ApplicationScoped
public class ReportExports {

    @Inject
    Dashboards dashboards;

    @Inject
    Translations translations;

    @Inject
    PlanCatalog plans;

    @Inject
    TenantContext context;

    @Inject
    TenantDirectory directory;

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    public void officeWorkbook(ReportPeriod period, String plan, Long agency, Locale locale, OutputStream out) {
        OfficeFigures f = dashboards.office(period, plan, agency);
        ReportTexts t = new ReportTexts(translations, locale);
        Map<String, String> planNames = planNames(locale);
        Map<Long, String> agencies = dashboards.agencyOffices();
        try (ReportWorkbook book = new ReportWorkbook()) {
            book.sheet(t.t("reporting.sheet.indicators"), t.indicatorHeader());
            t.indicatorRows(f.current(), f.lastYear()).forEach(r -> book.row(r.toArray()));
            book.sheet(t.t("reporting.sheet.plans"), header(t, "reporting.col.plan"));
            f.perPlan().forEach((code, i) -> book.row(figureCells(t.name(planNames, code), i)));
            book.sheet(t.t("reporting.sheet.agencies"), header(t, "reporting.col.agency"));
            f.perAgency().forEach((id, i) -> book.row(figureCells(t.agency(agencies, id), i)));
            book.sheet(t.t("reporting.sheet.months"), header(t, "reporting.col.month"));
            f.perMonth().forEach((m, i) -> book.row(figureCells(m.toString().substring(0, 7), i)));
            book.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The claims paid after their due date: streamed from the database into a streamed sheet. */
    public void lateClaimsWorkbook(ReportPeriod period, String plan, Long agency, Locale locale, OutputStream out) {
        Long scope = dashboards.agencyInScope(agency);
        ReportTexts t = new ReportTexts(translations, locale);
        Map<String, String> planNames = planNames(locale);
        Map<Long, String> agencies = dashboards.agencyOffices();
        try (ReportWorkbook book = new ReportWorkbook(); Connection c = dataSource.getConnection()) {
            book.sheet(t.t("reporting.sheet.late"), List.of(t.t("reporting.col.claim"), t.t("reporting.col.plan"),
                    t.t("reporting.col.agency"), t.t("reporting.col.filedOn"), t.t("reporting.col.dueDate"),
                    t.t("reporting.col.paidOn"), t.t("reporting.col.amount")));
            LateClaims.each(c, context.tenant().value(), period, blankToNull(plan), scope, 0, l -> book.row(l.claimId(),
                    t.name(planNames, l.planCode()), t.agency(agencies, l.agencyId()), l.filedOn().toString(),
                    l.dueDate().toString(), l.paidOn().toString(), Money.ofFen(l.amountFen()).toYuan()));
            book.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("reading the late claims failed: " + e.getMessage(), e);
        }
    }

    public void officePdf(ReportPeriod period, String plan, Long agency, Locale locale, OutputStream out) {
        OfficeFigures f = dashboards.office(period, plan, agency);
        ReportTexts t = new ReportTexts(translations, locale);
        Map<String, String> planNames = planNames(locale);
        Map<Long, String> agencies = dashboards.agencyOffices();
        ReportPdf pdf = new ReportPdf().title(t.t("reporting.title.office", period.from(), period.to()))
                .subtitle(t.t("reporting.subtitle.compared", period.yearBefore().from(), period.yearBefore().to()))
                .table(t.indicatorHeader(), t.indicatorRows(f.current(), f.lastYear()));
        List<ReportPdf.Bar> perPlan = new ArrayList<>();
        f.perPlan().forEach((code, i) -> perPlan.add(new ReportPdf.Bar(t.name(planNames, code),
                i.of(Figure.CLAIMS_PAID).fen(), f.perPlanLastYear().getOrDefault(code, Indicators.none())
                .of(Figure.CLAIMS_PAID).fen())));
        pdf.bars(t.t("reporting.chart.aidedPerPlan"), t.t("reporting.col.current"), t.t("reporting.col.lastYear"), perPlan);
        List<List<String>> agencyRows = new ArrayList<>();
        f.perAgency().forEach((id, i) -> agencyRows.add(List.of(t.agency(agencies, id),
                Long.toString(i.of(Figure.ENROLMENTS).count()), Long.toString(i.of(Figure.CLAIMS_PAID).count()),
                ReportTexts.yuan(i.of(Figure.CLAIMS_PAID).fen()))));
        pdf.table(List.of(t.t("reporting.col.agency"), t.figure(Figure.ENROLMENTS), t.figure(Figure.CLAIMS_PAID),
                t.t("reporting.col.amount")), agencyRows);
        write(pdf, out);
    }

    public void headquartersWorkbook(ReportPeriod period, Locale locale, OutputStream out) {
        HeadquartersFigures f = dashboards.headquarters(period);
        ReportTexts t = new ReportTexts(translations, locale);
        Map<String, String> names = cityNames(locale);
        try (ReportWorkbook book = new ReportWorkbook()) {
            book.sheet(t.t("reporting.sheet.indicators"), t.indicatorHeader());
            t.indicatorRows(f.total(), f.totalLastYear()).forEach(r -> book.row(r.toArray()));
            book.sheet(t.t("reporting.sheet.cities"), header(t, "reporting.col.city"));
            for (CityFigures city : f.cities()) {
                book.row(figureCells(names.getOrDefault(city.tenant(), city.tenant()), city.current()));
            }
            book.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void headquartersPdf(ReportPeriod period, Locale locale, OutputStream out) {
        HeadquartersFigures f = dashboards.headquarters(period);
        ReportTexts t = new ReportTexts(translations, locale);
        Map<String, String> names = cityNames(locale);
        ReportPdf pdf = new ReportPdf().title(t.t("reporting.title.hq", period.from(), period.to()))
                .table(t.indicatorHeader(), t.indicatorRows(f.total(), f.totalLastYear()));
        pdf.bars(t.t("reporting.chart.aidedPerCity"), t.t("reporting.col.current"), t.t("reporting.col.lastYear"),
                f.rankedBy(Figure.CLAIMS_PAID).stream().map(c -> new ReportPdf.Bar(names.getOrDefault(c.tenant(),
                        c.tenant()), c.current().of(Figure.CLAIMS_PAID).fen(), c.lastYear().of(Figure.CLAIMS_PAID).fen()))
                        .toList());
        write(pdf, out);
    }

    private static void write(ReportPdf pdf, OutputStream out) {
        try {
            pdf.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Per figure shown: its count, and its amount in yuan where money moves. */
    private static List<String> header(ReportTexts t, String firstKey) {
        List<String> header = new ArrayList<>(List.of(t.t(firstKey)));
        for (Figure f : ReportTexts.SHOWN) {
            header.add(t.figure(f));
            if (ReportTexts.hasAmount(f)) {
                header.add(t.figure(f) + " " + t.t("reporting.col.amount"));
            }
        }
        return header;
    }

    private static Object[] figureCells(String first, Indicators i) {
        List<Object> cells = new ArrayList<>(List.of(first));
        for (Figure f : ReportTexts.SHOWN) {
            cells.add(i.of(f).count());
            if (ReportTexts.hasAmount(f)) {
                cells.add(Money.ofFen(i.of(f).fen()).toYuan());
            }
        }
        return cells.toArray();
    }

    public Map<String, String> planNames(Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        Map<String, String> names = new java.util.HashMap<>();
        for (PlanView p : plans.plans()) {
            names.putIfAbsent(p.code(), english ? p.nameEn() : p.nameZh());
        }
        return names;
    }

    public Map<String, String> cityNames(Locale locale) {
        Map<String, String> names = new java.util.HashMap<>();
        for (TenantSummary s : directory.activeTenants()) {
            names.put(s.id().value(), s.name(locale));
        }
        return names;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
