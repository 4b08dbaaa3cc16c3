package org.huzhu.microloans.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.huzhu.microloans.api.BorrowerKind;
import org.huzhu.microloans.api.LoanDocumentKind;
import org.huzhu.microloans.api.ProductTerms;
import org.huzhu.microloans.api.RepaymentMethod;
import org.huzhu.microloans.api.SubsidySettlement;
import org.huzhu.tenancy.api.TenantScopedEntity;

/**
 * A tenant's loan product, written from tenant.yaml {@code microloans:} by provisioning: who may borrow, how
 * much for how long, the bank's rate, the borrower's share (fixed, or a margin below a reference rate), the
 * repayment method, when the subsidy is settled and for how many months, the documents required, and the
 * partner banks and guarantors (lists kept as {@code |}-separated text).
 */
@Entity
@Table(name = "loan_product")
public class LoanProduct extends TenantScopedEntity {

    private String code;
    @Column(name = "name_zh") private String nameZh;
    @Column(name = "name_en") private String nameEn;
    @Enumerated(EnumType.STRING) @Column(name = "borrower_kind") private BorrowerKind borrowerKind;
    @Column(name = "min_amount_fen") private long minAmountFen;
    @Column(name = "max_amount_fen") private long maxAmountFen;
    @Column(name = "min_months") private int minMonths;
    @Column(name = "max_months") private int maxMonths;
    @Column(name = "bank_percent") private BigDecimal bankPercent;
    @Column(name = "borrower_fixed_percent") private BigDecimal borrowerFixedPercent;
    @Column(name = "reference_rate") private String referenceRate;
    @Column(name = "margin_bp") private Integer marginBp;
    @Enumerated(EnumType.STRING) @Column(name = "repayment_method") private RepaymentMethod method;
    @Enumerated(EnumType.STRING) private SubsidySettlement settlement;
    @Column(name = "subsidy_months") private Integer subsidyMonths;
    @Column(name = "required_documents") private String requiredDocuments;
    @Column(name = "partner_banks") private String partnerBanks;
    private String guarantors;
    private boolean active;

    protected LoanProduct() {
    }

    public String code() { return code; }
    public String nameZh() { return nameZh; }
    public String nameEn() { return nameEn; }
    public BorrowerKind borrowerKind() { return borrowerKind; }
    public long minAmountFen() { return minAmountFen; }
    public long maxAmountFen() { return maxAmountFen; }
    public int minMonths() { return minMonths; }
    public int maxMonths() { return maxMonths; }
    public BigDecimal bankPercent() { return bankPercent; }
    public BigDecimal borrowerFixedPercent() { return borrowerFixedPercent; }
    public String referenceRate() { return referenceRate; }
    public Integer marginBp() { return marginBp; }
    public RepaymentMethod method() { return method; }
    public SubsidySettlement settlement() { return settlement; }
    public Integer subsidyMonths() { return subsidyMonths; }
    public boolean active() { return active; }

    public List<LoanDocumentKind> requiredDocuments() {
        return split(requiredDocuments).stream().map(LoanDocumentKind::valueOf).toList();
    }

    public List<String> partnerBanks() { return split(partnerBanks); }
    public List<String> guarantors() { return split(guarantors); }

    public BorrowerRate borrowerRate() {
        return borrowerFixedPercent != null ? new BorrowerRate.Fixed(borrowerFixedPercent)
                : new BorrowerRate.BelowReference(marginBp == null ? 0 : marginBp);
    }

    /** 400 naming the product's range when the amount is outside it. */
    public void requireAmount(String field, long fen) {
        if (fen < minAmountFen || fen > maxAmountFen) {
            throw Refusals.amountRange(field, minAmountFen, maxAmountFen);
        }
    }

    public void requireMonths(String field, int months) {
        if (months < minMonths || months > maxMonths) {
            throw Refusals.monthsRange(field, minMonths, maxMonths);
        }
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of()
                : Arrays.stream(joined.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** For tests and the provisioning mapping: a product as the config describes it. */
    public static LoanProduct of(ProductTerms t) {
        LoanProduct p = new LoanProduct();
        p.code = t.code();
        p.nameZh = t.nameZh();
        p.nameEn = t.nameEn();
        p.borrowerKind = t.borrowerKind();
        p.minAmountFen = t.minAmountFen();
        p.maxAmountFen = t.maxAmountFen();
        p.minMonths = t.minMonths();
        p.maxMonths = t.maxMonths();
        p.bankPercent = t.bankPercent();
        p.borrowerFixedPercent = t.borrowerFixedPercent();
        p.referenceRate = t.referenceRate();
        p.marginBp = t.marginBp();
        p.method = t.method();
        p.settlement = t.settlement();
        p.subsidyMonths = t.subsidyMonths();
        p.requiredDocuments = String.join("|", t.requiredDocuments().stream().map(Enum::name).toList());
        p.partnerBanks = String.join("|", t.partnerBanks());
        p.guarantors = String.join("|", t.guarantors());
        p.active = true;
        return p;
    }
}
