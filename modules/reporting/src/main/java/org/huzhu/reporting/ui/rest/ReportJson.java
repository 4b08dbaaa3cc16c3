package org.huzhu.reporting.ui.rest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.huzhu.kernel.money.Money;
import org.huzhu.reporting.domain.CityFigures;
import org.huzhu.reporting.domain.Figure;
import org.huzhu.reporting.domain.HeadquartersFigures;
import org.huzhu.reporting.domain.Indicators;
import org.huzhu.reporting.domain.OfficeFigures;
import org.huzhu.reporting.domain.ProgrammeFigures;

/** The JSON shapes of the reports: every figure by its code with its count, fen and yuan; the shares in percent. */
public final class ReportJson {

    private ReportJson() {
    }

    public record Amount(long count, long fen, String yuan) {
    }

    public record IndicatorSet(Map<String, Amount> figures, BigDecimal paidByDuePercent, BigDecimal paidInTenDaysPercent,
                               BigDecimal directToCardPercent) {

        static IndicatorSet of(Indicators i) {
            Map<String, Amount> figures = new LinkedHashMap<>();
            for (Figure f : Figure.values()) {
                figures.put(f.name(), new Amount(i.of(f).count(), i.of(f).fen(), Money.ofFen(i.of(f).fen()).toString()));
            }
            return new IndicatorSet(figures, i.paidByDuePercent(), i.paidInTenDaysPercent(), i.directToCardPercent());
        }
    }

    public record Keyed(String key, IndicatorSet current) {
    }

    public record Office(String from, String to, IndicatorSet current, IndicatorSet lastYear, IndicatorSet growth,
                         List<Keyed> perPlan, List<Keyed> perAgency, List<Keyed> perMonth) {

        static Office of(OfficeFigures f) {
            List<Keyed> plans = new ArrayList<>();
            f.perPlan().forEach((k, v) -> plans.add(new Keyed(k, IndicatorSet.of(v))));
            List<Keyed> agencies = new ArrayList<>();
            f.perAgency().forEach((k, v) -> agencies.add(new Keyed(Long.toString(k), IndicatorSet.of(v))));
            List<Keyed> months = new ArrayList<>();
            f.perMonth().forEach((k, v) -> months.add(new Keyed(k.toString().substring(0, 7), IndicatorSet.of(v))));
            return new Office(f.period().from().toString(), f.period().to().toString(), IndicatorSet.of(f.current()),
                    IndicatorSet.of(f.lastYear()), IndicatorSet.of(f.growth()), plans, agencies, months);
        }
    }

    public record City(String tenant, IndicatorSet current, IndicatorSet lastYear, IndicatorSet growth) {
    }

    public record Headquarters(String from, String to, IndicatorSet total, IndicatorSet totalLastYear,
                               List<City> cities, List<Keyed> perPlan, List<Keyed> perMonth) {

        static Headquarters of(HeadquartersFigures f) {
            List<City> cities = new ArrayList<>();
            for (CityFigures c : f.cities()) {
                cities.add(new City(c.tenant(), IndicatorSet.of(c.current()), IndicatorSet.of(c.lastYear()),
                        IndicatorSet.of(c.growth())));
            }
            List<Keyed> plans = new ArrayList<>();
            f.perPlan().forEach((k, v) -> plans.add(new Keyed(k, IndicatorSet.of(v))));
            List<Keyed> months = new ArrayList<>();
            f.perMonth().forEach((k, v) -> months.add(new Keyed(k.toString().substring(0, 7), IndicatorSet.of(v))));
            return new Headquarters(f.period().from().toString(), f.period().to().toString(), IndicatorSet.of(f.total()),
                    IndicatorSet.of(f.totalLastYear()), cities, plans, months);
        }
    }

    /** One indicator of the other programmes: cases or people, amount in fen and yuan, and last year's. */
    public record ProgrammeRow(String indicator, Long count, long fen, String yuan, Long lastYearCount,
                               Long lastYearFen) {

        static List<ProgrammeRow> of(ProgrammeFigures figures) {
            return figures.rows().stream().map(r -> new ProgrammeRow(r.indicator().name(), r.count(), r.fen(),
                    Money.ofFen(r.fen()).toString(), r.lastYearCount(), r.lastYearFen())).toList();
        }
    }

    public record Programmes(int year, List<ProgrammeRow> rows) {

        public static Programmes of(ProgrammeFigures figures) {
            return new Programmes(figures.year(), ProgrammeRow.of(figures));
        }
    }
}
