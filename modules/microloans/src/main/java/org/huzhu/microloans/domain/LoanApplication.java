package org.huzhu.microloans.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.huzhu.microloans.api.ApplicationStatus;
import org.huzhu.microloans.api.BankApproval;
import org.huzhu.microloans.api.BorrowerKind;
import org.huzhu.microloans.api.GuaranteeDecision;
import org.huzhu.microloans.api.Investigation;
import org.huzhu.microloans.api.Recommendation;
import org.huzhu.tenancy.api.Refused;
import org.huzhu.tenancy.api.TenantScopedEntity;

/**
 * A loan application and its way through the pipeline. Every change goes through {@link Step}'s table: a step
 * the state does not allow is refused (409 naming the state and the step), a figure outside the product's
 * range is refused naming the range (400). Steps may be recorded after the fact (paper files entered later), so
 * their days are not checked against the filing day; only a disbursement before the bank's approval is refused.
 * The account for the subsidy is kept encrypted (the cipher is made by
 * the application layer) with its masked form.
 */
@Entity
@Table(name = "loan_application")
public class LoanApplication extends TenantScopedEntity {

    @Column(name = "product_code") private String productCode;
    @Enumerated(EnumType.STRING) @Column(name = "borrower_kind") private BorrowerKind borrowerKind;
    @Column(name = "member_id") private long memberId;
    @Column(name = "org_path") private String orgPath;
    @Column(name = "enterprise_name") private String enterpriseName;
    @Column(name = "credit_code") private String creditCode;
    @Column(name = "amount_fen") private long amountFen;
    private int months;
    private String park;
    private String district;
    @Column(name = "account_cipher") private byte[] accountCipher;
    @Column(name = "account_masked") private String accountMasked;
    @Column(name = "account_holder") private String accountHolder;
    @Enumerated(EnumType.STRING) private ApplicationStatus status;
    @Column(name = "filed_by") private String filedBy;
    @Column(name = "filed_at") private LocalDateTime filedAt;
    @Column(name = "investigated_on") private LocalDate investigatedOn;
    private String investigators;
    private String findings;
    @Enumerated(EnumType.STRING) private Recommendation recommendation;
    private String guarantor;
    @Column(name = "guarantee_note") private String guaranteeNote;
    @Column(name = "guarantee_on") private LocalDate guaranteeOn;
    private String bank;
    @Column(name = "approved_amount_fen") private Long approvedAmountFen;
    @Column(name = "approved_months") private Integer approvedMonths;
    @Column(name = "approved_percent") private BigDecimal approvedPercent;
    @Column(name = "contract_no") private String contractNo;
    @Column(name = "approved_on") private LocalDate approvedOn;
    @Column(name = "disbursed_on") private LocalDate disbursedOn;
    @Column(name = "loan_id") private Long loanId;
    @Column(name = "closed_reason") private String closedReason;

    protected LoanApplication() {
    }

    /** A filed application; the caller has checked the product's kind, ranges and the credit code. */
    public LoanApplication(LoanProduct product, long memberId, String orgPath, String enterpriseName,
                           String creditCode, long amountFen, int months, String park, String district,
                           byte[] accountCipher, String accountMasked, String accountHolder, String filedBy,
                           LocalDateTime filedAt) {
        product.requireAmount("amount", amountFen);
        product.requireMonths("months", months);
        this.productCode = product.code();
        this.borrowerKind = product.borrowerKind();
        this.memberId = memberId;
        this.orgPath = orgPath;
        this.enterpriseName = enterpriseName;
        this.creditCode = creditCode;
        this.amountFen = amountFen;
        this.months = months;
        this.park = park;
        this.district = district;
        this.accountCipher = accountCipher;
        this.accountMasked = accountMasked;
        this.accountHolder = accountHolder;
        this.filedBy = filedBy;
        this.filedAt = filedAt;
        this.status = ApplicationStatus.FILED;
    }

    /** Refused (409, naming the state and the step) unless the state allows the step. */
    public void require(Step step) {
        if (!step.allowedIn(status)) {
            throw Refusals.state(status, step);
        }
    }

    public void investigate(Investigation i) {
        require(Step.INVESTIGATE);
        if (i.on() == null) {
            throw Refusals.required("on");
        }
        if (i.investigators().isEmpty() || i.investigators().stream().anyMatch(s -> s == null || s.isBlank())) {
            throw Refusals.required("investigators");
        }
        if (i.recommendation() == null) {
            throw Refusals.required("recommendation");
        }
        investigatedOn = i.on();
        investigators = String.join("|", i.investigators().stream().map(String::strip).toList());
        findings = i.findings() == null ? "" : i.findings().strip();
        recommendation = i.recommendation();
        status = ApplicationStatus.INVESTIGATED;
    }

