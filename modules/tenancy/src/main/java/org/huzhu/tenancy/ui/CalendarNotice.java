package org.huzhu.tenancy.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.stream.Collectors;
import org.huzhu.tenancy.api.CalendarCoverage;

/**
 * The banner an office admin and headquarters meet on their landing page while a year due dates reach has no
 * holiday arrangement (there due dates count weekends only), with the way to the upload. Invisible otherwise.
 */
public class CalendarNotice extends Div {

    public CalendarNotice(CalendarCoverage coverage) {
        setId("calendar-notice");
        List<Integer> missing = coverage.missingYears();
        setVisible(!missing.isEmpty());
        if (!missing.isEmpty()) {
            String years = missing.stream().map(String::valueOf).collect(Collectors.joining("、"));
            getElement().setAttribute("role", "alert");
            getStyle().set("background", "var(--lumo-error-color-10pct)").set("color", "var(--lumo-error-text-color)")
                    .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                    .set("border-radius", "var(--lumo-border-radius-m)");
            add(new Span(getTranslation("calendar.notice", years) + " "),
                    new RouterLink(getTranslation("calendar.notice.link"), CalendarView.class));
        }
    }
}
