package org.huzhu.campaigns.ui.event;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.huzhu.campaigns.api.event.EventDetails;
import org.huzhu.campaigns.api.event.EventKind;
import org.huzhu.campaigns.api.event.EventEligibility;
import org.huzhu.campaigns.api.event.EventSettings;
import org.huzhu.campaigns.api.event.EventView;
import org.huzhu.campaigns.api.event.Events;
import org.huzhu.campaigns.api.event.OccurrenceView;
import org.huzhu.campaigns.api.event.Recurrence;
import org.huzhu.campaigns.api.event.RegistrationStatus;
import org.huzhu.campaigns.api.event.RegistrationView;
import org.huzhu.campaigns.ui.eligibility.EligibilityFields;
import org.huzhu.org.api.OrgTree;
import org.huzhu.tenancy.api.Caller;
import org.huzhu.tenancy.api.Refused;
import org.huzhu.tenancy.api.Role;
import org.huzhu.tenancy.api.TenantContext;
import org.huzhu.tenancy.ui.MainLayout;
import org.huzhu.tenancy.ui.PortalTime;
import org.huzhu.tenancy.ui.VisibleTo;

/**
 * Events for the office and clerks: the dates with places taken and waiting; for a date its registrations in
 * order and check-in by the code a member shows or from the list. The office admin sets up events, with a monthly
 * rule of dates ("the third Thursday, April to November") and who may register, and changes of the event whose date
 * is picked who may register, its title, place and description, and that date's capacity (never below the places
 * taken; places added go to the waiting in order, as {@code PUT /api/v1/events/occurrences/{id}/capacity} does).
 */
@Dependent
@Route(value = "events", layout = MainLayout.class)
@Menu(title = "campaigns.event.nav.staff", order = 7.3)
@VisibleTo({Role.OFFICE_ADMIN, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK})
public class EventsView extends VerticalLayout {

    final Grid<OccurrenceView> dates = new Grid<>();
    final Grid<RegistrationView> registrations = new Grid<>();
    final TextField code = new TextField();
    /** The rules of the date picked in the grid, for the office admin to change. */
    final EligibilityFields rules;
    final Button changeRules = new Button();
    /** The picked event's title, place and description, and the picked date's capacity, for the office admin. */
    final TextField editTitle = new TextField();
    final TextField editPlace = new TextField();
    final TextArea editDescription = new TextArea();
    final Button saveDetails = new Button();
    final IntegerField editCapacity = new IntegerField();
    final Button changeCapacity = new Button();
    /** The labels of the fields a refusal may name (by the names of the REST bodies). */
    private static final Map<String, String> FIELD_LABELS = Map.of("title", "campaigns.event.field.title",
            "place", "campaigns.event.field.place", "description", "campaigns.event.field.description",
            "capacity", "campaigns.event.field.capacity", "kind", "campaigns.event.field.kind",
            "endsAt", "campaigns.event.field.endsAt", "minAge", "campaigns.eligibility.field.minAge");
    private final Events events;
    private final PortalTime time = PortalTime.ofServer();
    private final boolean office;
    private Map<Long, EventView> byId = Map.of();
    private OccurrenceView shown;

    @Inject
    public EventsView(Events events, TenantContext context, OrgTree tree) {
        this.events = events;
        setWidthFull();
        add(new H2(t("title")));
        Caller caller = context.requireCaller();
        office = caller.has(Role.OFFICE_ADMIN);
        rules = new EligibilityFields(this, tree, "event-rules");
        if (office) {
            add(new H3(t("new")), form(tree));
        }
        configureGrids();
        code.setId("check-in-code");
        code.setPlaceholder(t("code"));
        Button byCode = new Button(t("checkIn"), e -> checkIn(code.getValue(), null));
        byCode.setId("check-in-by-code");
        add(new H3(t("dates")), dates);
        if (office) {
            changeRules.setText(t("eligibility.change"));
            changeRules.setId("event-rules-change");
            changeRules.setEnabled(false);
            changeRules.addClickListener(e -> changeRules());
            HorizontalLayout editor = new HorizontalLayout(rules.unit, rules.gender, rules.minAge, changeRules);
            editor.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
            add(editor, detailsEditor(), capacityEditor());
        }
        add(new H3(t("registrations")), new HorizontalLayout(code, byCode), registrations);
        refresh();
    }

