package org.huzhu.reporting.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.huzhu.reporting.api.ReportPeriod;

/**
 * Headquarters' dashboard: every city side by side (this period and last year's), all cities' totals, and the
 * totals per plan and per month. Cities appear in the order of the tenant ids given.
 */
public record HeadquartersFigures(ReportPeriod period, List<CityFigures> cities, Indicators total,
                                  Indicators totalLastYear, Map<String, Indicators> perPlan,
                                  Map<LocalDate, Indicators> perMonth, Map<LocalDate, Indicators> perMonthLastYear) {

    public static HeadquartersFigures of(ReportPeriod period, List<String> tenants, List<FigureRow> perCity,
                                         List<FigureRow> perCityLastYear, List<FigureRow> all, List<FigureRow> allLastYear) {
        Set<String> known = Set.copyOf(tenants);
        Map<String, Indicators> now = OfficeFigures.by(perCity.stream().filter(r -> known.contains(r.tenant())).toList(),
                FigureRow::tenant);
        Map<String, Indicators> before = OfficeFigures.by(perCityLastYear.stream()
                .filter(r -> known.contains(r.tenant())).toList(), FigureRow::tenant);
        List<CityFigures> cities = new ArrayList<>();
        Indicators.Sum total = new Indicators.Sum();
        Indicators.Sum totalBefore = new Indicators.Sum();
        for (String t : tenants) {
            CityFigures city = new CityFigures(t, now.getOrDefault(t, Indicators.none()),
                    before.getOrDefault(t, Indicators.none()));
            cities.add(city);
            total.add(city.current());
            totalBefore.add(city.lastYear());
        }
        return new HeadquartersFigures(period, List.copyOf(cities), total.total(), totalBefore.total(),
                OfficeFigures.by(all, FigureRow::planCode), OfficeFigures.by(all, FigureRow::month),
                OfficeFigures.by(allLastYear, FigureRow::month));
    }

    /** The cities ranked by a figure's count (amount when counts tie), largest first. */
    public List<CityFigures> rankedBy(Figure figure) {
        return cities.stream().sorted(Comparator.comparingLong((CityFigures c) -> c.current().of(figure).count())
                .thenComparingLong(c -> c.current().of(figure).fen()).reversed()).toList();
    }

}
