package org.huzhu.claims.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.function.Function;
import org.huzhu.claims.api.ClaimView;

/**
 * One claim as clerk, officer and member read it: status and amount, each check with its reason, the engine's
 * explanation line by line, the documents and what is missing, the decision and the payment.
 */
final class ClaimDetail extends VerticalLayout {

    final Span status = new Span();
    final Span amount = new Span();
    final Span missing = new Span();
    final Span payment = new Span();
    final Grid<ClaimView.CheckView> checks = new Grid<>();
    final Grid<ClaimView.StepView> steps = new Grid<>();
    final Grid<ClaimView.DocumentView> documents = new Grid<>();
    private final Function<String, String> t;

    ClaimDetail(String id, Function<String, String> translate) {
        this.t = translate;
        setId(id);
        setPadding(false);
        status.setId(id + "-status");
        amount.setId(id + "-amount");
        checks.addColumn(ClaimView.CheckView::code).setHeader(t.apply("claims.check")).setAutoWidth(true);
        checks.addColumn(ClaimView.CheckView::outcome).setHeader(t.apply("claims.outcome"));
        checks.addColumn(ClaimView.CheckView::message).setHeader(t.apply("claims.message")).setFlexGrow(3);
        checks.setAllRowsVisible(true);
        steps.setId(id + "-explanation");
        steps.addColumn(ClaimView.StepView::zh).setHeader(t.apply("claims.step")).setFlexGrow(3);
        steps.addColumn(ClaimView.StepView::after).setHeader(t.apply("claims.runningAmount"));
        steps.setAllRowsVisible(true);
        documents.addColumn(ClaimView.DocumentView::type).setHeader(t.apply("claims.documentType"));
        documents.addColumn(ClaimView.DocumentView::fileName).setHeader(t.apply("claims.fileName"));
        documents.addColumn(d -> d.sha256().substring(0, 12)).setHeader("SHA-256");
        documents.setAllRowsVisible(true);
        add(new H3(t.apply("claims.detail")), status, amount, missing, payment, checks, steps, documents);
        setVisible(false);
    }

    void show(ClaimView c) {
        setVisible(true);
        String label = t.apply("claims.status." + c.status().name());
        status.setText("#" + c.id() + " " + c.memberName() + " · " + c.planName() + " · " + label
                + (c.overdue() ? " · " + t.apply("claims.overdue") : "") + " · " + t.apply("claims.due") + " " + c.dueDate()
                + (c.reasonCode() == null ? "" : " · " + c.reasonCode() + "：" + c.reasonMessage()));
        amount.setText(t.apply("claims.assessed") + " " + nullToDash(c.assessed()) + "  " + t.apply("claims.approved")
                + " " + nullToDash(c.approved()) + (c.proposal() == null ? "" : "  " + t.apply("claims.proposal") + " "
                + c.proposal().by() + " " + c.proposal().outcome() + " " + nullToDash(c.proposal().amount())));
        missing.setText(c.missingDocuments().isEmpty() ? "" : t.apply("claims.missing") + "："
                + String.join("、", c.missingDocuments().stream().map(d -> d.zh()).toList()));
        payment.setText(c.paidOn() != null ? t.apply("claims.paidOn") + " " + c.paidOn()
                : c.paymentFailure() != null ? t.apply("claims.paymentFailed") + "：" + c.paymentFailure() : "");
        checks.setItems(c.checks());
        steps.setItems(c.explanation());
        documents.setItems(c.documents());
    }

    private static String nullToDash(String text) {
        return text == null ? "—" : text;
    }

}