    private void changeRules() {
        if (shown == null) {
            Notification.show(t("pickDate"));
            return;
        }
        act(() -> {
            EventView changed = events.changeEligibility(shown.eventId(), new EventEligibility(rules.orgUnitId(),
                    rules.genderValue(), rules.minAgeValue()));
            Notification.show(t("eligibility.changed", describe(changed.eligibility())));
        });
    }

    private HorizontalLayout detailsEditor() {
        editTitle.setLabel(t("field.title"));
        editTitle.setId("event-edit-title");
        editPlace.setLabel(t("field.place"));
        editPlace.setId("event-edit-place");
        editDescription.setLabel(t("field.description"));
        editDescription.setId("event-edit-description");
        editDescription.setWidth("24em");
        saveDetails.setText(t("details.save"));
        saveDetails.setId("event-details-save");
        saveDetails.setEnabled(false);
        saveDetails.addClickListener(e -> saveDetails());
        HorizontalLayout editor = new HorizontalLayout(editTitle, editPlace, editDescription, saveDetails);
        editor.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        return editor;
    }

    private HorizontalLayout capacityEditor() {
        editCapacity.setLabel(t("capacity.label"));
        editCapacity.setId("event-edit-capacity");
        changeCapacity.setText(t("capacity.change"));
        changeCapacity.setId("event-capacity-change");
        changeCapacity.setEnabled(false);
        changeCapacity.addClickListener(e -> changeCapacity());
        HorizontalLayout editor = new HorizontalLayout(editCapacity, changeCapacity);
        editor.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        return editor;
    }

    private void saveDetails() {
        if (shown == null) {
            Notification.show(t("pickDate"));
            return;
        }
        act(() -> {
            EventView changed = events.changeDetails(shown.eventId(), new EventDetails(editTitle.getValue(),
                    editPlace.getValue(), editDescription.getValue()));
            Notification.show(t("details.saved", changed.title()));
        });
    }

    private void changeCapacity() {
        if (shown == null) {
            Notification.show(t("pickDate"));
            return;
        }
        act(() -> {
            OccurrenceView changed = events.changeCapacity(shown.id(), editCapacity.getValue() == null ? 0
                    : editCapacity.getValue());
            Notification.show(t("capacity.changed", time.date(changed.day()), changed.capacity(), changed.registered()));
            show(changed);
        });
    }

