package org.huzhu.enrolment.ui;

import com.vaadin.flow.component.grid.Grid;
import java.util.function.Function;
import org.huzhu.enrolment.api.CoverView;

/** A member's enrolments as members and clerks read them: plan, units, term, fee and whether cover runs. */
final class CoverGrid extends Grid<CoverView> {

    CoverGrid(String id, Function<String, String> translate) {
        setId(id);
        addColumn(CoverView::planName).setHeader(translate.apply("enrolment.cover.plan")).setAutoWidth(true);
        addColumn(CoverView::units).setHeader(translate.apply("enrolment.units"));
        addColumn(c -> c.termStart() + " ~ " + c.termEnd()).setHeader(translate.apply("enrolment.cover.term"))
                .setAutoWidth(true);
        addColumn(CoverView::fee).setHeader(translate.apply("enrolment.fee"));
        addColumn(c -> c.paid() ? translate.apply("enrolment.cover.paid") + " " + c.coverStart()
                : translate.apply("enrolment.cover.unpaid")).setHeader(translate.apply("enrolment.cover.status"))
                .setAutoWidth(true);
        addColumn(CoverView::unionCode).setHeader(translate.apply("enrolment.union"));
        setAllRowsVisible(true);
    }
}
