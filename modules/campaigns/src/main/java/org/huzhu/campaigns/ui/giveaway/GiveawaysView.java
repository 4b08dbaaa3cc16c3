package org.huzhu.campaigns.ui.giveaway;

import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.huzhu.campaigns.api.giveaway.GiveawayFigures;
import org.huzhu.campaigns.api.giveaway.GiveawayItem;
import org.huzhu.campaigns.api.giveaway.GiveawaySettings;
import org.huzhu.campaigns.api.giveaway.GiveawayView;
import org.huzhu.campaigns.api.giveaway.Giveaways;
import org.huzhu.campaigns.ui.eligibility.EligibilityFields;
import org.huzhu.org.api.OrgTree;
import org.huzhu.tenancy.api.Refused;
import org.huzhu.tenancy.api.Role;
import org.huzhu.tenancy.ui.IsoDates;
import org.huzhu.tenancy.ui.MainLayout;
import org.huzhu.tenancy.ui.PortalTime;
import org.huzhu.tenancy.ui.VisibleTo;

/**
 * The office admin's giveaways: a new one set up, each with its figures (quota, won, confirmed, released, waiting),
 * and one edited in the same form through the same service as {@code PUT /api/v1/giveaways/{id}}. Once a giveaway
 * opened, its opening time, eligibility and quiz are shown read-only (they let members in or kept them out).
 */
@Dependent
@Route(value = "giveaways", layout = MainLayout.class)
@Menu(title = "campaigns.giveaway.nav.admin", order = 7.2)
@VisibleTo(Role.OFFICE_ADMIN)
public class GiveawaysView extends VerticalLayout {

    /** A giveaway with its figures, one row of the grid. */
    record Row(GiveawayView giveaway, GiveawayFigures figures) {
    }

    final Grid<Row> grid = new Grid<>();
    final TextField title = new TextField();
    final Select<GiveawayItem> item = new Select<>();
    final IntegerField quota = new IntegerField();
    final DateTimePicker opensAt = new DateTimePicker();
    final DateTimePicker closesAt = new DateTimePicker();
    final IntegerField limit = new IntegerField();
    final EligibilityFields who;
    final TextField quizQuestion = new TextField();
    final TextField quizAnswer = new TextField();
    final IntegerField holdMinutes = new IntegerField();
    final H3 formTitle = new H3();
    final Button create = new Button();
    final Button save = new Button();
    final Button stopEditing = new Button();
    /** The giveaway in the form, or null while the form sets a new one up. */
    private GiveawayView editing;
    private final Giveaways giveaways;
    private final PortalTime time = PortalTime.ofServer();

    @Inject
    public GiveawaysView(Giveaways giveaways, OrgTree tree) {
        this.giveaways = giveaways;
        this.who = new EligibilityFields(this, tree, "giveaway");
        setWidthFull();
        formTitle.setText(t("admin.new"));
        formTitle.setId("giveaway-form-title");
        add(new H2(t("admin.title")), formTitle, form(), new H3(t("admin.list")), grid());
        refresh();
    }