    private FormLayout form(OrgTree tree) {
        EligibilityFields who = new EligibilityFields(this, tree, "event");
        TextField title = new TextField(t("field.title"));
        Select<EventKind> kind = new Select<>();
        kind.setLabel(t("field.kind"));
        kind.setItems(EventKind.values());
        kind.setItemLabelGenerator(k -> t("kind." + k));
        kind.setValue(EventKind.LECTURE);
        TextField place = new TextField(t("field.place"));
        TextArea description = new TextArea(t("field.description"));
        IntegerField capacity = new IntegerField(t("field.capacity"));
        TimePicker starts = new TimePicker(t("field.startsAt"), LocalTime.of(14, 0));
        TimePicker ends = new TimePicker(t("field.endsAt"), LocalTime.of(17, 0));
        IntegerField ordinal = new IntegerField(t("field.ordinal"));
        ordinal.setValue(3);
        Select<DayOfWeek> weekday = new Select<>();
        weekday.setLabel(t("field.weekday"));
        weekday.setItems(DayOfWeek.values());
        weekday.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL, getLocale()));
        weekday.setValue(DayOfWeek.THURSDAY);
        IntegerField fromMonth = new IntegerField(t("field.fromMonth"));
        fromMonth.setValue(4);
        IntegerField toMonth = new IntegerField(t("field.toMonth"));
        toMonth.setValue(11);
        IntegerField year = new IntegerField(t("field.year"));
        year.setValue(LocalDate.now().getYear() + 1);
        Button create = new Button(t("create"), e -> act(() -> {
            events.create(new EventSettings(title.getValue(), kind.getValue(), place.getValue(), description.getValue(),
                    capacity.getValue() == null ? 0 : capacity.getValue(), starts.getValue(), ends.getValue(),
                    new Recurrence(null, ordinal.getValue(), weekday.getValue(), fromMonth.getValue(), toMonth.getValue(),
                            year.getValue()), who.orgUnitId(), who.genderValue(), who.minAgeValue()));
            Notification.show(t("created", title.getValue()));
        }));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        title.setId("event-title");
        place.setId("event-place");
        description.setId("event-description");
        capacity.setId("event-capacity");
        create.setId("event-create");
        return new FormLayout(title, kind, place, description, capacity, starts, ends, ordinal, weekday, fromMonth, toMonth, year,
                who.unit, who.gender, who.minAge, create);
    }

    private void configureGrids() {
        dates.setId("event-dates-grid");
        dates.addColumn(OccurrenceView::title).setHeader(t("field.title"));
        dates.addColumn(o -> t("kind." + o.kind())).setHeader(t("field.kind"));
        dates.addColumn(o -> time.date(o.day()) + " " + o.startsAt() + "-" + o.endsAt()).setHeader(t("when"));
        dates.addColumn(OccurrenceView::place).setHeader(t("field.place"));
        dates.addColumn(o -> o.registered() + " / " + o.capacity()).setHeader(t("taken"));
        dates.addColumn(OccurrenceView::waitlisted).setHeader(t("waiting"));
        dates.addColumn(o -> byId.containsKey(o.eventId()) ? describe(byId.get(o.eventId()).eligibility()) : "")
                .setHeader(t("eligibility"));
        dates.getColumns().forEach(c -> c.setAutoWidth(true).setFlexGrow(0));
        dates.setHeight("18em");
        dates.addItemClickListener(e -> show(e.getItem()));
        registrations.setId("event-registrations-grid");
        registrations.addColumn(r -> r.memberName() == null ? "#" + r.memberId() : r.memberName()).setHeader(t("member"));
        registrations.addColumn(RegistrationView::code).setHeader(t("code"));
        registrations.addColumn(r -> t("status." + r.status())).setHeader(t("status"));
        registrations.addComponentColumn(r -> {
            Button in = new Button(t("checkIn"), e -> checkIn(null, r.id()));
            in.setVisible(r.status() == RegistrationStatus.REGISTERED);
            return in;
        });
        registrations.getColumns().forEach(c -> c.setAutoWidth(true).setFlexGrow(0));
        registrations.setHeight("18em");
    }

    private void show(OccurrenceView occurrence) {
        shown = occurrence;
        if (office && byId.containsKey(occurrence.eventId())) {
            EventEligibility e = byId.get(occurrence.eventId()).eligibility();
            rules.show(e.orgUnitId(), e.gender(), e.minAge());
            changeRules.setEnabled(true);
            EventView event = byId.get(occurrence.eventId());
            editTitle.setValue(event.title());
            editPlace.setValue(event.place());
            editDescription.setValue(event.description() == null ? "" : event.description());
            saveDetails.setEnabled(true);
            editCapacity.setValue(occurrence.capacity());
            changeCapacity.setEnabled(true);
        }
        registrations.setItems(events.registrations(occurrence.id()));
    }

    private void checkIn(String byCode, Long registrationId) {
        if (shown == null) {
            Notification.show(t("pickDate"));
            return;
        }
        act(() -> {
            RegistrationView in = events.checkIn(shown.id(), byCode, registrationId);
            Notification.show(t("checkedIn", in.memberName() == null ? in.code() : in.memberName()));
            show(shown);
        });
    }

    private void act(Runnable work) {
        try {
            work.run();
            refresh();
        } catch (Refused refused) {
            // a refusal naming its field says which, by the field's label
            String text = getTranslation(refused.key(), refused.params());
            String label = refused.field() == null ? null : FIELD_LABELS.get(refused.field());
            if (label != null) {
                text = t("fieldRefused", getTranslation(label), text);
            }
            Notification n = Notification.show(text, 6_000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void refresh() {
        List<EventView> list = events.list();
        byId = list.stream().collect(Collectors.toMap(EventView::id, e -> e));
        List<OccurrenceView> all = list.stream().flatMap(e -> e.occurrences().stream())
                .filter(o -> !o.day().isBefore(LocalDate.now().minusDays(30))).sorted(java.util.Comparator
                        .comparing(OccurrenceView::day)).toList();
        dates.setItems(all);
    }

    private String describe(EventEligibility e) {
        return rules.describe(e.orgUnitId(), e.gender(), e.minAge());
    }

    private String t(String key, Object... params) {
        return getTranslation("campaigns.event." + key, params);
    }
}
