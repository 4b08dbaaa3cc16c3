package org.huzhu.reporting.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.huzhu.reporting.api.ReportPeriod;

/**
 * An office's dashboard: the period's indicators against the same days a year earlier, split by plan, by agency
 * office (0: unions under the city office, and figures not split by office) and by month (the trend lines).
 */
public record OfficeFigures(ReportPeriod period, Indicators current, Indicators lastYear,
                            Map<String, Indicators> perPlan, Map<String, Indicators> perPlanLastYear,
                            Map<Long, Indicators> perAgency, Map<LocalDate, Indicators> perMonth,
                            Map<LocalDate, Indicators> perMonthLastYear) {

    public static OfficeFigures of(ReportPeriod period, List<FigureRow> current, List<FigureRow> lastYear) {
        return new OfficeFigures(period, total(current), total(lastYear), by(current, FigureRow::planCode),
                by(lastYear, FigureRow::planCode), by(current, FigureRow::agencyId), by(current, FigureRow::month),
                by(lastYear, FigureRow::month));
    }

    public Indicators growth() {
        return current.minus(lastYear);
    }

    public static Indicators total(List<FigureRow> rows) {
        Indicators.Sum sum = new Indicators.Sum();
        for (FigureRow r : rows) {
            sum.add(r.figure(), r.amount());
        }
        return sum.total();
    }

    static <K extends Comparable<? super K>> Map<K, Indicators> by(List<FigureRow> rows, Function<FigureRow, K> key) {
        Map<K, Indicators.Sum> sums = new TreeMap<>();
        for (FigureRow r : rows) {
            sums.computeIfAbsent(key.apply(r), k -> new Indicators.Sum()).add(r.figure(), r.amount());
        }
        Map<K, Indicators> split = new TreeMap<>();
        sums.forEach((k, sum) -> split.put(k, sum.total()));
        return split;
    }
}
