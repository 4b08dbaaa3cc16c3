package org.huzhu.reporting.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.huzhu.kernel.money.Money;
import org.huzhu.reporting.domain.Figure;
import org.huzhu.reporting.domain.Indicators;
import org.huzhu.tenancy.api.Translations;

/**
 * The indicators as rows of text in the reader's language, shared by the exports and the dashboards' tables:
 * the counts and amounts of every figure, then the three shares.
 */
public final class ReportTexts {

    /** The figures a dashboard shows, in this order. */
    public static final List<Figure> SHOWN = List.of(Figure.ENROLMENTS, Figure.NEW_MEMBERS, Figure.FEES_COLLECTED,
            Figure.CLAIMS_FILED, Figure.CLAIMS_PAID, Figure.CLAIMS_PAID_BY_DUE, Figure.CLAIMS_PAID_IN_10_DAYS,
            Figure.PAYMENTS_PAID, Figure.PAYMENTS_FAILED);

    private final Translations translations;
    private final Locale locale;

    public ReportTexts(Translations translations, Locale locale) {
        this.translations = translations;
        this.locale = locale;
    }

    public String t(String key, Object... params) {
        return translations.text(key, locale, params);
    }

    public String figure(Figure figure) {
        return t("reporting.figure." + figure.name());
    }

    public static String yuan(long fen) {
        return Money.ofFen(fen).toString();
    }

    public static String percent(BigDecimal value) {
        return value == null ? "-" : value.toPlainString() + "%";
    }

    public List<String> indicatorHeader() {
        return List.of(t("reporting.col.indicator"), t("reporting.col.current"), t("reporting.col.lastYear"),
                t("reporting.col.growth"));
    }

    /** Per figure a count row, and an amount row where money moves; then the shares. */
    public List<List<String>> indicatorRows(Indicators now, Indicators before) {
        List<List<String>> rows = new ArrayList<>();
        Indicators growth = now.minus(before);
        for (Figure f : SHOWN) {
            if (f != Figure.FEES_COLLECTED) {
                rows.add(List.of(figure(f), Long.toString(now.of(f).count()), Long.toString(before.of(f).count()),
                        signed(growth.of(f).count())));
            }
            if (hasAmount(f)) {
                rows.add(List.of(figure(f) + " " + t("reporting.col.amount"), yuan(now.of(f).fen()),
                        yuan(before.of(f).fen()), yuan(growth.of(f).fen())));
            }
        }
        rows.add(List.of(t("reporting.rate.paidByDue"), percent(now.paidByDuePercent()),
                percent(before.paidByDuePercent()), ""));
        rows.add(List.of(t("reporting.rate.paidInTenDays"), percent(now.paidInTenDaysPercent()),
                percent(before.paidInTenDaysPercent()), ""));
        rows.add(List.of(t("reporting.rate.directToCard"), percent(now.directToCardPercent()),
                percent(before.directToCardPercent()), ""));
        return rows;
    }

    public static boolean hasAmount(Figure f) {
        return f == Figure.FEES_COLLECTED || f == Figure.CLAIMS_PAID || f == Figure.PAYMENTS_PAID;
    }

    private static String signed(long n) {
        return n > 0 ? "+" + n : Long.toString(n);
    }

    public String name(Map<String, String> names, String code) {
        return code.isEmpty() ? t("reporting.plan.none") : names.getOrDefault(code, code);
    }

    public String agency(Map<Long, String> names, long id) {
        return id == 0 ? t("reporting.agency.city") : names.getOrDefault(id, Long.toString(id));
    }
}
