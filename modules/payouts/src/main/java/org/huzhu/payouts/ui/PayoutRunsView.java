package org.huzhu.payouts.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import org.huzhu.payouts.api.BankFile;
import org.huzhu.payouts.api.PaymentView;
import org.huzhu.payouts.api.PayoutRunEventView;
import org.huzhu.tenancy.api.Refused;
import org.huzhu.payouts.api.PayoutRunView;
import org.huzhu.payouts.api.PayoutRuns;
import org.huzhu.payouts.api.ResultImportView;
import org.huzhu.tenancy.api.Role;
import org.huzhu.tenancy.ui.Bilingual;
import org.huzhu.tenancy.ui.UploadRefusals;
import org.huzhu.tenancy.ui.MainLayout;
import org.huzhu.tenancy.ui.PortalTime;
import org.huzhu.tenancy.ui.UploadTexts;
import org.huzhu.tenancy.ui.VisibleTo;

/**
 * Payout runs (周赔) for office staff: the runs with status, count and total; gather now; a second person
 * approves; the bank file to download; the bank's result file to upload, with the lines it could not use;
 * the chosen run's history; and the failed payments (of every kind: claims, aid, grants, subsidies, campaign
 * cash) with the bank's reason, whose cards a clerk must mend.
 */
@Dependent
@Route(value = "payout-runs", layout = MainLayout.class)
@Menu(title = "payouts.nav.runs", order = 6)
@VisibleTo({Role.OFFICE_ADMIN, Role.CLAIMS_OFFICER})
public class PayoutRunsView extends VerticalLayout {

    private static final int POLL_MILLIS = 1_000;

    final Grid<PayoutRunView> runs = new Grid<>();
    final Button create = new Button();
    final Button approve = new Button();
    final Anchor bankFile = new Anchor();
    final Upload result = new Upload();
    final Span selected = new Span();
    final Span failure = new Span();
    final Button retry = new Button();
    final Grid<ResultImportView.LineProblem> problems = new Grid<>();
    final Grid<PaymentView> failed = new Grid<>();
    final Grid<PayoutRunEventView> history = new Grid<>();

    private final PayoutRuns payoutRuns;
    private final PortalTime time = PortalTime.ofServer();
    private PayoutRunView shown;
    private com.vaadin.flow.shared.Registration polling;

