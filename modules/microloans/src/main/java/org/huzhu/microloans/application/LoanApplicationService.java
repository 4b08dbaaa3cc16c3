package org.huzhu.microloans.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.huzhu.kernel.identity.CreditCode;
import org.huzhu.kernel.pii.Masking;
import org.huzhu.kernel.pii.PersonalDataProtector;
import org.huzhu.microloans.api.ApplicationStatus;
import org.huzhu.microloans.api.ApplicationView;
import org.huzhu.microloans.api.DocumentView;
import org.huzhu.microloans.api.BankApproval;
import org.huzhu.microloans.api.GuaranteeDecision;
import org.huzhu.microloans.api.Investigation;
import org.huzhu.microloans.api.LoanDocumentKind;
import org.huzhu.microloans.api.NewApplication;
import org.huzhu.microloans.domain.DocumentContent;
import org.huzhu.microloans.domain.Loan;
import org.huzhu.microloans.domain.LoanApplication;
import org.huzhu.microloans.domain.LoanDocument;
import org.huzhu.microloans.domain.LoanProduct;
import org.huzhu.microloans.domain.Refusals;
import org.huzhu.microloans.domain.Step;
import org.huzhu.org.api.MemberView;
import org.huzhu.tenancy.api.Refused;
import org.huzhu.tenancy.api.RetriedOnConflict;
import org.huzhu.tenancy.api.TenantEntityManager;

/**
 * The application pipeline: filing with documents, field investigation, the guarantor's decision, the bank's
 * approval and the disbursement that makes the loan, withdrawal and rejection. Each change and its audit line
 * are written in one transaction; the state machine (domain) refuses every step its state does not allow.
 * A change the database refuses for a conflict (a deadlock, or Galera's certification) is made again whole: all it
 * does is in the database.
 */
@ApplicationScoped
@RetriedOnConflict
public class LoanApplicationService {

    @Inject
    TenantEntityManager entityManager;

    @Inject
    LoanAccess access;

    @Inject
    LoanProductService products;

    @Inject
    LoanAuditTrail audit;

    @Inject
    PersonalDataProtector protector;

    @Transactional
    public LoanApplication file(NewApplication r) {
        LoanProduct product = products.require(r.productCode());
        MemberView founder = access.founder(r.memberId());
        String enterprise = text("enterpriseName", r.enterpriseName(), 100);
        CreditCode.Problem problem = CreditCode.problem(r.creditCode());
        if (problem != null) {
            throw Refused.badInput("creditCode", "microloans.refused.creditCode");
        }
        String account = r.account() == null ? "" : r.account().replace(" ", "");
        if (!account.matches("\\d{8,32}")) {
            throw Refused.badInput("account", "microloans.refused.account");
        }
        LoanApplication a = new LoanApplication(product, founder.id(), access.orgPathOf(founder.id()), enterprise,
                CreditCode.normalise(r.creditCode()), r.amountFen(), r.months(), optional(r.park()),
                optional(r.district()), protector.encrypt(account), Masking.cardNo(account),
                text("accountHolder", r.accountHolder(), 100), access.actor(), LocalDateTime.now());
        entityManager.get().persist(a);
        entityManager.get().flush();
        audit.record(LoanAuditTrail.APPLICATION, a.id(), "FILED", access.actor(), null, a.status(), product.code(),
                Refusals.yuan(a.amountFen()), a.months());
        return a;
    }

    @Transactional
    public LoanApplication addDocument(long id, String kind, String fileName, byte[] content) {
        LoanApplication a = require(id);
        a.require(Step.ADD_DOCUMENT);
        LoanDocumentKind k = documentKind(kind);
        String type = DocumentContent.contentType(content);
        String name = fileName == null || fileName.isBlank() ? k.name().toLowerCase() : cut(fileName.strip(), 200);
        String sha = DocumentContent.sha256(content);
        entityManager.get().persist(new LoanDocument(a.id(), k, name, type, content.length, sha,
                protector.encryptBytes(content), access.actor(), LocalDateTime.now()));
        audit.record(LoanAuditTrail.APPLICATION, a.id(), "DOCUMENT_ADDED", access.actor(), a.status(), a.status(),
                k.name(), sha.substring(0, 12));
        return a;
    }

