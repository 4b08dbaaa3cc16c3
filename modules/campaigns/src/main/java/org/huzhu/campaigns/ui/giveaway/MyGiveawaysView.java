package org.huzhu.campaigns.ui.giveaway;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.huzhu.campaigns.api.giveaway.GiveawayView;
import org.huzhu.campaigns.api.giveaway.Giveaways;
import org.huzhu.campaigns.api.giveaway.GrabResult;
import org.huzhu.campaigns.api.giveaway.TicketStatus;
import org.huzhu.campaigns.api.giveaway.TicketView;
import org.huzhu.tenancy.api.Refused;
import org.huzhu.tenancy.api.Role;
import org.huzhu.tenancy.ui.MainLayout;
import org.huzhu.tenancy.ui.PortalTime;
import org.huzhu.tenancy.ui.VisibleTo;

/**
 * A member's giveaways: each with a countdown to its opening, the quiz if it has one, a grab button with the answer
 * at once, and the member's tickets with their codes (a held one with its confirm button).
 */
@Dependent
@Route(value = "my-giveaways", layout = MainLayout.class)
@Menu(title = "campaigns.giveaway.nav.mine", order = 2.7)
@VisibleTo(Role.MEMBER)
public class MyGiveawaysView extends VerticalLayout {

    final Grid<TicketView> tickets = new Grid<>();
    private final Giveaways giveaways;
    private final PortalTime time = PortalTime.ofServer();
    private final List<Runnable> ticking = new ArrayList<>();
    private Registration polling;

    @Inject
    public MyGiveawaysView(Giveaways giveaways) {
        this.giveaways = giveaways;
        setWidthFull();
        add(new H2(t("title")));
        List<GiveawayView> all = giveaways.list();
        if (all.isEmpty()) {
            add(new Span(t("none")));
        }
        all.forEach(g -> add(card(g)));
        tickets.setId("my-tickets-grid");
        tickets.addColumn(TicketView::giveawayTitle).setHeader(t("giveaway"));
        tickets.addColumn(TicketView::code).setHeader(t("code"));
        tickets.addColumn(v -> t("status." + v.status())).setHeader(t("status"));
        tickets.addColumn(v -> time.dateTime(v.holdUntil(), getLocale())).setHeader(t("holdUntil"));
        tickets.addComponentColumn(this::confirmButton).setHeader("");
        tickets.getColumns().forEach(c -> c.setAutoWidth(true).setFlexGrow(0));
        tickets.setAllRowsVisible(true);
        tickets.setEmptyStateText(t("noTickets"));
        add(new H3(t("tickets")), tickets);
        refreshTickets();
    }

    private Div card(GiveawayView g) {
        Div card = new Div();
        card.setId("giveaway-" + g.id());
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "8px")
                .set("padding", "0.5em 1em").set("width", "100%").set("box-sizing", "border-box");
        Span countdown = new Span();
        countdown.setId("countdown-" + g.id());
        Span answer = new Span();
        answer.setId("grab-answer-" + g.id());
        TextField quiz = new TextField(g.quizQuestion());
        quiz.setId("quiz-" + g.id());
        quiz.setVisible(g.quizQuestion() != null);
        Button grab = new Button(t("grab"));
        grab.setId("grab-" + g.id());
        grab.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grab.setDisableOnClick(true);
        // One key per attempt: a second click while the first is answered, or a retry, is the same attempt.
        String[] key = {UUID.randomUUID().toString()};
        grab.addClickListener(e -> {
            try {
                GrabResult result = giveaways.grab(g.id(), key[0], quiz.getValue());
                answer.setText(answerText(result));
                key[0] = UUID.randomUUID().toString();
                refreshTickets();
            } catch (Refused refused) {
                GiveawayWords.refused(this, refused);
            } finally {
                grab.setEnabled(true);
            }
        });
        Runnable tick = () -> {
            Duration left = Duration.between(LocalDateTime.now(), g.opensAt());
            boolean waiting = !left.isNegative() && !left.isZero();
            countdown.setText(waiting ? t("opensIn", left.toDays(), left.toHoursPart(), left.toMinutesPart(),
                    left.toSecondsPart()) : t("openSince", time.dateTime(g.opensAt(), getLocale())));
        };
        tick.run();
        ticking.add(tick);
        HorizontalLayout actions = new HorizontalLayout(quiz, grab, answer);
        actions.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        card.add(new H4(g.title() + " · " + t("item." + g.item())),
                new Span(t("figures", g.quota(), g.perMemberLimit(), g.holdMinutes())), new Div(countdown), actions);
        return card;
    }

    private String answerText(GrabResult result) {
        return switch (result.outcome()) {
            case WON -> t("outcome.WON", result.ticket().code(), time.dateTime(result.ticket().holdUntil(), getLocale()));
            case NOT_OPEN -> t("outcome.NOT_OPEN", time.dateTime(result.opensAt(), getLocale()));
            case NOT_ELIGIBLE -> t("outcome.NOT_ELIGIBLE." + result.reason());
            default -> t("outcome." + result.outcome());
        };
    }

    private Button confirmButton(TicketView ticket) {
        Button confirm = new Button(t("confirm"));
        confirm.setId("confirm-" + ticket.code());
        confirm.setVisible(ticket.status() == TicketStatus.HELD);
        confirm.addClickListener(e -> {
            try {
                giveaways.confirm(ticket.giveawayId(), ticket.code());
            } catch (Refused refused) {
                GiveawayWords.refused(this, refused);
            }
            refreshTickets();
        });
        return confirm;
    }

    private void refreshTickets() {
        tickets.setItems(giveaways.myTickets());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(1_000);
        polling = event.getUI().addPollListener(e -> ticking.forEach(Runnable::run));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
        }
        event.getUI().setPollInterval(-1);
    }

    private String t(String key, Object... params) {
        return getTranslation("campaigns.giveaway." + key, params);
    }
}
