package org.huzhu.microloans.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.Map;
import java.util.Set;
import org.huzhu.microloans.api.ApplicationView;
import org.huzhu.microloans.api.LoanDocumentKind;
import org.huzhu.microloans.api.ProductTerms;
import org.huzhu.microloans.application.LoanApplicationService;
import org.huzhu.microloans.application.LoanAuditTrail;
import org.huzhu.microloans.application.LoanProductService;
import org.huzhu.microloans.domain.DocumentContent;
import org.huzhu.tenancy.api.Caller;
import org.huzhu.tenancy.api.Role;
import org.huzhu.tenancy.ui.PortalTime;
import org.huzhu.tenancy.ui.UploadTexts;

/**
 * One application: what it is, where it stands, its documents and what is missing, and the forms of the steps its
 * state allows that the caller's role may take (the same rules as the REST operations' roles: docs/DESIGN.md
 * "Microloans", who does what). After each step the dialog shows the application as it now is.
 */
class ApplicationStepsDialog extends StepDialog {

    /** Who adds documents and may withdraw: the filing side, the founder included. */
    private static final Set<Role> FILING_SIDE = Set.of(Role.OFFICE_ADMIN, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK,
            Role.MEMBER);

    private final long id;
    private final LoanApplicationService applications;
    private final LoanProductService products;
    private final LoanAuditTrail audit;
    private final PortalTime time = PortalTime.ofServer();

    ApplicationStepsDialog(long id, LoanApplicationService applications, LoanProductService products,
                           LoanAuditTrail audit, Caller caller, Runnable changed) {
        super("loan-application-dialog", "60em", caller, changed);
        this.id = id;
        this.applications = applications;
        this.products = products;
        this.audit = audit;
        show();
    }

    @Override
    protected void show() {
        ApplicationView a = applications.view(applications.require(id));
        ProductTerms product = products.terms(a.productCode());
        setHeaderTitle(texts.t("form.applicationTitle", a.id(), a.enterpriseName()));
        body.removeAll();
        Span status = new Span(texts.t("form.standing", texts.code("status", a.status()),
                LoanTexts.yuan(a.amountFen()), a.months(), time.dateTime(a.filedAt(), getLocale())));
        status.setId("loan-application-status");
        body.add(status, documents(a));
        StepForms forms = new StepForms(applications, texts, this::step);
        // the investigation needs every required document: until then the missing ones are named above instead
        if (allows(a, "INVESTIGATE") && any(Role.OFFICE_ADMIN, Role.AGENCY_CLERK) && a.missingDocuments().isEmpty()) {
            body.add(forms.investigation(a));
        }
        if (allows(a, "DECIDE_GUARANTEE") && any(Role.OFFICE_ADMIN)) {
            body.add(forms.guarantee(a, product));
        }
        if (allows(a, "APPROVE_BY_BANK") && any(Role.OFFICE_ADMIN)) {
            body.add(forms.bankApproval(a, product));
        }
        if (allows(a, "DISBURSE") && any(Role.OFFICE_ADMIN)) {
            body.add(forms.disbursement(a));
        }
        if (allows(a, "WITHDRAW") && FILING_SIDE.stream().anyMatch(caller::has)) {
            body.add(closing(a));
        }
        if (LoanTexts.staff(caller)) {
            body.add(new AuditList(texts, audit.of(LoanAuditTrail.APPLICATION, id)));
        }
    }

    private VerticalLayout documents(ApplicationView a) {
        VerticalLayout section = new VerticalLayout(new H4(texts.t("documents")));
        section.setPadding(false);
        a.documents().forEach(d -> section.add(new Span(texts.code("document", d.kind()) + "：" + d.fileName())));
        Span missing = new Span(a.missingDocuments().isEmpty() ? texts.t("form.nothingMissing")
                : texts.t("form.missing", String.join("、", a.missingDocuments().stream()
                .map(k -> texts.code("document", k)).toList())));
        missing.setId("loan-missing-documents");
        missing.setVisible(allows(a, "ADD_DOCUMENT")); // a closed or advanced application needs nothing more
        section.add(missing);
        if (allows(a, "ADD_DOCUMENT") && FILING_SIDE.stream().anyMatch(caller::has)) {
            section.add(upload(a));
        }
        return section;
    }

    private HorizontalLayout upload(ApplicationView a) {
        ComboBox<LoanDocumentKind> kind = new ComboBox<>(texts.t("form.documentKind"), LoanDocumentKind.values());
        kind.setId("loan-document-kind");
        kind.setItemLabelGenerator(k -> texts.code("document", k));
        kind.setValue(a.missingDocuments().isEmpty() ? LoanDocumentKind.OTHER : a.missingDocuments().get(0));
        Upload upload = new Upload();
        upload.setId("loan-document-upload");
        upload.setAcceptedFileTypes(".pdf", ".jpg", ".jpeg", ".png");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(DocumentContent.MAX_BYTES);
        UploadTexts.translate(upload, "microloans.form.addDocument", "microloans.form.dropDocument");
        upload.setUploadHandler(UploadHandler.inMemory((meta, bytes) -> {
            UI ui = upload.getUI().orElseThrow();
            ui.access(() -> {
                upload.clearFileList();
                LoanDocumentKind chosen = kind.getValue();
                if (texts.act(() -> applications.addDocument(a.id(), chosen == null ? null : chosen.name(),
                        meta.fileName(), bytes), Map.of("kind", kind.getLabel()))) {
                    texts.done("form.documentAdded", texts.code("document", chosen));
                    stepTaken();
                }
            });
        }));
        HorizontalLayout row = new HorizontalLayout(kind, upload);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
        return row;
    }

    /** Withdrawing (the filing side) or rejecting (the office) an open application, with the reason. */
    private VerticalLayout closing(ApplicationView a) {
        TextField reason = new TextField(texts.t("form.reason"));
        reason.setId("loan-close-reason");
        Button withdraw = new Button(texts.t("form.withdraw"), e -> close(() -> applications.withdraw(a.id(),
                reason.getValue()), reason));
        withdraw.setId("loan-withdraw");
        HorizontalLayout row = new HorizontalLayout(reason, withdraw);
        if (allows(a, "REJECT") && any(Role.OFFICE_ADMIN)) {
            Button reject = new Button(texts.t("form.reject"), e -> close(() -> applications.reject(a.id(),
                    reason.getValue()), reason));
            reject.setId("loan-reject");
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
            row.add(reject);
        }
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
        VerticalLayout section = new VerticalLayout(new H4(texts.t("form.closing")), row);
        section.setPadding(false);
        return section;
    }

    private void close(Runnable step, TextField reason) {
        step(step, Map.of("reason", reason.getLabel()));
    }

    private static boolean allows(ApplicationView a, String step) {
        return a.allowedSteps().contains(step);
    }

    private boolean any(Role... roles) {
        return java.util.Arrays.stream(roles).anyMatch(caller::has);
    }
}
