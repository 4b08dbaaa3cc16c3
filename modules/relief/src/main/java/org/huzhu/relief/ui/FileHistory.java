package org.huzhu.relief.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.huzhu.relief.api.HardshipCategory;
import org.huzhu.relief.api.HardshipRegister;
import org.huzhu.relief.api.HardshipRegister.EventView;
import org.huzhu.relief.api.HardshipRegister.FileView;
import org.huzhu.relief.api.HardshipRegister.MeasureView;
import org.huzhu.relief.api.HardshipRegister.VisitView;
import org.huzhu.relief.api.MeasureKind;
import org.huzhu.relief.api.OutOfHardshipReason;
import org.huzhu.tenancy.ui.PortalTime;

/**
 * A file's measures taken, visits made and the history of every change (one file per household: the clerk sees
 * what was done for it and when, by whom), in the reader's words.
 */
class FileHistory extends VerticalLayout {

    final Grid<MeasureView> measures = new Grid<>();
    final Grid<VisitView> visits = new Grid<>();
    final Grid<EventView> events = new Grid<>();

    private final HardshipRegister register;
    private final ReliefTexts texts;
    private final PortalTime time = PortalTime.ofServer();

    FileHistory(HardshipRegister register, ReliefTexts texts) {
        this.register = register;
        this.texts = texts;
        setPadding(false);
        measures.setId("hardship-measures");
        measures.addColumn(m -> time.date(m.takenOn())).setHeader(texts.t("history.on")).setAutoWidth(true);
        measures.addColumn(m -> texts.code("measureKind", m.kind())).setHeader(texts.t("history.measure"));
        measures.addColumn(m -> ReliefTexts.yuan(m.amountFen())).setHeader(texts.t("history.amount"));
        measures.addColumn(m -> m.note() == null ? "" : m.note()).setHeader(texts.t("history.note")).setFlexGrow(2);
        measures.addColumn(MeasureView::recordedBy).setHeader(texts.t("history.by"));
        visits.setId("hardship-visits");
        visits.addColumn(v -> time.date(v.visitedOn())).setHeader(texts.t("history.on")).setAutoWidth(true);
        visits.addColumn(VisitView::visitor).setHeader(texts.t("history.visitor"));
        visits.addColumn(v -> v.note() == null ? "" : v.note()).setHeader(texts.t("history.note")).setFlexGrow(2);
        events.setId("hardship-history");
        events.addColumn(e -> time.dateTime(e.at(), getLocale())).setHeader(texts.t("history.at")).setAutoWidth(true);
        events.addColumn(EventView::actor).setHeader(texts.t("history.by"));
        events.addColumn(this::what).setHeader(texts.t("history.what")).setFlexGrow(2);
        events.addColumn(e -> texts.code("hardshipStatus", e.status())).setHeader(texts.t("register.col.status"));
        events.addColumn(e -> ReliefTexts.yuan(e.incomePerHeadMonthFen())).setHeader(texts.t("register.col.perHead"));
        List.of(measures, visits, events).forEach(g -> g.setAllRowsVisible(true));
        add(new H3(texts.t("history.measures")), measures, new H3(texts.t("history.visits")), visits,
                new H3(texts.t("history.title")), events);
        setVisible(false);
    }

    void show(FileView file) {
        setVisible(file != null);
        measures.setItems(file == null ? List.of() : file.measures());
        visits.setItems(file == null ? List.of() : file.visits());
        events.setItems(file == null ? List.of() : register.history(file.id()));
    }

    /** The change in words: its action, and its detail (a category, a measure, a reason, or a day) translated. */
    private String what(EventView e) {
        String detail = e.detail() == null ? "" : switch (e.action()) {
            case "FILED", "REVISED" -> texts.code("category", HardshipCategory.valueOf(e.detail()));
            case "MEASURE" -> texts.code("measureKind", MeasureKind.valueOf(e.detail()));
            case "CLOSED" -> texts.code("outReason", OutOfHardshipReason.valueOf(e.detail()));
            default -> e.detail();
        };
        return texts.t("history.action." + e.action(), detail);
    }
}
