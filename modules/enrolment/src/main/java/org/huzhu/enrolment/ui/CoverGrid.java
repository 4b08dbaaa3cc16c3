package org.huzhu.enrolment.ui;

import com.vaadin.flow.component.grid.Grid;
import java.util.function.Function;
import org.huzhu.enrolment.api.CoverView;

/** A member's enrolments as members and clerks read them: plan, units, term, fee and whether cover runs. */
final class CoverGrid extends Grid<CoverView> {

    /**
     * {@code planName} and {@code unionName} give names in the reader's language for the codes; a null
     * {@code unionName} leaves the union out (a member knows their own).
     */
    CoverGrid(String id, Function<String, String> translate, Function<String, String> planName,
              Function<String, String> unionName) {
        setId(id);
        addColumn(c -> planName.apply(c.planCode())).setHeader(translate.apply("enrolment.cover.plan")).setAutoWidth(true);
        addColumn(CoverView::units).setHeader(translate.apply("enrolment.units"));
        addColumn(c -> c.termStart() + " ~ " + c.termEnd()).setHeader(translate.apply("enrolment.cover.term"))
                .setAutoWidth(true);
        addColumn(CoverView::fee).setHeader(translate.apply("enrolment.fee"));
        addColumn(c -> c.paid() ? translate.apply("enrolment.cover.paid") + " " + c.coverStart()
                : translate.apply("enrolment.cover.unpaid")).setHeader(translate.apply("enrolment.cover.status"))
                .setAutoWidth(true);
        if (unionName != null) {
            addColumn(c -> unionName.apply(c.unionCode())).setHeader(translate.apply("enrolment.union")).setAutoWidth(true);
        }
        setAllRowsVisible(true);
        setEmptyStateText(translate.apply("enrolment.cover.none"));
    }
}
