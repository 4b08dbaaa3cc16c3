package org.huzhu.enrolment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;
import org.huzhu.enrolment.api.EnrolmentImports;
import org.huzhu.enrolment.api.ImportJobView;
import org.huzhu.enrolment.api.ImportRowError;
import org.huzhu.enrolment.api.SubmissionRefused;
import org.huzhu.enrolment.infrastructure.EnrolmentWorkbook;
import org.huzhu.org.api.EnrollingUnion;
import org.huzhu.org.api.EnrollingUnions;
import org.huzhu.tenancy.api.Role;
import org.huzhu.tenancy.api.TenantContext;
import org.huzhu.tenancy.ui.Bilingual;
import org.huzhu.tenancy.api.Refused;
import org.huzhu.tenancy.ui.UploadRefusals;
import org.huzhu.tenancy.ui.IsoDates;
import org.huzhu.tenancy.ui.JobPolling;
import org.huzhu.tenancy.ui.MainLayout;
import org.huzhu.tenancy.ui.UploadTexts;
import org.huzhu.tenancy.ui.VisibleTo;

/**
 * A clerk's enrolment list: pick the union and the term, upload the list, watch it being checked, read or
 * download the bad rows, review the totals per plan and submit; then the fee statement, and for the city
 * office the payments. Earlier lists are below, newest first.
 */
@Dependent
@Route(value = "enrolment", layout = MainLayout.class)
@Menu(title = "enrolment.nav.imports", order = 4)
@VisibleTo({Role.OFFICE_ADMIN, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK})
public class EnrolmentImportView extends VerticalLayout {

    static final String XLSX = EnrolmentWorkbook.CONTENT_TYPE;
    private static final int POLL_MILLIS = 700;

    final ComboBox<EnrollingUnion> union = new ComboBox<>();
    final DatePicker termStart = new DatePicker();
    final Upload upload = new Upload();
    final Span status = new Span();
    final ProgressBar progress = new ProgressBar();
    final Span counts = new Span();
    final Grid<ImportJobView.PlanTotalView> totals = new Grid<>();
    final Grid<ImportRowError> errors = new Grid<>();
    final Grid<ImportJobView.ParticipationView> participation = new Grid<>();
    final Div warnings = new Div();
    final Checkbox confirmWarnings = new Checkbox();
    final Button submit = new Button();
    final Span failure = new Span();
    final Button retry = new Button();
    final Anchor errorDownload = new Anchor();
    final Anchor feeStatement = new Anchor();
    final TextField paymentAmount = new TextField();
    final DatePicker paymentDate = new DatePicker();
    final Button recordPayment = new Button();
    final Grid<ImportJobView> recent = new Grid<>();
    final Div job = new Div();

    private final EnrolmentImports imports;
    private final boolean office;
    private final java.util.Map<String, String> unionNames = new java.util.HashMap<>();
    private Long shown;

    @Inject
    public EnrolmentImportView(EnrolmentImports imports, EnrollingUnions unions, TenantContext context) {
        this.imports = imports;
        this.office = context.requireCaller().has(Role.OFFICE_ADMIN);
        setWidthFull();
        union.setId("union-select");
        union.setLabel(t("union"));
        union.setItems(unions.mine());
        unions.mine().forEach(u -> unionNames.put(u.code(), u.name()));
        union.setItemLabelGenerator(u -> u.name() + "（" + u.code() + "）");
        union.setWidth("28em");
        if (unions.mine().size() == 1) {
            union.setValue(unions.mine().get(0));
        }
        IsoDates.iso(termStart).setId("term-start");
        termStart.setLabel(t("termStart"));
        termStart.setValue(LocalDate.now().withDayOfYear(1).plusYears(1));
        Anchor template = new Anchor(DownloadHandler.fromInputStream(e -> download(() ->
                imports.template(termStart.getValue()), "参保名单模板.xlsx", XLSX)), t("template"));
        template.setId("template-link");
        template.getElement().setAttribute("download", true);
        HorizontalLayout choose = new HorizontalLayout(union, termStart, template);
        choose.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        configureUpload();
        add(new H2(t("title")), choose, upload, job, new H3(t("recent")), recent);
        configureJob();
        configureRecent();
        refreshRecent();
        job.setVisible(false);
        JobPolling.follow(this, () -> {
            if (shown != null) {
                imports.find(shown).ifPresent(this::show);
            }
        });
    }

    private void configureUpload() {
        upload.setId("list-upload");
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv", XLSX);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(200 << 20);
        UploadTexts.translate(upload, "enrolment.upload.add", "enrolment.upload.drop");
        // The list arrives in the upload's own request; what it changes on the page reaches the browser with
        // the next poll, which starts with the upload.
        upload.getElement().addEventListener("upload-start", e -> UI.getCurrent().setPollInterval(POLL_MILLIS));
        upload.setUploadHandler(UploadHandler.inMemory((meta, bytes) -> {
            UI ui = upload.getUI().orElseThrow();
            try {
                ImportJobView started = start(meta.fileName(), bytes);
                ui.access(() -> {
                    show(started);
                    upload.clearFileList();
                });
            } catch (IllegalArgumentException | IllegalStateException | Refused e) {
                ui.access(() -> refuse(ui, UploadRefusals.message(this, e)));
            } catch (RuntimeException e) {
                ui.access(() -> refuse(ui, t("uploadFailed")));
                throw e;
            }
        }));
    }

