package org.huzhu.claims.ui;

import com.vaadin.flow.component.grid.Grid;
import org.huzhu.claims.api.ClaimQueueItem;
import org.huzhu.claims.api.ClaimView;

/** The claim lists: a member's claims and an officer's queue, with status in words and overdue flagged. */
final class ClaimGrids {

    private ClaimGrids() {
    }

    static Grid<ClaimView> claims(String id, ClaimWords w) {
        Grid<ClaimView> grid = new Grid<>();
        grid.setId(id);
        grid.addColumn(ClaimView::id).setHeader("#").setAutoWidth(true);
        grid.addColumn(c -> w.plan(c.planCode())).setHeader(w.t("claims.plan")).setAutoWidth(true);
        grid.addColumn(c -> w.date(c.eventDate())).setHeader(w.t("claims.eventDate"));
        grid.addColumn(c -> w.t("claims.status." + c.status().name())).setHeader(w.t("claims.statusLabel"));
        grid.addColumn(c -> c.approved() != null ? c.approved() : c.assessed()).setHeader(w.t("claims.amount"));
        grid.addColumn(c -> w.date(c.paidOn())).setHeader(w.t("claims.paidOn"));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(w.t("claims.none"));
        return grid;
    }

    static Grid<ClaimQueueItem> queue(String id, ClaimWords w) {
        Grid<ClaimQueueItem> grid = new Grid<>();
        grid.setId(id);
        grid.addColumn(ClaimQueueItem::id).setHeader("#").setAutoWidth(true);
        grid.addColumn(ClaimQueueItem::memberName).setHeader(w.t("claims.memberName"));
        grid.addColumn(c -> w.plan(c.planCode())).setHeader(w.t("claims.plan")).setAutoWidth(true);
        grid.addColumn(c -> w.t("claims.status." + c.status().name())).setHeader(w.t("claims.statusLabel"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.reviewLevel() == null ? "" : w.t("claims.level." + c.reviewLevel()))
                .setHeader(w.t("claims.level"));
        grid.addColumn(ClaimQueueItem::amount).setHeader(w.t("claims.amount"));
        grid.addColumn(c -> w.date(c.dueDate())).setHeader(w.t("claims.due"));
        grid.addColumn(c -> (c.overdue() ? w.t("claims.overdue") : "") + (c.escalated() ? " " + w.t("claims.escalated")
                : "")).setHeader(w.t("claims.sla"));
        grid.setPartNameGenerator(c -> c.overdue() ? "overdue" : null);
        grid.setHeight("22em");
        grid.setEmptyStateText(w.t("claims.queue.none"));
        return grid;
    }
}
