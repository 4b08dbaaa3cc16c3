package org.huzhu.claims.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.huzhu.claims.api.SettlementImportView;
import org.huzhu.claims.api.SettlementImports;
import org.huzhu.claims.api.SettlementLineError;
import org.huzhu.tenancy.api.Role;
import org.huzhu.tenancy.api.Refused;
import org.huzhu.tenancy.ui.UploadRefusals;
import org.huzhu.tenancy.ui.JobPolling;
import org.huzhu.tenancy.ui.MainLayout;
import org.huzhu.tenancy.ui.PortalTime;
import org.huzhu.tenancy.ui.UploadTexts;
import org.huzhu.tenancy.ui.VisibleTo;

/**
 * The office's settlement-file import (医保结算导入): upload the file, watch the claims being made, read the bad
 * lines; earlier imports below, newest first.
 */
@Dependent
@Route(value = "settlement-imports", layout = MainLayout.class)
@Menu(title = "claims.nav.settlement", order = 6.7)
@VisibleTo({Role.OFFICE_ADMIN, Role.CLAIMS_OFFICER})
public class SettlementImportsView extends VerticalLayout {

    private static final int POLL_MILLIS = 700;

    final Upload upload = new Upload();
    final Span status = new Span();
    final ProgressBar progress = new ProgressBar();
    final Span counts = new Span();
    final Span failure = new Span();
    final Button retry = new Button();
    final Grid<SettlementLineError> errors = new Grid<>();
    final Grid<SettlementImportView> recent = new Grid<>();
    private final SettlementImports imports;
    private final PortalTime time = PortalTime.ofServer();
    private Long shown;

    @Inject
    public SettlementImportsView(SettlementImports imports) {
        this.imports = imports;
        setWidthFull();
        upload.setId("settlement-upload");
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(400 << 20);
        UploadTexts.translate(upload);
        upload.getElement().addEventListener("upload-start", e -> UI.getCurrent().setPollInterval(POLL_MILLIS));
        upload.setUploadHandler(UploadHandler.inMemory((meta, bytes) -> {
            UI ui = upload.getUI().orElseThrow();
            try {
                SettlementImportView started = imports.start(null, null, meta.fileName(), bytes);
                ui.access(() -> {
                    show(started);
                    upload.clearFileList();
                });
            } catch (IllegalArgumentException | Refused e) {
                ui.access(() -> refuse(ui, UploadRefusals.message(this, e)));
            }
        }));
        status.setId("settlement-status");
        progress.setId("settlement-progress");
        progress.setWidth("30em");
        counts.setId("settlement-counts");
        failure.setId("settlement-failure");
        failure.getStyle().set("color", "var(--lumo-error-text-color)");
        failure.setVisible(false);
        retry.setId("settlement-retry");
        retry.setText(t("retry"));
        retry.setVisible(false);
        retry.addClickListener(e -> retryShown());
        errors.setId("settlement-errors");
        errors.addColumn(SettlementLineError::line).setHeader(t("line")).setWidth("6em").setFlexGrow(0);
        errors.addColumn(e -> known("field." + e.field(), e.field())).setHeader(t("field")).setWidth("9em").setFlexGrow(0);
        errors.addColumn(e -> known("rule." + e.rule(), e.rule())).setHeader(t("rule")).setWidth("12em").setFlexGrow(0);
        errors.addColumn(e -> english() ? e.en() : e.message()).setHeader(t("problem")).setFlexGrow(1);
        errors.setHeight("18em");
        recent.setId("settlement-recent");
        recent.addColumn(SettlementImportView::id).setHeader("#").setWidth("5em").setFlexGrow(0);
        recent.addColumn(SettlementImportView::fileName).setHeader(t("file"));
        recent.addColumn(v -> t("status." + v.status())).setHeader(t("statusLabel"));
        recent.addColumn(SettlementImportView::claimsCreated).setHeader(t("claims"));
        recent.addColumn(SettlementImportView::badLines).setHeader(t("badLines"));
        recent.addColumn(v -> time.dateTime(v.createdAt(), getLocale())).setHeader(t("createdAt"));
        recent.addItemClickListener(e -> show(e.getItem()));
        recent.setHeight("14em");
        add(new H2(t("title")), new Span(t("hint")), upload, status, failure, retry, progress, counts, errors, new H3(t("recent")),
                recent);
        progress.setVisible(false);
        errors.setVisible(false);
        recent.setItems(imports.recent(20));
        JobPolling.follow(this, () -> {
            if (shown != null) {
                imports.find(shown).ifPresent(this::show);
            }
        });
    }

    private void show(SettlementImportView view) {
        shown = view.id();
        boolean running = "RECEIVED".equals(view.status()) || "RUNNING".equals(view.status());
        status.setText(t("status." + view.status()));
        failure.setVisible(view.failure() != null);
        failure.setText(view.failure() == null ? "" : view.failure().in(getLocale()));
        retry.setVisible(view.failure() != null && view.failure().retryable());
        progress.setVisible(true);
        progress.setValue(view.progress());
        counts.setText(t("counts", view.processedLines(), view.totalLines(), view.approved(), view.inReview(),
                view.rejected(), view.alreadyImported(), view.badLines(), view.approvedAmount()));
        errors.setVisible(view.badLines() > 0);
        if (view.badLines() > 0) {
            errors.setItems(imports.errors(view.id(), 0, 500));
        }
        if (!running) {
            recent.setItems(imports.recent(20));
        }
        UI.getCurrent().setPollInterval(running ? POLL_MILLIS : -1);
    }

    private void retryShown() {
        try {
            show(imports.retry(shown));
        } catch (IllegalStateException e) {
            refuse(UI.getCurrent(), e.getMessage());
        }
    }

    private void refuse(UI ui, String message) {
        ui.setPollInterval(-1);
        Notification n = Notification.show(message, 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** A line's field or rule in words where the portal has them, else the name the file format documents. */
    private String known(String key, String code) {
        String word = t(key);
        return word.equals("claims.settlement." + key) ? code : word;
    }

    private String t(String key, Object... params) {
        return getTranslation("claims.settlement." + key, params);
    }

    private boolean english() {
        return java.util.Locale.ENGLISH.getLanguage().equals(getLocale().getLanguage());
    }
}
