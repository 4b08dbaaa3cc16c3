package org.huzhu.microloans.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.BiConsumer;
import org.huzhu.microloans.api.InstalmentView;
import org.huzhu.microloans.api.LoanView;
import org.huzhu.microloans.application.LoanAuditTrail;
import org.huzhu.microloans.application.LoanService;
import org.huzhu.microloans.domain.InstalmentPayment;
import org.huzhu.tenancy.api.Caller;
import org.huzhu.tenancy.api.Role;
import org.huzhu.tenancy.ui.IsoDates;
import org.huzhu.tenancy.ui.PortalTime;

/**
 * One loan: its schedule exact in fen with the borrower's and the subsidised interest, what was paid and what is
 * overdue by how many days; the money side enters a repayment by hand (the bank's receipt), the office admin
 * records an extension or a business stop (no subsidy from that day), and staff read the loan's audit trail.
 */
class LoanDialog extends StepDialog {

    private final long id;
    private final LoanService loans;
    private final LoanAuditTrail audit;
    private final PortalTime time = PortalTime.ofServer();

    LoanDialog(long id, LoanService loans, LoanAuditTrail audit, Caller caller, Runnable changed) {
        super("loan-dialog", "72em", caller, changed);
        this.id = id;
        this.loans = loans;
        this.audit = audit;
        show();
    }

    @Override
    protected void show() {
        LoanView loan = loans.view(loans.require(id));
        setHeaderTitle(texts.t("loan.title", loan.contractNo(), loan.borrowerName()));
        body.removeAll();
        Span standing = new Span(texts.t("loan.standing", texts.t("loanStatus." + loan.status()),
                LoanTexts.yuan(loan.amountFen()), loan.months(), texts.t("method." + loan.method()),
                time.date(loan.disbursedOn()), loan.overdueInstalments()));
        standing.setId("loan-standing");
        body.add(standing, schedule(loan));
        if (caller.has(Role.OFFICE_ADMIN) || caller.has(Role.CLAIMS_OFFICER)) {
            body.add(repayment(loan));
        }
        if (caller.has(Role.OFFICE_ADMIN)) {
            body.add(dayStep("loan.extension", "loan-extension", loans::extend),
                    dayStep("loan.businessStop", "loan-business-stop", loans::stop));
        }
        if (LoanTexts.staff(caller)) {
            body.add(new AuditList(texts, audit.of(LoanAuditTrail.LOAN, id)));
        }
    }

    private Grid<InstalmentView> schedule(LoanView loan) {
        Grid<InstalmentView> grid = new Grid<>();
        grid.setId("loan-schedule");
        grid.addColumn(InstalmentView::number).setHeader(texts.t("loan.no")).setAutoWidth(true);
        grid.addColumn(i -> time.date(i.dueDate())).setHeader(texts.t("loan.due")).setAutoWidth(true);
        grid.addColumn(i -> LoanTexts.yuan(i.principalFen())).setHeader(texts.t("loan.principal"));
        grid.addColumn(i -> LoanTexts.yuan(i.interestFen())).setHeader(texts.t("loan.interest"));
        grid.addColumn(i -> LoanTexts.yuan(i.borrowerInterestFen())).setHeader(texts.t("loan.borrowerInterest"));
        grid.addColumn(i -> LoanTexts.yuan(i.subsidisedInterestFen())).setHeader(texts.t("loan.subsidisedInterest"));
        grid.addColumn(i -> LoanTexts.yuan(i.paidFen())).setHeader(texts.t("loan.paid"));
        grid.addColumn(i -> time.date(i.paidInFullOn())).setHeader(texts.t("loan.paidInFull"));
        grid.addColumn(i -> i.overdue() ? texts.t("loan.overdueDays", i.daysOverdue()) : "")
                .setHeader(texts.t("overdue"));
        grid.setItems(loan.schedule());
        grid.setHeight("18em");
        return grid;
    }

    private Component repayment(LoanView loan) {
        IntegerField instalment = new IntegerField(texts.t("loan.no"));
        instalment.setId("loan-repay-instalment");
        loan.schedule().stream().filter(i -> i.paidInFullOn() == null).findFirst()
                .ifPresent(i -> instalment.setValue(i.number()));
        DatePicker paidOn = IsoDates.iso(new DatePicker(texts.t("loan.paidOn")));
        paidOn.setId("loan-repay-on");
        BigDecimalField principal = amount("loan.principal", "loan-repay-principal");
        BigDecimalField interest = amount("loan.interest", "loan-repay-interest");
        BigDecimalField penalty = amount("loan.penalty", "loan-repay-penalty");
        TextField reference = new TextField(texts.t("loan.reference"));
        reference.setId("loan-repay-reference");
        Button record = new Button(texts.t("loan.recordRepayment"));
        record.setId("loan-repay");
        Map<String, String> labels = Map.of("instalment", instalment.getLabel(), "paidOn", paidOn.getLabel(),
                "principal", principal.getLabel(), "reference", reference.getLabel());
        record.addClickListener(e -> step(() -> loans.recordRepayment(id, InstalmentPayment.entered(
                instalment.getValue() == null ? 0 : instalment.getValue(), paidOn.getValue(),
                LoanTexts.fen(principal.getValue()), LoanTexts.fen(interest.getValue()),
                LoanTexts.fen(penalty.getValue())), reference.getValue()), labels));
        return section(texts.t("loan.repayment"), instalment, paidOn, principal, interest, penalty, reference, record);
    }

    private Component dayStep(String key, String id, BiConsumer<Long, LocalDate> step) {
        DatePicker on = IsoDates.iso(new DatePicker(texts.t("form.on")));
        on.setId(id + "-on");
        Button record = new Button(texts.t(key + ".record"));
        record.setId(id);
        record.addClickListener(e -> step(() -> step.accept(this.id, on.getValue()), Map.of("on", on.getLabel())));
        return section(texts.t(key), on, record);
    }

    private BigDecimalField amount(String key, String id) {
        BigDecimalField field = new BigDecimalField(texts.t(key));
        field.setId(id);
        return field;
    }
}