    @Transactional
    public LoanApplication investigate(long id, Investigation i) {
        LoanApplication a = require(id);
        a.require(Step.INVESTIGATE);
        List<LoanDocumentKind> missing = missingDocuments(a);
        if (!missing.isEmpty()) {
            throw Refused.conflict("microloans.refused.documentsMissing", String.join(", ",
                    missing.stream().map(Enum::name).toList()));
        }
        ApplicationStatus before = a.status();
        a.investigate(i);
        audit.record(LoanAuditTrail.APPLICATION, a.id(), "INVESTIGATED", access.actor(), before, a.status(),
                i.on(), String.join("、", i.investigators()), i.recommendation());
        return a;
    }

    @Transactional
    public LoanApplication decideGuarantee(long id, GuaranteeDecision d) {
        LoanApplication a = require(id);
        ApplicationStatus before = a.status();
        a.decideGuarantee(d, products.find(a.productCode()));
        audit.record(LoanAuditTrail.APPLICATION, a.id(), d.approved() ? "GUARANTEED" : "GUARANTEE_DECLINED",
                access.actor(), before, a.status(), a.guarantor(), d.on());
        return a;
    }

    @Transactional
    public LoanApplication approveByBank(long id, BankApproval b) {
        LoanApplication a = require(id);
        ApplicationStatus before = a.status();
        a.approveByBank(b, products.find(a.productCode()));
        audit.record(LoanAuditTrail.APPLICATION, a.id(), "BANK_APPROVED", access.actor(), before, a.status(),
                a.bank(), Refusals.yuan(b.amountFen()), b.months(), b.bankPercent().toPlainString(), a.contractNo());
        return a;
    }

    /** The bank paid the loan out: the loan is made (its schedule from its terms) and the application closed. */
    @Transactional
    public LoanApplication disburse(long id, LocalDate on) {
        LoanApplication a = require(id);
        a.requireDisbursable(on);
        boolean contractInUse = !entityManager.get().createQuery("SELECT l.id FROM Loan l WHERE l.contractNo = :c",
                Long.class).setParameter("c", a.contractNo()).getResultList().isEmpty();
        if (contractInUse) {
            throw Refused.conflict("microloans.refused.contractInUse", a.contractNo());
        }
        Loan loan = new Loan(a, products.find(a.productCode()), on);
        entityManager.get().persist(loan);
        entityManager.get().flush();
        ApplicationStatus before = a.status();
        a.disburse(on, loan.id());
        audit.record(LoanAuditTrail.APPLICATION, a.id(), "DISBURSED", access.actor(), before, a.status(), on,
                loan.id());
        audit.record(LoanAuditTrail.LOAN, loan.id(), "LOAN_MADE", access.actor(), null, loan.status(),
                a.contractNo(), Refusals.yuan(loan.amountFen()), loan.months());
        return a;
    }

    @Transactional
    public LoanApplication withdraw(long id, String reason) {
        LoanApplication a = require(id);
        ApplicationStatus before = a.status();
        a.withdraw(reason);
        audit.record(LoanAuditTrail.APPLICATION, a.id(), "WITHDRAWN", access.actor(), before, a.status(), reason);
        return a;
    }

    @Transactional
    public LoanApplication reject(long id, String reason) {
        LoanApplication a = require(id);
        ApplicationStatus before = a.status();
        a.reject(reason);
        audit.record(LoanAuditTrail.APPLICATION, a.id(), "REJECTED", access.actor(), before, a.status(), reason);
        return a;
    }

