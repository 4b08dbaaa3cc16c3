package org.huzhu.reporting.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.huzhu.reporting.application.MonthlyReports;

/**
 * The office's kept monthly reports, newest first: each month's PDF and Excel in the reader's language, as they
 * were made when the month ended (the dashboard above shows the figures as they stand now).
 */
class MonthlyReportList extends Composite<VerticalLayout> {

    final FigureTable<YearMonth> months = new FigureTable<>("monthly-reports");

    MonthlyReportList(MonthlyReports reports, Locale locale) {
        String language = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "en" : "zh";
        months.addColumn(getTranslation("reporting.monthly.month"), YearMonth::toString);
        months.addComponentColumn(getTranslation("reporting.monthly.files"), month -> new HorizontalLayout(
                link(reports, month, "pdf", language, "reporting.export.pdf"),
                link(reports, month, "xlsx", language, "reporting.export.xlsx")));
        List<YearMonth> kept = reports.list(24).stream().filter(k -> k.language().equals(language))
                .map(MonthlyReports.Kept::month).distinct().toList();
        months.setItems(kept);
        getContent().setPadding(false);
        getContent().add(new H3(getTranslation("reporting.monthly.title")),
                new Span(getTranslation("reporting.monthly.explain")));
        getContent().add(kept.isEmpty() ? new Span(getTranslation("reporting.monthly.none")) : months);
    }

    private Anchor link(MonthlyReports reports, YearMonth month, String format, String language, String key) {
        String name = "monthly-report-" + month + "-" + language + "." + format;
        DownloadHandler handler = event -> {
            event.setFileName(name);
            event.setContentType("pdf".equals(format) ? "application/pdf" : OfficeDashboardView.XLSX);
            event.getOutputStream().write(reports.content(month, format, language).orElse(new byte[0]));
        };
        Anchor a = new Anchor(handler, getTranslation(key));
        a.setId("monthly-" + month + "-" + format);
        return a;
    }
}
