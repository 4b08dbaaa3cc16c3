package org.huzhu.campaigns.ui.event;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.huzhu.campaigns.api.event.EventView;
import org.huzhu.campaigns.api.event.Events;
import org.huzhu.campaigns.api.event.OccurrenceView;
import org.huzhu.campaigns.api.event.RegistrationStatus;
import org.huzhu.campaigns.api.event.RegistrationView;
import org.huzhu.tenancy.api.Refused;
import org.huzhu.tenancy.api.Role;
import org.huzhu.tenancy.ui.MainLayout;
import org.huzhu.tenancy.ui.PortalTime;
import org.huzhu.tenancy.ui.VisibleTo;

/**
 * A member's events: the coming dates to register for (those whose rules leave the member out are marked with the
 * rule and offer no button), and their registrations with codes (to cancel).
 */
@Dependent
@Route(value = "my-events", layout = MainLayout.class)
@Menu(title = "campaigns.event.nav.mine", order = 2.8)
@VisibleTo(Role.MEMBER)
public class MyEventsView extends VerticalLayout {

    final Grid<OccurrenceView> dates = new Grid<>();
    final Grid<RegistrationView> mine = new Grid<>();
    private final Events events;
    private final PortalTime time = PortalTime.ofServer();
    private Map<Long, EventView> byId = Map.of();

    @Inject
    public MyEventsView(Events events) {
        this.events = events;
        setWidthFull();
        dates.setId("my-event-dates-grid");
        dates.addColumn(OccurrenceView::title).setHeader(t("field.title"));
        dates.addColumn(o -> time.date(o.day()) + " " + o.startsAt() + "-" + o.endsAt()).setHeader(t("when"));
        dates.addColumn(OccurrenceView::place).setHeader(t("field.place"));
        dates.addColumn(o -> o.registered() + " / " + o.capacity()).setHeader(t("taken"));
        dates.addColumn(o -> byId.containsKey(o.eventId()) && byId.get(o.eventId()).description() != null
                ? byId.get(o.eventId()).description() : "").setHeader(t("field.description"));
        dates.addColumn(o -> notForMe(o) == null ? t("forYou") : t("refused.notEligible." + notForMe(o)))
                .setHeader(t("eligibility"));
        dates.addComponentColumn(o -> {
            Button register = new Button(t("register"), e -> act(() -> {
                RegistrationView r = events.register(o.id());
                Notification.show(t("registered." + r.status(), r.code()));
            }));
            register.setId("register-" + o.id());
            // a date not for this member is shown with the rule it keeps them out by, and offers no button
            register.setVisible(notForMe(o) == null);
            return register;
        });
        dates.getColumns().forEach(c -> c.setAutoWidth(true).setFlexGrow(0));
        dates.setHeight("18em");
        mine.setId("my-registrations-grid");
        mine.addColumn(RegistrationView::code).setHeader(t("code"));
        mine.addColumn(r -> t("status." + r.status())).setHeader(t("status"));
        mine.addColumn(r -> time.dateTime(r.registeredAt(), getLocale())).setHeader(t("registeredAt"));
        mine.addComponentColumn(r -> {
            Button cancel = new Button(t("cancel"), e -> act(() -> events.cancel(r.occurrenceId(), r.id())));
            cancel.setVisible(r.status() == RegistrationStatus.REGISTERED || r.status() == RegistrationStatus.WAITLISTED);
            return cancel;
        });
        mine.getColumns().forEach(c -> c.setAutoWidth(true).setFlexGrow(0));
        mine.setAllRowsVisible(true);
        add(new H2(t("mine.title")), dates, new H3(t("mine.registrations")), mine);
        refresh();
    }

    private void act(Runnable work) {
        try {
            work.run();
        } catch (Refused refused) {
            Notification n = Notification.show(getTranslation(refused.key(), refused.params()), 6_000,
                    Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    /** The rule that keeps the member out of this date's event, or null when it is open to them. */
    private String notForMe(OccurrenceView o) {
        EventView event = byId.get(o.eventId());
        return event == null ? null : event.notForYou();
    }

    private void refresh() {
        List<EventView> list = events.list();
        byId = list.stream().collect(Collectors.toMap(EventView::id, e -> e));
        dates.setItems(list.stream().flatMap(e -> e.occurrences().stream())
                .filter(o -> !o.day().isBefore(LocalDate.now())).sorted(java.util.Comparator.comparing(OccurrenceView::day))
                .toList());
        mine.setItems(events.mine());
    }

    private String t(String key, Object... params) {
        return getTranslation("campaigns.event." + key, params);
    }
}