    /** The application if the caller may see it; 404 otherwise (another subtree looks like nothing). */
    public LoanApplication require(long id) {
        LoanApplication a = entityManager.get().find(LoanApplication.class, id);
        if (a == null || !access.sees(a.memberId(), a.orgPath())) {
            throw Refused.notFound("microloans.refused.noApplication", String.valueOf(id));
        }
        return a;
    }

    public List<LoanApplication> list(ApplicationStatus status, int limit) {
        if (access.isMember()) {
            return entityManager.get().createQuery("SELECT a FROM LoanApplication a WHERE a.memberId = :m "
                    + "ORDER BY a.id DESC", LoanApplication.class).setParameter("m", access.selfId())
                    .setMaxResults(limit).getResultList();
        }
        var query = entityManager.get().createQuery("SELECT a FROM LoanApplication a WHERE a.orgPath LIKE :p"
                        + (status == null ? "" : " AND a.status = :s") + " ORDER BY a.id DESC", LoanApplication.class)
                .setParameter("p", access.scope().likePattern());
        if (status != null) {
            query.setParameter("s", status);
        }
        return query.setMaxResults(limit).getResultList();
    }

    public List<LoanDocument> documents(long applicationId) {
        return entityManager.get().createQuery("SELECT d FROM LoanDocument d WHERE d.applicationId = :a ORDER BY d.id",
                LoanDocument.class).setParameter("a", applicationId).getResultList();
    }

    public List<LoanDocumentKind> missingDocuments(LoanApplication a) {
        List<LoanDocumentKind> missing = new ArrayList<>(products.find(a.productCode()).requiredDocuments());
        documents(a.id()).forEach(d -> missing.remove(d.kind()));
        return missing;
    }

    /** A document's plain content, for a caller who may see its application. */
    public LoanDocument document(long applicationId, long documentId) {
        require(applicationId);
        LoanDocument d = entityManager.get().find(LoanDocument.class, documentId);
        if (d == null || d.applicationId() != applicationId) {
            throw Refused.notFound("microloans.refused.noDocument", String.valueOf(documentId));
        }
        return d;
    }

    public byte[] content(LoanDocument d) {
        return protector.decryptBytes(d.contentCipher());
    }

    private static LoanDocumentKind documentKind(String kind) {
        try {
            return LoanDocumentKind.valueOf(kind == null ? "" : kind.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Refused.badInput("kind", "microloans.refused.documentKind");
        }
    }

    private static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw Refusals.required(field);
        }
        if (value.strip().length() > max) {
            throw Refused.badInput(field, "microloans.refused.tooLong", max);
        }
        return value.strip();
    }

    private static String optional(String value) {
        return value == null ? null : cut(value.strip(), 100);
    }

    private static String cut(String value, int max) {
        return value.length() > max ? value.substring(0, max) : value;
    }

    public ApplicationView view(LoanApplication a) {
        List<DocumentView> docs = documents(a.id()).stream().map(d -> new DocumentView(d.id(), d.kind(), d.fileName(),
                d.contentType(), d.size(), d.sha256(), d.uploadedBy(), d.uploadedAt())).toList();
        List<String> steps = java.util.Arrays.stream(Step.values()).filter(s -> s.allowedIn(a.status()))
                .map(Enum::name).toList();
        return new ApplicationView(a.id(), a.productCode(), a.borrowerKind(), a.memberId(), a.enterpriseName(),
                a.creditCode(), a.amountFen(), a.months(), a.park(), a.district(), a.accountMasked(),
                a.accountHolder(), a.status(), a.filedBy(), a.filedAt(), a.investigatedOn(),
                a.investigators() == null ? List.of() : List.of(a.investigators().split("\\|")), a.findings(),
                a.recommendation(), a.guarantor(), a.guaranteeNote(), a.guaranteeOn(), a.bank(),
                a.approvedAmountFen(), a.approvedMonths(), a.approvedPercent(), a.contractNo(), a.approvedOn(),
                a.disbursedOn(), a.loanId(), a.closedReason(), docs, missingDocuments(a), steps);
    }
}
