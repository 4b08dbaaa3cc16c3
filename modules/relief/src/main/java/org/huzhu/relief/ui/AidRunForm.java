package org.huzhu.relief.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.huzhu.plans.api.PlanView;
import org.huzhu.relief.api.AidGroup;
import org.huzhu.relief.api.AidRuns;
import org.huzhu.relief.api.AidRuns.AidRunView;
import org.huzhu.relief.api.AidRuns.GroupBands;
import org.huzhu.relief.api.AidRuns.RunForm;
import org.huzhu.tenancy.api.Refused;
import org.huzhu.tenancy.ui.IsoDates;

/**
 * Defines a secondary-aid run as POST /api/v1/aid-runs does, through the same {@link AidRuns#define}: name,
 * window of claim dates, the plans counted, base bands of the remaining self-paid amount, extra bands for the
 * hardship register / major illness / model workers, the most a member may get, the budget, model workers by member
 * number and the diagnoses counted as major illness. The office admin's alone (as over REST).
 */
class AidRunForm extends Dialog {

    final TextField name = new TextField();
    final DatePicker claimsFrom = new DatePicker();
    final DatePicker claimsTo = new DatePicker();
    final CheckboxGroup<String> plans = new CheckboxGroup<>();
    final BandsEditor bands;
    final Map<AidGroup, BandsEditor> extraBands = new EnumMap<>(AidGroup.class);
    final BigDecimalField memberCap = new BigDecimalField();
    final BigDecimalField budget = new BigDecimalField();
    final TextField modelWorkers = new TextField();
    final TextField majorIllness = new TextField();
    final Button define = new Button();

    AidRunForm(AidRuns aidRuns, List<PlanView> catalogue, ReliefTexts texts) {
        setHeaderTitle(texts.t("aidForm.title"));
        setWidth("min(1100px, 95vw)");
        name.setId("run-name");
        name.setLabel(texts.t("aid.col.name"));
        IsoDates.iso(claimsFrom).setId("run-from");
        claimsFrom.setLabel(texts.t("aidForm.from"));
        IsoDates.iso(claimsTo).setId("run-to");
        claimsTo.setLabel(texts.t("aidForm.to"));
        plans.setId("run-plans");
        plans.setLabel(texts.t("aidForm.plans"));
        boolean english = "en".equals(getLocale().getLanguage());
        Map<String, String> planNames = catalogue.stream().collect(Collectors.toMap(PlanView::code,
                p -> english ? p.nameEn() : p.nameZh(), (a, b) -> a));
        plans.setItems(catalogue.stream().map(PlanView::code).toList());
        plans.setItemLabelGenerator(code -> planNames.getOrDefault(code, code));
        memberCap.setId("run-member-cap");
        memberCap.setLabel(texts.t("aidForm.memberCap"));
        budget.setId("run-budget");
        budget.setLabel(texts.t("aidForm.budget"));
        modelWorkers.setId("run-model-workers");
        modelWorkers.setLabel(texts.t("aidForm.modelWorkers"));
        majorIllness.setId("run-major-illness");
        majorIllness.setLabel(texts.t("aidForm.majorIllness"));
        FormLayout head = new FormLayout(name, claimsFrom, claimsTo, memberCap, budget, modelWorkers, majorIllness,
                plans);
        head.setColspan(plans, 3);
        bands = new BandsEditor(texts, "run-base");
        add(head, new H4(texts.t("aidForm.bands")), bands);
        for (AidGroup group : AidGroup.values()) {
            BandsEditor extra = new BandsEditor(texts, "run-" + group.name().toLowerCase().replace('_', '-'));
            extraBands.put(group, extra);
            add(new Details(texts.t("aidForm.extraBands", texts.t("group." + group.name())), extra));
        }
        define.setId("run-define");
        define.setText(texts.t("aidForm.define"));
        define.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        define.addClickListener(e -> texts.act(() -> {
            AidRunView run = aidRuns.define(form());
            texts.done("aidForm.defined", String.valueOf(run.id()), run.name());
            fireEvent(new Defined(this, run));
            close();
        }));
        getFooter().add(new Button(texts.t("cancel"), e -> close()), define);
    }

    private RunForm form() {
        List<GroupBands> extra = new ArrayList<>();
        extraBands.forEach((group, editor) -> {
            if (!editor.value().isEmpty()) {
                extra.add(new GroupBands(group, editor.value()));
            }
        });
        return new RunForm(name.getValue(), claimsFrom.getValue(), claimsTo.getValue(), List.copyOf(plans.getValue()),
                bands.value(), extra, ReliefTexts.fenOrNull(memberCap), ReliefTexts.fen(budget),
                list(modelWorkers, "modelWorkerMemberIds", Long::valueOf),
                list(majorIllness, "majorIllnessCodes", s -> s));
    }

    /** A list typed in one field, separated by commas (、 ， ,) or spaces; a word that is not one is refused. */
    private static <T> List<T> list(TextField field, String name, Function<String, T> read) {
        try {
            return Arrays.stream(field.getValue().split("[、，,\\s]+")).filter(s -> !s.isEmpty()).map(read).toList();
        } catch (NumberFormatException notANumber) {
            throw Refused.badInput(name, "relief.refused.memberIdList");
        }
    }

    Registration addDefinedListener(ComponentEventListener<Defined> listener) {
        return addListener(Defined.class, listener);
    }

    /** A run was defined: the view lists it and shows it, ready to compute. */
    static final class Defined extends ComponentEvent<AidRunForm> {

        private final AidRunView run;

        Defined(AidRunForm source, AidRunView run) {
            super(source, false);
            this.run = run;
        }

        AidRunView run() {
            return run;
        }
    }
}
