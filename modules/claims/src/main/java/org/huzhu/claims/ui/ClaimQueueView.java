package org.huzhu.claims.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.huzhu.claims.api.AuditEntry;
import org.huzhu.claims.api.ClaimQueueItem;
import org.huzhu.claims.api.ClaimView;
import org.huzhu.claims.api.Claims;
import org.huzhu.claims.api.Decision;
import org.huzhu.claims.api.SlaFigures;
import org.huzhu.plans.api.PlanCatalog;
import org.huzhu.tenancy.api.AccessDeniedException;
import org.huzhu.tenancy.api.Refused;
import org.huzhu.tenancy.api.Role;
import org.huzhu.tenancy.ui.MainLayout;
import org.huzhu.tenancy.ui.VisibleTo;

/**
 * The officer's queue by due date (overdue flagged), the office's SLA compliance this year, and the decision on
 * the chosen claim: enter it (maker), confirm or send back someone else's (checker), or put a failed payment back.
 */
@Dependent
@Route(value = "claim-queue", layout = MainLayout.class)
@Menu(title = "claims.nav.queue", order = 6.5)
@VisibleTo({Role.OFFICE_ADMIN, Role.CLAIMS_OFFICER, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK})
public class ClaimQueueView extends VerticalLayout {

    final Span sla = new Span();
    final Grid<ClaimQueueItem> queue;
    final ClaimDetail detail;
    final TextField amount = new TextField();
    final TextField note = new TextField();
    final Button approve = new Button();
    final Button reject = new Button();
    final Button confirm = new Button();
    final Button sendBack = new Button();
    final Button retry = new Button();
    final Span message = new Span();
    final Grid<AuditEntry> audit = new Grid<>();
    private final Claims claims;
    private final ClaimWords words;
    private ClaimView current;

    @Inject
    public ClaimQueueView(Claims claims, PlanCatalog catalog) {
        this.claims = claims;
        this.words = new ClaimWords(this, catalog);
        queue = ClaimGrids.queue("claim-queue-grid", words);
        detail = new ClaimDetail("claim-queue-detail", words);
        sla.setId("claim-sla");
        message.setId("claim-decision-message");
        amount.setId("claim-decision-amount");
        amount.setLabel(getTranslation("claims.decision.amount"));
        note.setId("claim-decision-note");
        note.setLabel(getTranslation("claims.decision.note"));
        button(approve, "claim-approve", "claims.decision.approve",
                () -> claims.propose(current.id(), new Decision("APPROVE", amount.getValue(), note.getValue())));
        button(reject, "claim-reject", "claims.decision.reject",
                () -> claims.propose(current.id(), new Decision("REJECT", null, note.getValue())));
        button(confirm, "claim-confirm", "claims.decision.confirm", () -> claims.confirm(current.id(), true, note.getValue()));
        button(sendBack, "claim-send-back", "claims.decision.sendBack",
                () -> claims.confirm(current.id(), false, note.getValue()));
        button(retry, "claim-retry", "claims.decision.retry", () -> claims.retryPayment(current.id()));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        queue.addItemClickListener(e -> select(claims.find(e.getItem().id()).orElse(null)));
        audit.setId("claim-audit");
        audit.addColumn(a -> words.dateTime(a.at())).setHeader(getTranslation("claims.audit.at")).setAutoWidth(true);
        audit.addColumn(AuditEntry::actor).setHeader(getTranslation("claims.audit.actor")).setAutoWidth(true);
        audit.addColumn(a -> words.action(a.action())).setHeader(getTranslation("claims.audit.action")).setAutoWidth(true);
        audit.addColumn(a -> status(a.statusBefore()) + " → " + status(a.statusAfter()))
                .setHeader(getTranslation("claims.statusLabel")).setAutoWidth(true);
        audit.addColumn(a -> nullToEmpty(a.amountBefore()) + " → " + nullToEmpty(a.amountAfter()))
                .setHeader(getTranslation("claims.amount"));
        audit.addColumn(a -> words.pick(a.zh(), a.en())).setHeader(getTranslation("claims.message")).setFlexGrow(3);
        audit.setAllRowsVisible(true);
        HorizontalLayout decision = new HorizontalLayout(amount, note, approve, reject, confirm, sendBack, retry);
        decision.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(new H2(getTranslation("claims.queue.title")), sla, queue, detail, decision, message,
                new H3(getTranslation("claims.audit.title")), audit);
        refresh();
    }

    private void button(Button button, String id, String key, Supplier<ClaimView> action) {
        button.setId(id);
        button.setText(getTranslation(key));
        button.addClickListener(e -> {
            try {
                select(action.get());
                message.setText("");
                refresh();
            } catch (Refused refused) {
                message.setText(words.t(refused.key(), refused.params()));
            } catch (AccessDeniedException denied) {
                message.setText(denied.key() == null ? words.text(denied.getMessage())
                        : words.t(denied.key(), denied.params()));
            } catch (IllegalArgumentException e2) {
                message.setText(words.text(e2.getMessage()));
            }
        });
    }

    private void select(ClaimView claim) {
        current = claim;
        if (claim != null) {
            detail.show(claim);
            amount.setValue(claim.assessed() == null ? "" : claim.assessed());
            audit.setItems(claims.auditOf(AuditEntry.CLAIM, claim.id()));
        }
        String status = claim == null ? "" : claim.status().name();
        approve.setEnabled("IN_REVIEW".equals(status));
        reject.setEnabled("IN_REVIEW".equals(status));
        confirm.setEnabled("AWAITING_CHECK".equals(status));
        sendBack.setEnabled("AWAITING_CHECK".equals(status));
        retry.setEnabled("PAYMENT_FAILED".equals(status));
    }

    private String status(String code) {
        return code == null ? "" : getTranslation("claims.status." + code);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private void refresh() {
        queue.setItems(claims.queue(200));
        LocalDate today = LocalDate.now();
        SlaFigures f = claims.sla(today.withDayOfYear(1).toString(), today.toString());
        sla.setText(getTranslation("claims.sla.line", f.paid(), f.paidOnTime(), f.openOverdue(),
                f.compliance() == null ? "—" : f.compliance() + "%"));
        select(current);
    }
}