    @Inject
    public PayoutRunsView(PayoutRuns payoutRuns) {
        this.payoutRuns = payoutRuns;
        setWidthFull();
        create.setId("payout-create");
        create.setText(t("create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> act(() -> {
            PayoutRunView run = payoutRuns.create();
            Notification.show(t("created", run.id()));
            show(run);
        }));
        approve.setId("payout-approve");
        approve.setText(t("approve"));
        approve.addClickListener(e -> act(() -> {
            show(payoutRuns.approve(requireShown().id()));
            Notification.show(t("approved", shown.id()));
        }));
        bankFile.setId("payout-bank-file");
        bankFile.setText(t("bankFile"));
        bankFile.getElement().setAttribute("download", true);
        configureUpload();
        selected.setId("payout-selected");
        failure.setId("payout-failure");
        failure.getStyle().set("color", "var(--lumo-error-text-color)");
        retry.setId("payout-retry");
        retry.setText(t("retry"));
        retry.setVisible(false);
        retry.addClickListener(e -> act(() -> show(payoutRuns.retryGathering(requireShown().id()))));
        HorizontalLayout actions = new HorizontalLayout(create, approve, bankFile, retry);
        actions.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        configureGrids();
        add(new H2(t("title")), actions, selected, failure, runs, new H3(t("history")), history, result,
                new H3(t("problems")), problems, new H3(t("failedPayments")), failed);
        refresh();
    }

    private void configureGrids() {
        runs.setId("payout-run-grid");
        // Every column as wide as its content (ids, names, logins, amounts are never cut); the grid scrolls
        // sideways on a narrow screen instead of squeezing them.
        runs.addColumn(PayoutRunView::id).setHeader(t("run"));
        runs.addColumn(r -> t("status." + r.status())).setHeader(t("status"));
        runs.addColumn(r -> t("trigger." + r.trigger())).setHeader(t("trigger"));
        runs.addColumn(r -> time.date(r.payoutDate())).setHeader(t("payoutDate"));
        runs.addColumn(r -> time.dateTime(r.createdAt(), getLocale())).setHeader(t("createdAt"));
        runs.addColumn(PayoutRunView::paymentCount).setHeader(t("count"));
        runs.addColumn(PayoutRunView::total).setHeader(t("total"));
        runs.addColumn(PayoutRunView::paidCount).setHeader(t("paid"));
        runs.addColumn(PayoutRunView::failedCount).setHeader(t("failed"));
        runs.addColumn(PayoutRunView::pendingCount).setHeader(t("pending"));
        runs.addColumn(PayoutRunView::createdBy).setHeader(t("createdBy"));
        runs.addColumn(PayoutRunView::approvedBy).setHeader(t("approvedBy"));
        runs.getColumns().forEach(c -> c.setAutoWidth(true).setFlexGrow(0).setResizable(true));
        runs.setEmptyStateText(t("none"));
        runs.setAllRowsVisible(true);
        runs.addItemClickListener(e -> show(e.getItem()));
        problems.setId("payout-problem-grid");
        problems.addColumn(ResultImportView.LineProblem::lineNo).setHeader(t("line")).setWidth("6em").setFlexGrow(0);
        problems.addColumn(p -> english() ? p.en() : p.zh()).setHeader(t("problem")).setFlexGrow(1);
        problems.setHeight("12em");
        failed.setId("payout-failed-grid");
        failed.addColumn(PaymentView::runId).setHeader(t("run")).setWidth("5em").setFlexGrow(0);
        failed.addColumn(PaymentView::reference).setHeader(t("reference"));
        failed.addColumn(p -> t("kind." + p.kind())).setHeader(t("kind"));
        failed.addColumn(PaymentView::sourceId).setHeader(t("source"));
        failed.addColumn(PaymentView::memberName).setHeader(t("member"));
        failed.addColumn(PaymentView::amount).setHeader(t("amount"));
        failed.addColumn(p -> Bilingual.pick(p.failureReason(), getLocale())).setHeader(t("reason")).setFlexGrow(2);
        failed.setHeight("16em");
        configureHistory();
    }

    private void configureHistory() {
        history.setId("payout-history-grid");
        history.addColumn(e -> time.dateTime(e.at(), getLocale())).setHeader(t("event.at"));
        history.addColumn(e -> t("event." + e.event())).setHeader(t("event"));
        history.addColumn(PayoutRunEventView::actor).setHeader(t("event.actor"));
        history.addColumn(e -> e.statusAfter() == null ? "" : t("status." + e.statusAfter())).setHeader(t("status"));
        history.addColumn(PayoutRunEventView::paymentCount).setHeader(t("count"));
        history.addColumn(PayoutRunEventView::total).setHeader(t("total"));
        history.addColumn(PayoutRunEventView::paidCount).setHeader(t("paid"));
        history.addColumn(PayoutRunEventView::failedCount).setHeader(t("failed"));
        history.getColumns().forEach(c -> c.setAutoWidth(true).setFlexGrow(0));
        history.setEmptyStateText(t("pickRun"));
        history.setHeight("14em");
    }

    private void configureUpload() {
        result.setId("payout-result-upload");
        result.setAcceptedFileTypes(".txt", "text/plain");
        result.setMaxFiles(1);
        result.setMaxFileSize(20 << 20);
        UploadTexts.translate(result, "payouts.upload", "payouts.upload.drop");
        result.setUploadHandler(UploadHandler.inMemory((meta, bytes) -> {
            UI ui = result.getUI().orElseThrow();
            PayoutRunView run = shown;
            try {
                if (run == null) {
                    throw new IllegalArgumentException(t("pickRun"));
                }
                ResultImportView taken = payoutRuns.importResult(run.id(), bytes);
                ui.access(() -> {
                    result.clearFileList();
                    problems.setItems(taken.problems());
                    Notification.show(taken.repeated() ? t("resultRepeated")
                            : t("resultTaken", taken.validLines(), taken.problems().size()));
                    ui.setPollInterval(POLL_MILLIS);
                });
            } catch (IllegalArgumentException | IllegalStateException | Refused e) {
                ui.access(() -> {
                    result.clearFileList();
                    error(UploadRefusals.message(this, e));
                });
            }
        }));
    }

    private PayoutRunView requireShown() {
        if (shown == null) {
            throw new IllegalArgumentException(t("pickRun"));
        }
        return shown;
    }

    private void show(PayoutRunView run) {
        shown = run;
        selected.setText(t("selected", run.id(), t("status." + run.status()), run.paymentCount(), run.total(),
                run.paidCount(), run.failedCount(), run.pendingCount()));
        approve.setEnabled("GATHERED".equals(run.status()));
        // a failed gathering, or the newest result file that failed, with what to do about it
        var resultFailure = payoutRuns.resultImports(run.id()).stream().findFirst().map(ResultImportView::failure);
        var why = run.failure() != null ? run.failure() : resultFailure.orElse(null);
        failure.setVisible(why != null);
        failure.setText(why == null ? "" : why.in(getLocale()));
        retry.setVisible(run.failure() != null && run.failure().retryable());
        boolean file = "APPROVED".equals(run.status())
                || ("FILE_ISSUED".equals(run.status()) && run.paidCount() + run.failedCount() == 0);
        bankFile.setEnabled(file);
        long id = run.id();
        bankFile.setHref(DownloadHandler.fromInputStream(e -> {
            BankFile made = payoutRuns.bankFile(id);
            return new DownloadResponse(new ByteArrayInputStream(made.content()), made.fileName(),
                    "text/plain; charset=UTF-8", made.content().length);
        }));
        problems.setItems(payoutRuns.resultImports(id).stream().findFirst().map(ResultImportView::problems)
                .orElse(java.util.List.of()));
        history.setItems(payoutRuns.events(id));
        UI.getCurrent().setPollInterval("GATHERING".equals(run.status()) || "SETTLING".equals(run.status())
                ? POLL_MILLIS : -1);
        refresh();
    }

    private void refresh() {
        runs.setItems(payoutRuns.recent(50));
        failed.setItems(payoutRuns.failedPayments(100));
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (Refused refused) {
            error(getTranslation(refused.key(), refused.params()));
        } catch (IllegalArgumentException | IllegalStateException e) {
            error(Bilingual.pick(e.getMessage(), getLocale()));
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        polling = event.getUI().addPollListener(e -> {
            if (shown != null) {
                payoutRuns.find(shown.id()).ifPresent(this::show);
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
    }

    private void error(String message) {
        Notification n = Notification.show(message, 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private String t(String key, Object... params) {
        return getTranslation("payouts." + key, params);
    }

    private boolean english() {
        return java.util.Locale.ENGLISH.getLanguage().equals(getLocale().getLanguage());
    }
}
