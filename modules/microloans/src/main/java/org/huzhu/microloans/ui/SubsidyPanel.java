package org.huzhu.microloans.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Map;
import org.huzhu.microloans.api.RepaymentImportResult;
import org.huzhu.microloans.api.RepaymentImportResult.LineProblem;
import org.huzhu.microloans.api.SubsidyStatus;
import org.huzhu.microloans.api.SubsidyView;
import org.huzhu.microloans.application.RepaymentImport;
import org.huzhu.microloans.application.SubsidyService;
import org.huzhu.tenancy.ui.PortalTime;
import org.huzhu.tenancy.ui.UploadTexts;

/**
 * The office's money side of the loans (office admin and claims officer): the bank's repayment file
 * (docs/loan-repayment-file.md) with every refused line named, a period's subsidy computed, and a computed subsidy
 * approved by the other person (the service refuses the one who computed it).
 */
class SubsidyPanel extends VerticalLayout {

    final Upload repaymentFile = new Upload();
    final Grid<LineProblem> problems = new Grid<>();
    final TextField period = new TextField();
    final Button compute = new Button();
    final Grid<SubsidyView> subsidies = new Grid<>();
    final Button approve = new Button();
    final Grid<SubsidyView.WorkingLine> working = new Grid<>();

    private final SubsidyService service;
    private final Runnable changed;
    private final LoanTexts texts = new LoanTexts(this);

    SubsidyPanel(RepaymentImport repayments, SubsidyService service, Runnable changed) {
        this.service = service;
        this.changed = changed;
        setPadding(false);
        configureUpload(repayments);
        problems.setId("loan-file-problems");
        problems.addColumn(LineProblem::line).setHeader(texts.t("form.line")).setAutoWidth(true);
        problems.addColumn(LineProblem::field).setHeader(texts.t("form.field")).setAutoWidth(true);
        problems.addColumn(p -> "en".equals(getLocale().getLanguage()) ? p.en() : p.zh()).setHeader(texts.t("form.rule"));
        problems.setAllRowsVisible(true);
        problems.setVisible(false);
        period.setId("loan-subsidy-period");
        period.setLabel(texts.t("form.period"));
        period.setHelperText(texts.t("form.periodHelp"));
        period.setValue(lastQuarter(LocalDate.now(PortalTime.TENANT_ZONE)));
        compute.setId("loan-subsidy-compute");
        compute.setText(texts.t("form.compute"));
        compute.addClickListener(e -> texts.act(() -> {
            int computed = service.settle(period.getValue()).size();
            texts.done("form.computed", computed, period.getValue());
            reload();
        }, Map.of("period", period.getLabel())));
        configureGrid();
        HorizontalLayout settle = new HorizontalLayout(period, compute, approve);
        settle.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(new H3(texts.t("form.repayments")), repaymentFile, problems, new H3(texts.t("form.subsidies")), settle,
                subsidies, working);
        reload();
    }

    private void configureUpload(RepaymentImport repayments) {
        repaymentFile.setId("loan-repayment-file");
        repaymentFile.setAcceptedFileTypes(".csv", ".txt");
        repaymentFile.setMaxFiles(1);
        UploadTexts.translate(repaymentFile, "microloans.form.addRepaymentFile", "microloans.form.dropRepaymentFile");
        repaymentFile.setUploadHandler(UploadHandler.inMemory((meta, bytes) -> {
            UI ui = repaymentFile.getUI().orElseThrow();
            ui.access(() -> {
                repaymentFile.clearFileList();
                texts.act(() -> imported(repayments.importFile(bytes)));
            });
        }));
    }

    private void imported(RepaymentImportResult result) {
        problems.setItems(result.problems());
        problems.setVisible(!result.problems().isEmpty());
        texts.done("form.fileRead", result.lines(), result.recorded(), result.alreadyRecorded(),
                result.problems().size());
        changed.run();
    }

    private void configureGrid() {
        subsidies.setId("loan-subsidies");
        subsidies.addColumn(SubsidyView::contractNo).setHeader(texts.t("contract"));
        subsidies.addColumn(SubsidyView::periodName).setHeader(texts.t("form.period"));
        subsidies.addColumn(s -> LoanTexts.yuan(s.amountFen())).setHeader(texts.t("form.subsidyAmount"));
        subsidies.addColumn(s -> texts.code("subsidyStatus", s.status())).setHeader(texts.t("status"));
        subsidies.addColumn(SubsidyView::computedBy).setHeader(texts.t("form.computedBy"));
        subsidies.addColumn(s -> s.approvedBy() == null ? "" : s.approvedBy()).setHeader(texts.t("form.approvedBy"));
        subsidies.setAllRowsVisible(true);
        subsidies.addSelectionListener(e -> {
            working.setItems(e.getFirstSelectedItem().map(SubsidyView::working).orElse(java.util.List.of()));
            working.setVisible(e.getFirstSelectedItem().isPresent());
        });
        configureWorking();
        approve.setId("loan-subsidy-approve");
        approve.setText(texts.t("form.approve"));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.addClickListener(e -> subsidies.getSelectedItems().stream().findFirst().ifPresentOrElse(s -> {
            if (texts.act(() -> service.approve(s.id()))) {
                texts.done("form.approved", s.contractNo(), LoanTexts.yuan(s.amountFen()));
                reload();
                changed.run();
            }
        }, () -> texts.error(texts.t("form.chooseSubsidy", texts.code("subsidyStatus", SubsidyStatus.COMPUTED)))));
    }

    /** The chosen subsidy's working: each instalment due in the period and what it earned, with the reason. */
    private void configureWorking() {
        working.setId("loan-subsidy-working");
        working.addColumn(SubsidyView.WorkingLine::instalment).setHeader(texts.t("loan.no")).setAutoWidth(true);
        working.addColumn(w -> PortalTime.ofServer().date(w.dueDate())).setHeader(texts.t("loan.due"));
        working.addColumn(w -> LoanTexts.yuan(w.dueFen())).setHeader(texts.t("working.due"));
        working.addColumn(w -> LoanTexts.yuan(w.paidFen())).setHeader(texts.t("loan.paid"));
        working.addColumn(w -> PortalTime.ofServer().date(w.paidInFullOn())).setHeader(texts.t("loan.paidInFull"));
        working.addColumn(w -> LoanTexts.yuan(w.subsidisedInterestFen())).setHeader(texts.t("loan.subsidisedInterest"));
        working.addColumn(w -> LoanTexts.yuan(w.penaltyFen())).setHeader(texts.t("loan.penalty"));
        working.addColumn(w -> texts.t("outcome." + w.outcome())).setHeader(texts.t("working.outcome")).setFlexGrow(2);
        working.addColumn(w -> LoanTexts.yuan(w.subsidyFen())).setHeader(texts.t("form.subsidyAmount"));
        working.setAllRowsVisible(true);
        working.setVisible(false);
    }

    private void reload() {
        subsidies.setItems(service.list(null, 100).stream().map(service::view).toList());
    }

    /** The quarter before the one the day is in, as 2026Q3: the one an office settles next. */
    static String lastQuarter(LocalDate today) {
        LocalDate inLast = today.with(IsoFields.DAY_OF_QUARTER, 1).minusMonths(3);
        return inLast.getYear() + "Q" + inLast.get(IsoFields.QUARTER_OF_YEAR);
    }
}
