package org.huzhu.claims.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.List;
import java.util.function.Consumer;
import org.huzhu.claims.api.ClaimView;
import org.huzhu.claims.api.Claims;
import org.huzhu.claims.api.DocumentUpload;
import org.huzhu.claims.api.NewClaim;
import org.huzhu.enrolment.api.CoverView;
import org.huzhu.plans.api.PlanCatalog;
import org.huzhu.plans.api.PlanView;
import org.huzhu.tenancy.ui.IsoDates;
import org.huzhu.tenancy.ui.UploadTexts;

/**
 * The claim form: the member's plans (from their cover), the benefit, the event date and the facts, then the
 * receipts one by one. The answer (checks, amount, explanation) shows at once below.
 */
final class ClaimEntry extends VerticalLayout {

    final ComboBox<CoverView> plan = new ComboBox<>();
    final ComboBox<PlanView.BenefitView> benefit = new ComboBox<>();
    final DatePicker eventDate = new DatePicker();
    final TextField disease = new TextField();
    final IntegerField grade = new IntegerField();
    final Checkbox death = new Checkbox();
    final DatePicker admission = new DatePicker();
    final DatePicker discharge = new DatePicker();
    final TextField selfPaid = new TextField();
    final TextField invoice = new TextField();
    final Button file = new Button();
    final Span message = new Span();
    final ComboBox<String> documentType = new ComboBox<>();
    final Upload upload;
    final ClaimDetail detail;
    private final Claims claims;
    private final PlanCatalog catalog;
    private final ClaimWords w;
    private Consumer<ClaimView> changed = claim -> { };
    private long memberId;
    private Long claimId;

    ClaimEntry(String id, Claims claims, PlanCatalog catalog, ClaimWords words) {
        this.claims = claims;
        this.catalog = catalog;
        this.w = words;
        this.detail = new ClaimDetail(id + "-detail", words);
        setId(id);
        setPadding(false);
        plan.setId(id + "-plan");
        plan.setLabel(w.t("claims.plan"));
        plan.setItemLabelGenerator(c -> w.plan(c.planCode()) + " (" + w.date(c.termStart()) + ")");
        plan.addValueChangeListener(e -> benefits(e.getValue()));
        benefit.setId(id + "-benefit");
        benefit.setLabel(w.t("claims.benefit"));
        benefit.setItemLabelGenerator(w::benefit);
        List.of(eventDate, admission, discharge).forEach(IsoDates::iso);
        eventDate.setId(id + "-event-date");
        eventDate.setLabel(w.t("claims.eventDate"));
        disease.setId(id + "-disease");
        disease.setLabel(w.t("claims.disease"));
        grade.setId(id + "-grade");
        grade.setLabel(w.t("claims.grade"));
        death.setId(id + "-death");
        death.setLabel(w.t("claims.death"));
        admission.setId(id + "-admission");
        admission.setLabel(w.t("claims.admission"));
        discharge.setId(id + "-discharge");
        discharge.setLabel(w.t("claims.discharge"));
        selfPaid.setId(id + "-self-paid");
        selfPaid.setLabel(w.t("claims.selfPaid"));
        invoice.setId(id + "-invoice");
        invoice.setLabel(w.t("claims.invoice"));
        file.setId(id + "-file");
        file.setText(w.t("claims.file"));
        file.addClickListener(e -> file());
        message.setId(id + "-message");
        documentType.setId(id + "-document-type");
        documentType.setLabel(w.t("claims.documentType"));
        upload = new Upload(UploadHandler.inMemory((meta, bytes) -> getUI().ifPresent(ui -> ui.access(() ->
                addDocument(meta.fileName(), meta.contentType(), bytes)))));
        upload.setId(id + "-upload");
        upload.setAcceptedFileTypes("application/pdf", "image/jpeg", "image/png", ".pdf", ".jpg", ".jpeg", ".png");
        UploadTexts.translate(upload);
        upload.setVisible(false);
        documentType.setVisible(false);
        add(new FormLayout(plan, benefit, eventDate, disease, grade, death, admission, discharge, selfPaid, invoice),
                file, message, documentType, upload, detail);
    }

    /** Told each time the claim is filed or a document changes it, so a list beside the form follows at once. */
    void onChange(Consumer<ClaimView> listener) {
        this.changed = listener;
    }

    void forMember(long memberId, List<CoverView> cover) {
        this.memberId = memberId;
        this.claimId = null;
        plan.setItems(cover.stream().filter(CoverView::paid).toList());
        upload.setVisible(false);
        documentType.setVisible(false);
        detail.setVisible(false);
        message.setText("");
    }

    private void benefits(CoverView cover) {
        if (cover == null) {
            return;
        }
        catalog.plans().stream().filter(p -> p.code().equals(cover.planCode())).findFirst().ifPresent(p -> {
            List<PlanView.BenefitView> all = p.versions().stream().filter(v -> v.number() == cover.planVersion())
                    .flatMap(v -> v.benefits().stream()).toList();
            benefit.setItems(all);
            if (all.size() == 1) {
                benefit.setValue(all.get(0));
            }
            documentType.setItems(p.claimDocuments().stream().map(PlanView.ClaimDocumentView::code).toList());
            documentType.setItemLabelGenerator(code -> w.document(p.code(), code));
        });
    }

    private void file() {
        try {
            CoverView cover = plan.getValue();
            ClaimView claim = claims.file(new NewClaim(memberId, cover == null ? null : cover.planCode(),
                    benefit.getValue() == null ? null : benefit.getValue().code(), text(eventDate),
                    blank(disease.getValue()), grade.getValue(), death.getValue(), text(admission),
                    text(discharge), blank(selfPaid.getValue()), blank(invoice.getValue())), List.of());
            claimId = claim.id();
            message.setText("");
            shown(claim);
            Notification.show(w.t("claims.filed", String.valueOf(claim.id())), 6000,
                    Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            changed.accept(claim);
        } catch (org.huzhu.tenancy.api.Refused refused) {
            message.setText(w.t(refused.key(), refused.params()));
        } catch (IllegalArgumentException e) {
            message.setText(w.text(e.getMessage()));
        }
    }

    private void addDocument(String fileName, String contentType, byte[] bytes) {
        try {
            ClaimView claim = claims.addDocument(claimId, new DocumentUpload(documentType.getValue(), fileName,
                    contentType, bytes));
            shown(claim);
            message.setText("");
            changed.accept(claim);
        } catch (org.huzhu.tenancy.api.Refused refused) {
            message.setText(w.t(refused.key(), refused.params()));
        } catch (IllegalArgumentException e) {
            message.setText(w.text(e.getMessage()));
        }
        upload.clearFileList();
    }

    private void shown(ClaimView claim) {
        detail.show(claim);
        boolean open = !claim.missingDocuments().isEmpty() || claim.status().name().equals("IN_REVIEW");
        upload.setVisible(open);
        documentType.setVisible(open);
        if (!claim.missingDocuments().isEmpty()) {
            documentType.setValue(claim.missingDocuments().get(0).code());
        }
    }

    private static String text(DatePicker picker) {
        return picker.getValue() == null ? null : picker.getValue().toString();
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
