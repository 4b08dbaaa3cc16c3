package org.huzhu.org.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.huzhu.org.api.OrgTree;
import org.huzhu.org.api.OrgUnitEventView;
import org.huzhu.org.api.OrgUnitKind;
import org.huzhu.org.api.OrgUnitStatus;
import org.huzhu.org.api.OrgUnitView;
import org.huzhu.org.api.UnionRegistration;
import org.huzhu.org.api.UnionRegistry;
import org.huzhu.tenancy.api.Refused;
import org.huzhu.tenancy.api.Role;
import org.huzhu.tenancy.api.TenantContext;
import org.huzhu.tenancy.ui.Bilingual;
import org.huzhu.tenancy.ui.MainLayout;
import org.huzhu.tenancy.ui.PortalTime;
import org.huzhu.tenancy.ui.VisibleTo;

/**
 * 登记审核: pending registrations the user reviews, approved or rejected with a reason; below, a union's clerk
 * is changed, the office admin moves it under another agency office, and its history is shown.
 */
@Dependent
@Route(value = "union-review", layout = MainLayout.class)
@Menu(title = "org.nav.review", order = 4)
@VisibleTo({Role.OFFICE_ADMIN, Role.AGENCY_CLERK})
public class UnionReviewView extends VerticalLayout {

    final Grid<UnionRegistration> pending = new Grid<>();
    final TextField reason = new TextField();
    final Button approve = new Button();
    final Button reject = new Button();
    final Span message = new Span();

    final ComboBox<OrgUnitView> union = new ComboBox<>();
    final TextField clerk = new TextField();
    final Button saveClerk = new Button();
    final ComboBox<OrgUnitView> newParent = new ComboBox<>();
    final Button move = new Button();
    final Grid<OrgUnitEventView> history = new Grid<>();
    final Span manageMessage = new Span();

    private final UnionRegistry registry;
    private final OrgTree tree;

    @Inject
    public UnionReviewView(UnionRegistry registry, OrgTree tree, TenantContext context) {
        this.registry = registry;
        this.tree = tree;
        pending.setId("review-grid");
        pending.addColumn(UnionRegistration::code).setHeader(getTranslation("org.review.code")).setAutoWidth(true);
        pending.addColumn(UnionRegistration::name).setHeader(getTranslation("org.review.name")).setAutoWidth(true);
        pending.addColumn(UnionRegistration::creditCode).setHeader(getTranslation("org.review.creditCode"))
                .setAutoWidth(true);
        pending.addColumn(UnionRegistration::headcount).setHeader(getTranslation("org.review.headcount"));
        pending.addColumn(UnionRegistration::clerkUsername).setHeader(getTranslation("org.review.clerk"));
        pending.addColumn(r -> r.directEnrolment() ? getTranslation("org.review.direct") : r.parentName())
                .setHeader(getTranslation("org.review.parent")).setAutoWidth(true);
        pending.addColumn(UnionRegistration::registeredBy).setHeader(getTranslation("org.review.registeredBy"));
        pending.addColumn(r -> PortalTime.ofServer().dateTime(r.registeredAt(), getLocale()))
                .setHeader(getTranslation("org.review.registeredAt")).setAutoWidth(true);
        pending.setAllRowsVisible(true);
        reason.setId("review-reason");
        reason.setPlaceholder(getTranslation("org.review.reason"));
        reason.setWidth("24em");
        approve.setId("review-approve");
        approve.setText(getTranslation("org.review.approve"));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.addClickListener(e -> review(() -> registry.approve(selected().id()), "org.review.approved"));
        reject.setId("review-reject");
        reject.setText(getTranslation("org.review.reject"));
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.addClickListener(e -> review(() -> registry.reject(selected().id(), reason.getValue()),
                "org.review.rejected"));
        message.setId("review-message");
        HorizontalLayout actions = new HorizontalLayout(reason, approve, reject);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        union.setId("manage-union");
        union.setWidth("28em");
        union.setItemLabelGenerator(u -> u.code() + " " + u.name());
        union.addValueChangeListener(e -> showUnion(e.getValue()));
        clerk.setId("manage-clerk");
        clerk.setPlaceholder(getTranslation("org.manage.clerk"));
        saveClerk.setId("manage-clerk-save");
        saveClerk.setText(getTranslation("org.manage.changeClerk"));
        saveClerk.addClickListener(e -> manage(() -> registry.changeClerk(union.getValue().id(), clerk.getValue())));
        newParent.setId("manage-parent");
        newParent.setWidth("20em");
        newParent.setPlaceholder(getTranslation("org.manage.newParent"));
        newParent.setItemLabelGenerator(u -> u.code() + " " + u.name());
        move.setId("manage-move");
        move.setText(getTranslation("org.manage.move"));
        move.addClickListener(e -> manage(() -> registry.move(union.getValue().id(),
                newParent.getValue() == null ? null : newParent.getValue().code())));
        boolean admin = context.requireCaller().has(Role.OFFICE_ADMIN);
        newParent.setVisible(admin);
        move.setVisible(admin);
        if (admin) {
            newParent.setItems(registry.parentChoices());
        }
        history.setId("manage-history");
        history.addColumn(h -> getTranslation("org.event." + h.kind().name())).setHeader(getTranslation("org.manage.event"));
        history.addColumn(OrgUnitEventView::fromValue).setHeader(getTranslation("org.manage.from"));
        history.addColumn(OrgUnitEventView::toValue).setHeader(getTranslation("org.manage.to")).setAutoWidth(true);
        history.addColumn(OrgUnitEventView::actor).setHeader(getTranslation("org.manage.actor"));
        history.addColumn(h -> PortalTime.ofServer().dateTime(h.at(), getLocale())).setHeader(getTranslation("org.manage.at"))
                .setAutoWidth(true);
        history.setAllRowsVisible(true);
        manageMessage.setId("manage-message");
        HorizontalLayout clerkRow = new HorizontalLayout(clerk, saveClerk, newParent, move);
        clerkRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        add(new H2(getTranslation("org.review.title")), pending, actions, message,
                new H3(getTranslation("org.manage.title")), union, clerkRow, manageMessage, history);
        refresh();
    }