    private void refuse(UI ui, String message) {
        ui.setPollInterval(-1);
        upload.clearFileList();
        error(message);
    }

    private ImportJobView start(String fileName, byte[] bytes) {
        if (union.getValue() == null) {
            throw new IllegalArgumentException(t("pickUnion"));
        }
        return imports.start(union.getValue().id(), termStart.getValue(), fileName, bytes);
    }

    private void configureJob() {
        status.setId("import-status");
        progress.setId("import-progress");
        progress.setWidth("30em");
        counts.setId("import-counts");
        totals.setId("totals-grid");
        totals.addColumn(ImportJobView.PlanTotalView::planName).setHeader(t("plan")).setAutoWidth(true);
        totals.addColumn(ImportJobView.PlanTotalView::members).setHeader(t("members"));
        totals.addColumn(ImportJobView.PlanTotalView::units).setHeader(t("units"));
        totals.addColumn(ImportJobView.PlanTotalView::fee).setHeader(t("fee"));
        totals.setAllRowsVisible(true);
        errors.setId("error-grid");
        errors.addColumn(ImportRowError::rowNumber).setHeader(t("row")).setWidth("6em").setFlexGrow(0);
        errors.addColumn(e -> t("field." + e.field())).setHeader(t("field")).setWidth("9em").setFlexGrow(0);
        errors.addColumn(e -> zh() ? e.messageZh() : e.messageEn()).setHeader(t("problem")).setFlexGrow(1);
        errors.setHeight("18em");
        errorDownload.setId("error-download");
        errorDownload.setText(t("errorDownload"));
        errorDownload.getElement().setAttribute("download", true);
        feeStatement.setId("fee-statement");
        feeStatement.setText(t("feeStatement"));
        feeStatement.getElement().setAttribute("download", true);
        submit.setId("submit-button");
        submit.setText(t("submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submitShown());
        failure.setId("import-failure");
        failure.getStyle().set("color", "var(--lumo-error-text-color)");
        retry.setId("retry-button");
        retry.setText(t("retry"));
        retry.addClickListener(e -> retryShown());
        paymentAmount.setId("payment-amount");
        paymentAmount.setLabel(t("paymentAmount"));
        IsoDates.iso(paymentDate).setId("payment-date");
        paymentDate.setLabel(t("paymentDate"));
        paymentDate.setValue(LocalDate.now());
        recordPayment.setId("payment-record");
        recordPayment.setText(t("paymentRecord"));
        recordPayment.addClickListener(e -> pay());
        HorizontalLayout payment = new HorizontalLayout(paymentAmount, paymentDate, recordPayment);
        payment.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        payment.setVisible(office);
        HorizontalLayout actions = new HorizontalLayout(submit, retry, errorDownload, feeStatement);
        actions.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        configureReview();
        job.add(new VerticalLayout(status, failure, progress, counts, totals, participation, warnings, confirmWarnings, actions,
                errors, payment));
    }

    /** The participation rule per plan and the warnings to confirm: the check result says whether it can go. */
    private void configureReview() {
        participation.setId("participation-grid");
        participation.addColumn(ImportJobView.ParticipationView::planName).setHeader(t("plan")).setAutoWidth(true);
        participation.addColumn(p -> t("whoCounts." + p.whoCounts())).setHeader(t("participation.whoCounts"));
        participation.addColumn(ImportJobView.ParticipationView::staff).setHeader(t("participation.staff"));
        participation.addColumn(ImportJobView.ParticipationView::enrolledBefore).setHeader(t("participation.before"));
        participation.addColumn(ImportJobView.ParticipationView::inList).setHeader(t("participation.inList"));
        participation.addColumn(ImportJobView.ParticipationView::needed).setHeader(t("participation.needed"));
        participation.addColumn(p -> t(p.met() ? "participation.yes" : "participation.no"))
                .setHeader(t("participation.met")).setAutoWidth(true);
        participation.setAllRowsVisible(true);
        warnings.setId("import-warnings");
        confirmWarnings.setId("confirm-warnings");
        confirmWarnings.setLabel(t("warnings.confirm"));
    }

    private void showReview(ImportJobView view) {
        participation.setItems(view.participation());
        participation.setVisible(!view.participation().isEmpty());
        warnings.removeAll();
        boolean blocked = view.participation().stream().anyMatch(p -> !p.met());
        if (blocked) {
            warnings.add(new Div(t("notSubmittable")));
        }
        if (!view.warnings().isEmpty()) {
            warnings.add(new H3(t("warnings.title")));
            view.warnings().forEach(w -> warnings.add(new Div(zh() ? w.messageZh() : w.messageEn())));
        }
        boolean confirmable = "CHECKED".equals(view.status()) && !view.warnings().isEmpty() && !blocked;
        warnings.setVisible(blocked || !view.warnings().isEmpty());
        confirmWarnings.setVisible(confirmable);
        if (!confirmable) {
            confirmWarnings.setValue(false);
        }
    }

    private void configureRecent() {
        recent.setId("import-grid");
        recent.addColumn(ImportJobView::id).setHeader("#").setWidth("5em").setFlexGrow(0);
        recent.addColumn(j -> unionNames.getOrDefault(j.unionCode(), j.unionCode())).setHeader(t("union"));
        recent.addColumn(ImportJobView::fileName).setHeader(t("file"));
        recent.addColumn(ImportJobView::termStart).setHeader(t("termStart"));
        recent.addColumn(j -> t("status." + j.status())).setHeader(t("statusHeader"));
        recent.addColumn(j -> j.goodRows() + " / " + j.badRows()).setHeader(t("goodBad"));
        recent.addColumn(ImportJobView::fee).setHeader(t("fee"));
        recent.setAllRowsVisible(true);
        recent.addItemClickListener(e -> imports.find(e.getItem().id()).ifPresent(this::show));
    }

    private void show(ImportJobView view) {
        boolean changed = shown == null || shown != view.id();
        shown = view.id();
        job.setVisible(true);
        status.setText(t("statusLine", view.id(), view.fileName(), t("status." + view.status())));
        boolean submitting = "SUBMITTING".equals(view.status()) || "SUBMITTED".equals(view.status());
        int done = submitting ? view.submittedRows() : view.checkedRows();
        progress.setValue(view.totalRows() == 0 ? 0 : Math.min(1.0, (double) done / view.totalRows()));
        counts.setText(t("countsLine", done, view.totalRows(), view.goodRows(), view.badRows(), view.fee(),
                view.enrolledRows(), view.paid(), view.coverStart() == null ? "-" : view.coverStart()));
        totals.setItems(view.totals());
        boolean checked = !"RECEIVED".equals(view.status()) && !"CHECKING".equals(view.status())
                && !"FAILED".equals(view.status());
        submit.setEnabled(view.submittable());
        errorDownload.setVisible(checked && view.badRows() > 0);
        feeStatement.setVisible(view.submittable() || submitting);
        showReview(view);
        recordPayment.setEnabled("SUBMITTED".equals(view.status()));
        if (changed || checked) {
            errors.setItems(imports.errors(view.id(), 0, 500));
        }
        long id = view.id();
        errorDownload.setHref(DownloadHandler.fromInputStream(e -> download(() -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            imports.writeErrorWorkbook(id, out);
            return out.toByteArray();
        }, "参保名单-" + id + "-错误.xlsx", XLSX)));
        feeStatement.setHref(DownloadHandler.fromInputStream(e -> download(() -> imports.feeStatement(id),
                "会费缴纳通知单-" + id + ".pdf", "application/pdf")));
        // why a list failed, and whether to retry it or upload a corrected file, stays on the page
        failure.setVisible(view.failure() != null);
        failure.setText(view.failure() == null ? "" : view.failure().in(getLocale()));
        retry.setVisible(view.failure() != null && view.failure().retryable());
        UI.getCurrent().setPollInterval(running(view) ? POLL_MILLIS : -1);
        if (!running(view)) {
            refreshRecent();
        }
    }

    private static boolean running(ImportJobView view) {
        return switch (view.status()) {
            case "RECEIVED", "CHECKING", "SUBMITTING" -> true;
            default -> false;
        };
    }

    private void submitShown() {
        try {
            show(imports.submit(shown, confirmWarnings.getValue()));
        } catch (SubmissionRefused e) {
            error((zh() ? String.join("；", e.reasonsZh()) : e.getMessage())
                    + (e.confirmable() ? " " + t("warnings.mustConfirm") : ""));
        } catch (IllegalStateException e) {
            error(e.getMessage());
        }
    }

    private void retryShown() {
        try {
            show(imports.retry(shown));
        } catch (IllegalStateException e) {
            error(Bilingual.pick(e.getMessage(), getLocale()));
        }
    }

    private void pay() {
        try {
            show(imports.recordPayment(shown, paymentAmount.getValue(), paymentDate.getValue(), null));
            paymentAmount.clear();
            Notification.show(t("paymentRecorded"));
        } catch (IllegalArgumentException | IllegalStateException e) {
            error(Bilingual.pick(e.getMessage(), getLocale()));
        }
    }

    private void refreshRecent() {
        recent.setItems(imports.recent(20));
    }

    private static DownloadResponse download(Supplier<byte[]> content, String name, String type) {
        byte[] bytes = content.get();
        return new DownloadResponse(new ByteArrayInputStream(bytes), name, type, bytes.length);
    }

    private void error(String message) {
        Notification n = Notification.show(message, 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private boolean zh() {
        return Locale.CHINESE.getLanguage().equals(getLocale().getLanguage());
    }

    private String t(String key, Object... params) {
        return getTranslation("enrolment." + key, params);
    }
}