    private FormLayout form() {
        title.setLabel(t("field.title"));
        item.setLabel(t("field.item"));
        item.setItems(GiveawayItem.values());
        item.setItemLabelGenerator(i -> t("item." + i));
        item.setValue(GiveawayItem.CINEMA_TICKET);
        quota.setLabel(t("field.quota"));
        opensAt.setLabel(t("field.opensAt"));
        closesAt.setLabel(t("field.closesAt"));
        // typed and shown as 2027-01-01 like every other date of the portal, not in the browser locale's own format
        IsoDates.iso(opensAt);
        IsoDates.iso(closesAt);
        limit.setLabel(t("field.limit"));
        limit.setValue(1);
        quizQuestion.setLabel(t("field.quizQuestion"));
        quizAnswer.setLabel(t("field.quizAnswer"));
        holdMinutes.setLabel(t("field.holdMinutes"));
        holdMinutes.setValue(30);
        create.setText(t("admin.create"));
        create.addClickListener(e -> create());
        create.setId("giveaway-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setText(t("admin.save"));
        save.addClickListener(e -> save());
        save.setId("giveaway-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setVisible(false);
        stopEditing.setText(t("admin.stopEditing"));
        stopEditing.addClickListener(e -> stopEditing());
        stopEditing.setId("giveaway-stop-editing");
        stopEditing.setVisible(false);
        title.setId("giveaway-title");
        item.setId("giveaway-item");
        quota.setId("giveaway-quota");
        opensAt.setId("giveaway-opens");
        closesAt.setId("giveaway-closes");
        limit.setId("giveaway-limit");
        quizQuestion.setId("giveaway-quiz-question");
        quizAnswer.setId("giveaway-quiz-answer");
        holdMinutes.setId("giveaway-hold-minutes");
        return new FormLayout(title, item, quota, opensAt, closesAt, limit, who.unit, who.gender, who.minAge,
                quizQuestion, quizAnswer, holdMinutes, new HorizontalLayout(create, save, stopEditing));
    }

    /** The form's fields by the names the service gives them in a refusal (those of the REST body). */
    private Map<String, HasValidation> fields() {
        return Map.ofEntries(Map.entry("title", title), Map.entry("item", item), Map.entry("quota", quota),
                Map.entry("opensAt", opensAt), Map.entry("closesAt", closesAt), Map.entry("perMemberLimit", limit),
                Map.entry("orgUnitId", who.unit), Map.entry("minAge", who.minAge),
                Map.entry("quizQuestion", quizQuestion), Map.entry("quizAnswer", quizAnswer),
                Map.entry("holdMinutes", holdMinutes));
    }

    private void create() {
        fields().values().forEach(f -> f.setInvalid(false));
        try {
            GiveawayView created = giveaways.create(new GiveawaySettings(title.getValue(), item.getValue(),
                    value(quota), GiveawayWords.toServer(opensAt.getValue()), GiveawayWords.toServer(closesAt.getValue()),
                    value(limit), who.orgUnitId(), who.genderValue(), who.minAgeValue(), quizQuestion.getValue(),
                    quizAnswer.getValue(), value(holdMinutes)));
            Notification.show(t("admin.created", created.title()));
            refresh();
        } catch (Refused refused) {
            show(refused);
        }
    }

    /** The giveaway's settings in the form; what an opened giveaway can no longer change is read-only. */
    private void edit(GiveawayView giveaway) {
        fields().values().forEach(f -> f.setInvalid(false));
        editing = giveaway;
        title.setValue(giveaway.title());
        item.setValue(giveaway.item());
        quota.setValue(giveaway.quota());
        opensAt.setValue(GiveawayWords.toBeijing(giveaway.opensAt()));
        closesAt.setValue(GiveawayWords.toBeijing(giveaway.closesAt()));
        limit.setValue(giveaway.perMemberLimit());
        who.show(giveaway.orgUnitId(), giveaway.gender(), giveaway.minAge());
        quizQuestion.setValue(giveaway.quizQuestion() == null ? "" : giveaway.quizQuestion());
        // the answer is never shown: left empty, the service keeps it for the same question
        quizAnswer.clear();
        quizAnswer.setPlaceholder(giveaway.quizQuestion() == null ? null : t("admin.answerKept"));
        holdMinutes.setValue(giveaway.holdMinutes());
        boolean opened = opened(giveaway);
        fixedOnceOpen().forEach(f -> f.setReadOnly(opened));
        formTitle.setText(t(opened ? "admin.editingOpened" : "admin.editing", giveaway.title()));
        create.setVisible(false);
        save.setVisible(true);
        stopEditing.setVisible(true);
        title.focus();
    }

    private void save() {
        fields().values().forEach(f -> f.setInvalid(false));
        GiveawayView was = editing;
        boolean opened = opened(was);
        try {
            // An opened giveaway's fixed settings are sent as they are, not as the pickers round them (seconds).
            GiveawayView saved = giveaways.update(was.id(), new GiveawaySettings(title.getValue(), item.getValue(),
                    value(quota), opened ? was.opensAt() : GiveawayWords.toServer(opensAt.getValue()),
                    GiveawayWords.toServer(closesAt.getValue()), value(limit),
                    opened ? was.orgUnitId() : who.orgUnitId(), opened ? was.gender() : who.genderValue(),
                    opened ? was.minAge() : who.minAgeValue(), opened ? was.quizQuestion() : quizQuestion.getValue(),
                    opened ? null : quizAnswer.getValue(), value(holdMinutes)));
            Notification.show(t("admin.saved", saved.title()));
            stopEditing();
            refresh();
        } catch (Refused refused) {
            show(refused);
        }
    }

    /** Back to setting a new giveaway up, the form emptied. */
    private void stopEditing() {
        editing = null;
        fields().values().forEach(f -> f.setInvalid(false));
        fixedOnceOpen().forEach(f -> f.setReadOnly(false));
        title.clear();
        item.setValue(GiveawayItem.CINEMA_TICKET);
        quota.clear();
        opensAt.clear();
        closesAt.clear();
        limit.setValue(1);
        who.show(null, null, null);
        quizQuestion.clear();
        quizAnswer.clear();
        quizAnswer.setPlaceholder(null);
        holdMinutes.setValue(30);
        formTitle.setText(t("admin.new"));
        create.setVisible(true);
        save.setVisible(false);
        stopEditing.setVisible(false);
    }

    /** The fields an opened giveaway can no longer change ({@code GiveawayEdit}). */
    private List<HasValue<?, ?>> fixedOnceOpen() {
        return List.of(opensAt, who.unit, who.gender, who.minAge, quizQuestion, quizAnswer);
    }

    /** Whether members could grab it already (the rule of {@code GiveawayEdit}: from its opening time on). */
    private static boolean opened(GiveawayView giveaway) {
        return !LocalDateTime.now().isBefore(giveaway.opensAt());
    }

    /** A refusal in the reader's words; one naming its field says which (by the field's label) and marks it. */
    private void show(Refused refused) {
        HasValidation field = refused.field() == null ? null : fields().get(refused.field());
        String text = getTranslation(refused.key(), refused.params());
        if (field != null) {
            field.setErrorMessage(text);
            field.setInvalid(true);
            text = t("admin.fieldRefused", ((HasLabel) field).getLabel(), text);
        }
        GiveawayWords.refused(text);
    }

    private static int value(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    private Grid<Row> grid() {
        grid.setId("giveaway-grid");
        grid.addComponentColumn(r -> {
            Button edit = new Button(t("admin.edit"), e -> edit(giveaways.find(r.giveaway().id())));
            edit.setId("giveaway-edit-" + r.giveaway().id());
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return edit;
        });
        grid.addColumn(r -> r.giveaway().title()).setHeader(t("field.title"));
        grid.addColumn(r -> t("item." + r.giveaway().item())).setHeader(t("field.item"));
        grid.addColumn(r -> time.dateTime(r.giveaway().opensAt(), getLocale())).setHeader(t("field.opensAt"));
        grid.addColumn(r -> who.describe(r.giveaway().orgUnitId(), r.giveaway().gender(), r.giveaway().minAge()))
                .setHeader(t("admin.eligibility"));
        grid.addColumn(r -> r.figures().quota()).setHeader(t("figure.quota"));
        grid.addColumn(r -> r.figures().won()).setHeader(t("figure.won"));
        grid.addColumn(r -> r.figures().confirmed()).setHeader(t("figure.confirmed"));
        grid.addColumn(r -> r.figures().held()).setHeader(t("figure.held"));
        grid.addColumn(r -> r.figures().released()).setHeader(t("figure.released"));
        grid.addColumn(r -> r.figures().waitlisted()).setHeader(t("figure.waitlisted"));
        grid.addColumn(r -> r.figures().remaining()).setHeader(t("figure.remaining"));
        grid.getColumns().forEach(c -> c.setAutoWidth(true).setFlexGrow(0));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(t("none"));
        return grid;
    }

    private void refresh() {
        List<Row> rows = giveaways.list().stream().map(g -> new Row(g, giveaways.figures(g.id()))).toList();
        grid.setItems(rows);
    }

    private String t(String key, Object... params) {
        return getTranslation("campaigns.giveaway." + key, params);
    }
}
