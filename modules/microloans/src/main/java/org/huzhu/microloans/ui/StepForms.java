package org.huzhu.microloans.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.huzhu.microloans.api.ApplicationView;
import org.huzhu.microloans.api.BankApproval;
import org.huzhu.microloans.api.GuaranteeDecision;
import org.huzhu.microloans.api.Investigation;
import org.huzhu.microloans.api.ProductTerms;
import org.huzhu.microloans.api.Recommendation;
import org.huzhu.microloans.application.LoanApplicationService;
import org.huzhu.tenancy.ui.IsoDates;
import org.huzhu.tenancy.ui.PortalTime;

/**
 * The forms of the pipeline's recording steps (field investigation, guarantor's decision, bank's approval,
 * disbursement), each a small section of the application's dialog. The service decides; a form only gathers
 * what the step records and names refused fields by their labels.
 */
final class StepForms {

    private final LoanApplicationService applications;
    private final LoanTexts texts;
    private final BiConsumer<Runnable, Map<String, String>> step;

    /** {@code step}: how the dialog takes a step (refusals named by label, then the dialog redrawn). */
    StepForms(LoanApplicationService applications, LoanTexts texts, BiConsumer<Runnable, Map<String, String>> step) {
        this.applications = applications;
        this.texts = texts;
        this.step = step;
    }

    Component investigation(ApplicationView a) {
        DatePicker on = day("loan-investigated-on");
        TextField investigators = text("form.investigators", "loan-investigators");
        TextArea findings = new TextArea(texts.t("form.findings"));
        findings.setId("loan-findings");
        ComboBox<Recommendation> recommendation = new ComboBox<>(texts.t("form.recommendation"),
                Recommendation.values());
        recommendation.setId("loan-recommendation");
        recommendation.setItemLabelGenerator(r -> texts.code("recommendation", r));
        Button record = button("form.recordInvestigation", "loan-investigate");
        Map<String, String> labels = Map.of("on", on.getLabel(), "investigators", investigators.getLabel(),
                "recommendation", recommendation.getLabel());
        record.addClickListener(e -> step(() -> applications.investigate(a.id(), new Investigation(on.getValue(),
                names(investigators.getValue()), findings.getValue(), recommendation.getValue())), labels));
        return section("form.investigation", on, investigators, findings, recommendation, record);
    }

    Component guarantee(ApplicationView a, ProductTerms product) {
        ComboBox<String> guarantor = new ComboBox<>(texts.t("guarantors"), product.guarantors());
        guarantor.setId("loan-guarantor");
        TextField note = text("form.note", "loan-guarantee-note");
        DatePicker on = day("loan-guarantee-on");
        Map<String, String> labels = Map.of("guarantor", guarantor.getLabel(), "on", on.getLabel());
        Button approve = button("form.guaranteeApproved", "loan-guarantee-approve");
        approve.addClickListener(e -> step(() -> applications.decideGuarantee(a.id(),
                new GuaranteeDecision(guarantor.getValue(), true, note.getValue(), on.getValue())), labels));
        Button decline = new Button(texts.t("form.guaranteeDeclined"));
        decline.setId("loan-guarantee-decline");
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
        decline.addClickListener(e -> step(() -> applications.decideGuarantee(a.id(),
                new GuaranteeDecision(guarantor.getValue(), false, note.getValue(), on.getValue())), labels));
        return section("form.guarantee", guarantor, note, on, approve, decline);
    }

    Component bankApproval(ApplicationView a, ProductTerms product) {
        ComboBox<String> bank = new ComboBox<>(texts.t("banks"), product.partnerBanks());
        bank.setId("loan-bank");
        BigDecimalField amount = new BigDecimalField(texts.t("amount"));
        amount.setId("loan-approved-amount");
        amount.setValue(java.math.BigDecimal.valueOf(a.amountFen(), 2));
        IntegerField months = new IntegerField(texts.t("months"));
        months.setId("loan-approved-months");
        months.setValue(a.months());
        BigDecimalField percent = new BigDecimalField(texts.t("bankRate"));
        percent.setId("loan-bank-percent");
        percent.setValue(product.bankPercent());
        TextField contract = text("contract", "loan-contract");
        DatePicker on = day("loan-approved-on");
        Map<String, String> labels = Map.of("bank", bank.getLabel(), "amount", amount.getLabel(), "months",
                months.getLabel(), "bankPercent", percent.getLabel(), "contractNo", contract.getLabel(), "on",
                on.getLabel());
        Button record = button("form.recordApproval", "loan-approve");
        record.addClickListener(e -> step(() -> applications.approveByBank(a.id(), new BankApproval(bank.getValue(),
                LoanTexts.fen(amount.getValue()), months.getValue() == null ? 0 : months.getValue(),
                percent.getValue(), contract.getValue(), on.getValue())), labels));
        return section("form.bankApproval", bank, amount, months, percent, contract, on, record);
    }

    Component disbursement(ApplicationView a) {
        DatePicker on = day("loan-disbursed-on");
        Button record = button("form.recordDisbursement", "loan-disburse");
        record.addClickListener(e -> step(() -> applications.disburse(a.id(), on.getValue()),
                Map.of("on", on.getLabel())));
        return section("form.disbursement", on, record);
    }

    private void step(Runnable action, Map<String, String> labels) {
        step.accept(action, labels);
    }

    /** Investigators as typed: separated by 、 or commas, as offices write a list of names. */
    static List<String> names(String typed) {
        return typed == null ? List.of() : Arrays.stream(typed.split("[、,，;；]")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    private DatePicker day(String id) {
        DatePicker picker = new DatePicker(texts.t("form.on"));
        picker.setId(id);
        IsoDates.iso(picker);
        picker.setValue(LocalDate.now(PortalTime.TENANT_ZONE));
        return picker;
    }

    private TextField text(String labelKey, String id) {
        TextField field = new TextField(texts.t(labelKey));
        field.setId(id);
        return field;
    }

    private Button button(String labelKey, String id) {
        Button button = new Button(texts.t(labelKey));
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    private Component section(String titleKey, Component... parts) {
        return StepDialog.section(texts.t(titleKey), parts);
    }
}
