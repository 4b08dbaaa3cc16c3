package org.huzhu.microloans.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.huzhu.microloans.api.AuditLine;
import org.huzhu.tenancy.ui.PortalTime;

/** An application's or a loan's audit trail as staff read it: when, who, and what, in the reader's language. */
class AuditList extends VerticalLayout {

    AuditList(LoanTexts texts, List<AuditLine> lines) {
        setPadding(false);
        PortalTime time = PortalTime.ofServer();
        Grid<AuditLine> grid = new Grid<>();
        grid.setId("loan-audit");
        grid.addColumn(a -> time.dateTime(a.at(), getLocale())).setHeader(texts.t("audit.at")).setAutoWidth(true);
        grid.addColumn(AuditLine::actor).setHeader(texts.t("audit.actor")).setAutoWidth(true);
        grid.addColumn(a -> "en".equals(getLocale().getLanguage()) ? a.en() : a.zh()).setHeader(texts.t("audit.what"))
                .setFlexGrow(3);
        grid.setItems(lines);
        grid.setAllRowsVisible(true);
        add(new H4(texts.t("audit.title")), grid);
    }
}