    public void decideGuarantee(GuaranteeDecision d, LoanProduct product) {
        require(Step.DECIDE_GUARANTEE);
        if (d.guarantor() == null || d.guarantor().isBlank()) {
            throw Refusals.required("guarantor");
        }
        if (d.on() == null) {
            throw Refusals.required("on");
        }
        if (!product.guarantors().isEmpty() && !product.guarantors().contains(d.guarantor().strip())) {
            throw Refused.badInput("guarantor", "microloans.refused.notListed", String.join("、", product.guarantors()));
        }
        guarantor = d.guarantor().strip();
        guaranteeNote = d.note() == null ? "" : d.note().strip();
        guaranteeOn = d.on();
        status = d.approved() ? ApplicationStatus.GUARANTEED : ApplicationStatus.GUARANTEE_DECLINED;
    }

    public void approveByBank(BankApproval a, LoanProduct product) {
        require(Step.APPROVE_BY_BANK);
        if (a.bank() == null || a.bank().isBlank()) {
            throw Refusals.required("bank");
        }
        if (!product.partnerBanks().isEmpty() && !product.partnerBanks().contains(a.bank().strip())) {
            throw Refused.badInput("bank", "microloans.refused.notListed", String.join("、", product.partnerBanks()));
        }
        if (a.contractNo() == null || a.contractNo().isBlank()) {
            throw Refusals.required("contractNo");
        }
        if (a.on() == null) {
            throw Refusals.required("on");
        }
        if (a.bankPercent() == null || a.bankPercent().signum() <= 0 || a.bankPercent().compareTo(BigDecimal.TEN) > 0) {
            throw Refused.badInput("bankPercent", "microloans.refused.rate");
        }
        product.requireAmount("amount", a.amountFen());
        product.requireMonths("months", a.months());
        bank = a.bank().strip();
        approvedAmountFen = a.amountFen();
        approvedMonths = a.months();
        approvedPercent = a.bankPercent();
        contractNo = a.contractNo().strip();
        approvedOn = a.on();
        status = ApplicationStatus.BANK_APPROVED;
    }

    public void disburse(LocalDate on, long newLoanId) {
        requireDisbursable(on);
        disbursedOn = on;
        loanId = newLoanId;
        status = ApplicationStatus.DISBURSED;
    }

    /** Checks the step before the loan is made from this application, so no loan is made for nothing. */
    public void requireDisbursable(LocalDate on) {
        require(Step.DISBURSE);
        if (on == null) {
            throw Refusals.required("on");
        }
        if (on.isBefore(approvedOn)) {
            throw Refused.badInput("on", "microloans.refused.beforeApproval", approvedOn.toString());
        }
    }

    public void withdraw(String reason) {
        close(Step.WITHDRAW, reason, ApplicationStatus.WITHDRAWN);
    }

    public void reject(String reason) {
        close(Step.REJECT, reason, ApplicationStatus.REJECTED);
    }

    private void close(Step step, String reason, ApplicationStatus to) {
        require(step);
        if (reason == null || reason.isBlank()) {
            throw Refusals.required("reason");
        }
        closedReason = reason.strip();
        status = to;
    }

    public String productCode() { return productCode; }
    public BorrowerKind borrowerKind() { return borrowerKind; }
    public long memberId() { return memberId; }
    public String orgPath() { return orgPath; }
    public String enterpriseName() { return enterpriseName; }
    public String creditCode() { return creditCode; }
    public long amountFen() { return amountFen; }
    public int months() { return months; }
    public String park() { return park; }
    public String district() { return district; }
    public byte[] accountCipher() { return accountCipher; }
    public String accountMasked() { return accountMasked; }
    public String accountHolder() { return accountHolder; }
    public ApplicationStatus status() { return status; }
    public String filedBy() { return filedBy; }
    public LocalDateTime filedAt() { return filedAt; }
    public LocalDate investigatedOn() { return investigatedOn; }
    public String investigators() { return investigators; }
    public String findings() { return findings; }
    public Recommendation recommendation() { return recommendation; }
    public String guarantor() { return guarantor; }
    public String guaranteeNote() { return guaranteeNote; }
    public LocalDate guaranteeOn() { return guaranteeOn; }
    public String bank() { return bank; }
    public Long approvedAmountFen() { return approvedAmountFen; }
    public Integer approvedMonths() { return approvedMonths; }
    public BigDecimal approvedPercent() { return approvedPercent; }
    public String contractNo() { return contractNo; }
    public LocalDate approvedOn() { return approvedOn; }
    public LocalDate disbursedOn() { return disbursedOn; }
    public Long loanId() { return loanId; }
    public String closedReason() { return closedReason; }
}
