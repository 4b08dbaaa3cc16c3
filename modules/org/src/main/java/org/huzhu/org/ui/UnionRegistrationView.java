package org.huzhu.org.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.huzhu.org.api.OrgUnitKind;
import org.huzhu.org.api.OrgUnitView;
import org.huzhu.org.api.UnionApplication;
import org.huzhu.org.api.UnionRegistration;
import org.huzhu.org.api.UnionRegistry;
import org.huzhu.tenancy.api.Refused;
import org.huzhu.tenancy.api.Role;
import org.huzhu.tenancy.api.TenantContext;
import org.huzhu.tenancy.ui.Bilingual;
import org.huzhu.tenancy.ui.MainLayout;
import org.huzhu.tenancy.ui.VisibleTo;

/**
 * 基层工会登记: a grassroots union registers under an agency office, or with the city office directly (直投).
 * The registration waits for review; refusals show the field and the rule.
 */
@Dependent
@Route(value = "union-registration", layout = MainLayout.class)
@Menu(title = "org.nav.registration", order = 3)
@VisibleTo({Role.OFFICE_ADMIN, Role.GRASSROOTS_CLERK})
public class UnionRegistrationView extends VerticalLayout {

    final TextField name = new TextField();
    final TextField creditCode = new TextField();
    final IntegerField headcount = new IntegerField();
    final TextField clerk = new TextField();
    final Checkbox direct = new Checkbox();
    final ComboBox<OrgUnitView> parent = new ComboBox<>();
    final Button submit = new Button();
    final Span result = new Span();
    final Span error = new Span();

    @Inject
    public UnionRegistrationView(UnionRegistry registry, TenantContext context) {
        name.setId("reg-name");
        name.setWidth("28em");
        creditCode.setId("reg-credit-code");
        creditCode.setMaxLength(18);
        creditCode.setHelperText(getTranslation("org.registration.creditCode.help"));
        headcount.setId("reg-headcount");
        headcount.setMin(1);
        clerk.setId("reg-clerk");
        clerk.setValue(context.requireCaller().username());
        direct.setId("reg-direct");
        direct.setLabel(getTranslation("org.registration.direct"));
        parent.setId("reg-parent");
        parent.setWidth("28em");
        parent.setItems(registry.parentChoices().stream().filter(u -> u.kind() == OrgUnitKind.AGENCY_OFFICE).toList());
        parent.setItemLabelGenerator(u -> u.code() + " " + u.name());
        direct.addValueChangeListener(e -> parent.setEnabled(!e.getValue()));
        result.setId("reg-result");
        error.setId("reg-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");

        FormLayout form = new FormLayout();
        form.addFormItem(name, getTranslation("org.registration.name"));
        form.addFormItem(creditCode, getTranslation("org.registration.creditCode"));
        form.addFormItem(headcount, getTranslation("org.registration.headcount"));
        form.addFormItem(clerk, getTranslation("org.registration.clerk"));
        form.addFormItem(parent, getTranslation("org.registration.parent"));
        form.addFormItem(direct, "");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));

        submit.setText(getTranslation("org.registration.submit"));
        submit.setId("reg-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> {
            error.setText("");
            result.setText("");
            try {
                UnionRegistration registered = registry.register(new UnionApplication(name.getValue(),
                        creditCode.getValue(), headcount.getValue(), clerk.getValue(),
                        parent.getValue() == null ? null : parent.getValue().code(), direct.getValue()));
                result.setText(getTranslation("org.registration.done", registered.code(), registered.name()));
                name.clear();
                creditCode.clear();
                headcount.clear();
            } catch (Refused refused) {
                error.setText(getTranslation(refused.key(), refused.params()));
            } catch (IllegalArgumentException refused) {
                error.setText(Bilingual.pick(refused.getMessage(), getLocale()));
            }
        });
        add(new H2(getTranslation("org.registration.title")), form, submit, result, error);
    }
}
