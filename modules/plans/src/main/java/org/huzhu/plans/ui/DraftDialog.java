package org.huzhu.plans.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.huzhu.plans.api.DraftRequest;
import org.huzhu.plans.api.PlanView;
import org.huzhu.tenancy.ui.Bilingual;
import org.huzhu.tenancy.ui.IsoDates;

/** The form for a new version: effective date, fee, units, waiting period, claim SLA and benefit amounts. */
class DraftDialog extends Dialog {

    final DatePicker effectiveFrom = new DatePicker();
    final TextField fee = new TextField();
    final IntegerField minUnits = new IntegerField();
    final IntegerField maxUnits = new IntegerField();
    final IntegerField waiting = new IntegerField();
    final IntegerField sla = new IntegerField();
    final Span error = new Span();
    final Map<String, TextField> amounts = new LinkedHashMap<>();

    DraftDialog(PlanView plan, PlanView.VersionView latest, Consumer<DraftRequest> save) {
        setHeaderTitle(getTranslation("plans.draft.title", plan.nameZh()));
        IsoDates.iso(effectiveFrom);
        effectiveFrom.setId("draft-effective-from");
        fee.setId("draft-fee");
        fee.setValue(latest.feePerUnit());
        minUnits.setValue(latest.minUnits());
        maxUnits.setValue(latest.maxUnits());
        waiting.setValue(latest.waitingPeriodDays());
        sla.setValue(latest.claimSlaWorkingDays());
        error.setId("draft-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        FormLayout form = new FormLayout();
        form.addFormItem(effectiveFrom, getTranslation("plans.draft.effectiveFrom"));
        form.addFormItem(fee, getTranslation("plans.field.fee"));
        form.addFormItem(minUnits, getTranslation("plans.field.units") + " (min)");
        form.addFormItem(maxUnits, getTranslation("plans.field.units") + " (max)");
        form.addFormItem(waiting, getTranslation("plans.field.waiting"));
        form.addFormItem(sla, getTranslation("plans.field.sla"));
        for (PlanView.BenefitView benefit : latest.benefits()) {
            TextField amount = new TextField();
            amount.setId("draft-amount-" + benefit.code());
            amount.setValue(benefit.mainAmount());
            amount.setHelperText(getTranslation("plans.draft.amount." + benefit.kind()));
            amounts.put(benefit.code(), amount);
            form.addFormItem(amount, benefit.nameZh());
        }
        add(form, error);
        Button saveButton = new Button(getTranslation("plans.draft.save"), e -> {
            try {
                save.accept(new DraftRequest(effectiveFrom.getValue() == null ? null : effectiveFrom.getValue().toString(),
                        fee.getValue(), value(minUnits), value(maxUnits), value(waiting), value(sla), changedAmounts(latest)));
                close();
            } catch (IllegalArgumentException refused) {
                error.setText(Bilingual.pick(refused.getMessage(), getLocale()));
            }
        });
        saveButton.setId("draft-save");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("plans.draft.cancel"), e -> close()), saveButton);
        List.of(minUnits, maxUnits, waiting, sla).forEach(f -> f.setStepButtonsVisible(true));
    }

    private Map<String, String> changedAmounts(PlanView.VersionView latest) {
        Map<String, String> changed = new LinkedHashMap<>();
        for (PlanView.BenefitView benefit : latest.benefits()) {
            String value = amounts.get(benefit.code()).getValue().strip();
            if (!value.equals(benefit.mainAmount())) {
                changed.put(benefit.code(), value);
            }
        }
        return changed;
    }

    private static int value(IntegerField field) {
        return field.getValue() == null ? -1 : field.getValue();
    }
}
