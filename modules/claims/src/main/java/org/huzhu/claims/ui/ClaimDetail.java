package org.huzhu.claims.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
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
    private final ClaimWords w;
    private String shownPlan;

    ClaimDetail(String id, ClaimWords words) {
        this.w = words;
        setId(id);
        setPadding(false);
        status.setId(id + "-status");
        amount.setId(id + "-amount");
        checks.addColumn(c -> w.check(c.code())).setHeader(w.t("claims.check")).setAutoWidth(true);
        checks.addColumn(c -> w.outcome(c.outcome())).setHeader(w.t("claims.outcome"));
        checks.addColumn(c -> w.pick(c.message(), c.en())).setHeader(w.t("claims.message")).setFlexGrow(3);
        checks.setAllRowsVisible(true);
        steps.setId(id + "-explanation");
        steps.addColumn(s -> w.english() ? s.en() : s.zh()).setHeader(w.t("claims.step")).setFlexGrow(3);
        steps.addColumn(ClaimView.StepView::after).setHeader(w.t("claims.runningAmount"));
        steps.setAllRowsVisible(true);
        documents.addColumn(d -> w.document(shownPlan, d.type())).setHeader(w.t("claims.documentType"));
        documents.addColumn(ClaimView.DocumentView::fileName).setHeader(w.t("claims.fileName"));
        documents.addColumn(d -> d.sha256().substring(0, 12)).setHeader("SHA-256");
        documents.setAllRowsVisible(true);
        add(new H3(w.t("claims.detail")), status, amount, missing, payment, checks, steps, documents);
        setVisible(false);
    }

    void show(ClaimView c) {
        setVisible(true);
        shownPlan = c.planCode();
        status.setText(statusLine(c));
        amount.setText(amountLine(c));
        missing.setText(c.missingDocuments().isEmpty() ? "" : w.t("claims.missing") + w.t("claims.colon")
                + String.join(w.t("claims.listSeparator"), c.missingDocuments().stream()
                        .map(d -> w.english() ? d.en() : d.zh()).toList()));
        payment.setText(c.paidOn() != null ? w.t("claims.paidOn") + " " + w.date(c.paidOn())
                : c.paymentFailure() != null ? w.t("claims.paymentFailed") + w.t("claims.colon")
                + w.text(c.paymentFailure()) : "");
        checks.setItems(c.checks());
        steps.setItems(c.explanation());
        documents.setItems(c.documents());
    }

    private String statusLine(ClaimView c) {
        StringBuilder line = new StringBuilder("#" + c.id() + " " + c.memberName() + " · " + w.plan(c.planCode())
                + " · " + w.t("claims.status." + c.status().name()));
        if (c.overdue()) {
            line.append(" · ").append(w.t("claims.overdue"));
        }
        line.append(" · ").append(w.t("claims.due")).append(' ').append(w.date(c.dueDate()));
        if (c.reasonCode() != null) {
            line.append(" · ").append(w.check(c.reasonCode())).append(w.t("claims.colon"))
                    .append(w.pick(c.reasonMessage(), c.reasonEn()));
        }
        return line.toString();
    }

    private String amountLine(ClaimView c) {
        String line = w.t("claims.assessed") + " " + nullToDash(c.assessed()) + "  " + w.t("claims.approved") + " "
                + nullToDash(c.approved());
        return c.proposal() == null ? line : line + "  " + w.t("claims.proposal") + " " + c.proposal().by() + " "
                + w.t("claims.proposal." + c.proposal().outcome()) + " " + nullToDash(c.proposal().amount());
    }

    private static String nullToDash(String text) {
        return text == null ? "—" : text;
    }

}
