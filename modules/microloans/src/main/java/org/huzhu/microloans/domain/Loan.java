package org.huzhu.microloans.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.huzhu.microloans.api.LoanStatus;
import org.huzhu.microloans.api.RepaymentMethod;
import org.huzhu.microloans.api.SubsidySettlement;
import org.huzhu.tenancy.api.Refused;
import org.huzhu.tenancy.api.TenantScopedEntity;

/**
 * A disbursed loan: the bank's terms as approved, the product's subsidy terms copied at disbursement (a product
 * changed later does not change a running loan), and what ends the subsidy early (extension, business stopped).
 * Its schedule is computed from these and the reference rate's history, never stored.
 */
@Entity
@Table(name = "loan")
public class Loan extends TenantScopedEntity {

    @Column(name = "application_id") private long applicationId;
    @Column(name = "member_id") private long memberId;
    @Column(name = "org_path") private String orgPath;
    @Column(name = "product_code") private String productCode;
    @Column(name = "contract_no") private String contractNo;
    @Column(name = "borrower_name") private String borrowerName;
    @Column(name = "amount_fen") private long amountFen;
    private int months;
    @Column(name = "bank_percent") private BigDecimal bankPercent;
    @Column(name = "borrower_fixed_percent") private BigDecimal borrowerFixedPercent;
    @Column(name = "reference_rate") private String referenceRate;
    @Column(name = "margin_bp") private Integer marginBp;
    @Enumerated(EnumType.STRING) @Column(name = "repayment_method") private RepaymentMethod method;
    @Enumerated(EnumType.STRING) private SubsidySettlement settlement;
    @Column(name = "subsidy_months") private Integer subsidyMonths;
    @Column(name = "disbursed_on") private LocalDate disbursedOn;
    @Column(name = "extended_on") private LocalDate extendedOn;
    @Column(name = "stopped_on") private LocalDate stoppedOn;
    @Column(name = "account_cipher") private byte[] accountCipher;
    @Column(name = "account_masked") private String accountMasked;
    @Column(name = "account_holder") private String accountHolder;
    @Enumerated(EnumType.STRING) private LoanStatus status;

    protected Loan() {
    }

    public Loan(LoanApplication a, LoanProduct product, LocalDate disbursedOn) {
        this.applicationId = a.id();
        this.memberId = a.memberId();
        this.orgPath = a.orgPath();
        this.productCode = product.code();
        this.contractNo = a.contractNo();
        this.borrowerName = a.enterpriseName();
        this.amountFen = a.approvedAmountFen();
        this.months = a.approvedMonths();
        this.bankPercent = a.approvedPercent();
        this.borrowerFixedPercent = product.borrowerFixedPercent();
        this.referenceRate = product.referenceRate();
        this.marginBp = product.marginBp();
        this.method = product.method();
        this.settlement = product.settlement();
        this.subsidyMonths = product.subsidyMonths();
        this.disbursedOn = disbursedOn;
        this.accountCipher = a.accountCipher();
        this.accountMasked = a.accountMasked();
        this.accountHolder = a.accountHolder();
        this.status = LoanStatus.ACTIVE;
    }

    public LoanTerms terms() {
        return new LoanTerms(amountFen, months, bankPercent, disbursedOn, method);
    }

    public BorrowerRate borrowerRate() {
        return borrowerFixedPercent != null ? new BorrowerRate.Fixed(borrowerFixedPercent)
                : new BorrowerRate.BelowReference(marginBp == null ? 0 : marginBp);
    }

    public SubsidyConditions conditions() {
        return new SubsidyConditions(extendedOn, stoppedOn, subsidyMonths);
    }

    /** The loan was extended (展期) from this day: no subsidy on instalments due from then on. Once only. */
    public void extend(LocalDate on) {
        if (extendedOn != null) {
            throw Refused.conflict("microloans.refused.alreadyExtended", extendedOn.toString());
        }
        requireWithinTerm(on);
        extendedOn = on;
    }

    /** The business stopped (or the founder took a job elsewhere) on this day. Once only. */
    public void stop(LocalDate on) {
        if (stoppedOn != null) {
            throw Refused.conflict("microloans.refused.alreadyStopped", stoppedOn.toString());
        }
        requireWithinTerm(on);
        stoppedOn = on;
    }

    private void requireWithinTerm(LocalDate on) {
        if (on == null) {
            throw Refusals.required("on");
        }
        if (on.isBefore(disbursedOn)) {
            throw Refused.badInput("on", "microloans.refused.beforeDisbursement", disbursedOn.toString());
        }
    }

    public void repaid(boolean inFull) {
        status = inFull ? LoanStatus.REPAID : LoanStatus.ACTIVE;
    }

    public long applicationId() { return applicationId; }
    public long memberId() { return memberId; }
    public String orgPath() { return orgPath; }
    public String productCode() { return productCode; }
    public String contractNo() { return contractNo; }
    public String borrowerName() { return borrowerName; }
    public long amountFen() { return amountFen; }
    public int months() { return months; }
    public BigDecimal bankPercent() { return bankPercent; }
    public String referenceRate() { return referenceRate; }
    public RepaymentMethod method() { return method; }
    public SubsidySettlement settlement() { return settlement; }
    public LocalDate disbursedOn() { return disbursedOn; }
    public LocalDate extendedOn() { return extendedOn; }
    public LocalDate stoppedOn() { return stoppedOn; }
    public byte[] accountCipher() { return accountCipher; }
    public String accountMasked() { return accountMasked; }
    public String accountHolder() { return accountHolder; }
    public LoanStatus status() { return status; }
}