    private UnionRegistration selected() {
        return pending.asSingleSelect().getOptionalValue().orElseThrow(() -> new IllegalArgumentException(
                getTranslation("org.review.selectFirst")));
    }

    private void review(Supplier<UnionRegistration> action, String doneKey) {
        try {
            UnionRegistration done = action.get();
            message.setText(getTranslation(doneKey, done.code(), done.name()));
            reason.clear();
            refresh();
        } catch (Refused refused) {
            message.setText(getTranslation(refused.key(), refused.params()));
        } catch (IllegalArgumentException refused) {
            message.setText(Bilingual.pick(refused.getMessage(), getLocale()));
        }
    }

    private void manage(Supplier<UnionRegistration> action) {
        if (union.getValue() == null) {
            manageMessage.setText(getTranslation("org.manage.selectFirst"));
            return;
        }
        try {
            UnionRegistration done = action.get();
            manageMessage.setText(getTranslation("org.manage.saved", done.code(), done.name()));
            long id = done.id();
            refresh();
            union.getListDataView().getItems().filter(u -> u.id() == id).findFirst().ifPresent(union::setValue);
            showUnion(union.getValue());
        } catch (Refused refused) {
            manageMessage.setText(getTranslation(refused.key(), refused.params()));
        } catch (IllegalArgumentException refused) {
            manageMessage.setText(Bilingual.pick(refused.getMessage(), getLocale()));
        }
    }

    private void showUnion(OrgUnitView unit) {
        if (unit == null) {
            history.setItems(java.util.List.of());
            clerk.clear();
            return;
        }
        clerk.setValue(unit.clerkUsername() == null ? "" : unit.clerkUsername());
        history.setItems(registry.history(unit.id()));
    }

    private void refresh() {
        pending.setItems(registry.registrations(OrgUnitStatus.PENDING));
        union.setItems(tree.visibleUnits().stream()
                .filter(u -> u.kind() == OrgUnitKind.GRASSROOTS_UNION && u.status() != OrgUnitStatus.REJECTED).toList());
    }
}
