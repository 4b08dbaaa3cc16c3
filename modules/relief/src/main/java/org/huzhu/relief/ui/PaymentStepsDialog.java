package org.huzhu.relief.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.Supplier;
import org.huzhu.relief.api.PaymentStep;
import org.huzhu.tenancy.ui.PortalTime;

/**
 * How a line's or grant's payment went, step by step (put on a payout run, paid, refused by the bank with its
 * reason, put back): the trail the payout runs wrote, opened from a small button in the lists.
 */
final class PaymentStepsDialog {

    private PaymentStepsDialog() {
    }

    /** A button for a grid row ({@code id}: the page's handle on it) that opens the steps read when clicked. */
    static Button button(String id, ReliefTexts texts, String title, Supplier<List<PaymentStep>> steps) {
        Button open = new Button(texts.t("steps.open"), e -> texts.act(() -> open(texts, title, steps.get())));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        open.setId(id);
        return open;
    }

    static void open(ReliefTexts texts, String title, List<PaymentStep> steps) {
        PortalTime time = PortalTime.ofServer();
        Grid<PaymentStep> grid = new Grid<>();
        grid.setId("payment-steps");
        grid.addColumn(s -> texts.t("steps.kind." + s.step().name())).setHeader(texts.t("steps.col.step"))
                .setAutoWidth(true);
        grid.addColumn(s -> s.payoutRunId() == null ? "" : String.valueOf(s.payoutRunId()))
                .setHeader(texts.t("steps.col.run")).setAutoWidth(true);
        grid.addColumn(s -> s.detail() == null ? "" : s.detail()).setHeader(texts.t("steps.col.detail"));
        grid.addColumn(PaymentStep::actor).setHeader(texts.t("steps.col.actor"));
        grid.addColumn(s -> time.dateTime(s.at(), texts.locale())).setHeader(texts.t("steps.col.at"))
                .setAutoWidth(true);
        grid.setItems(steps);
        grid.setAllRowsVisible(true);
        grid.setWidth("52rem");
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(title);
        dialog.add(steps.isEmpty() ? new Span(texts.t("steps.none")) : grid);
        dialog.getFooter().add(new Button(texts.t("steps.close"), e -> dialog.close()));
        dialog.open();
    }
}
