package org.huzhu.claims.ui;

import com.vaadin.flow.component.grid.Grid;
import java.util.function.Function;
import org.huzhu.claims.api.ClaimQueueItem;
import org.huzhu.claims.api.ClaimView;

/** The claim lists: a member's claims and an officer's queue, with status in words and overdue flagged. */
final class ClaimGrids {

    private ClaimGrids() {
    }

    static Grid<ClaimView> claims(String id, Function<String, String> t) {
        Grid<ClaimView> grid = new Grid<>();
        grid.setId(id);
        grid.addColumn(ClaimView::id).setHeader("#").setAutoWidth(true);
        grid.addColumn(ClaimView::planName).setHeader(t.apply("claims.plan")).setAutoWidth(true);
        grid.addColumn(ClaimView::eventDate).setHeader(t.apply("claims.eventDate"));
        grid.addColumn(c -> t.apply("claims.status." + c.status().name())).setHeader(t.apply("claims.statusLabel"));
        grid.addColumn(c -> c.approved() != null ? c.approved() : c.assessed()).setHeader(t.apply("claims.amount"));
        grid.addColumn(c -> c.paidOn() == null ? "" : c.paidOn()).setHeader(t.apply("claims.paidOn"));
        grid.setAllRowsVisible(true);
        return grid;
    }

    static Grid<ClaimQueueItem> queue(String id, Function<String, String> t) {
        Grid<ClaimQueueItem> grid = new Grid<>();
        grid.setId(id);
        grid.addColumn(ClaimQueueItem::id).setHeader("#").setAutoWidth(true);
        grid.addColumn(ClaimQueueItem::memberName).setHeader(t.apply("claims.memberName"));
        grid.addColumn(ClaimQueueItem::planCode).setHeader(t.apply("claims.plan")).setAutoWidth(true);
        grid.addColumn(c -> t.apply("claims.status." + c.status().name())).setHeader(t.apply("claims.statusLabel"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.reviewLevel() == null ? "" : t.apply("claims.level." + c.reviewLevel()))
                .setHeader(t.apply("claims.level"));
        grid.addColumn(ClaimQueueItem::amount).setHeader(t.apply("claims.amount"));
        grid.addColumn(ClaimQueueItem::dueDate).setHeader(t.apply("claims.due"));
        grid.addColumn(c -> (c.overdue() ? t.apply("claims.overdue") : "") + (c.escalated() ? " " + t.apply("claims.escalated")
                : "")).setHeader(t.apply("claims.sla"));
        grid.setPartNameGenerator(c -> c.overdue() ? "overdue" : null);
        grid.setHeight("22em");
        return grid;
    }
}
