package org.huzhu.relief.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.huzhu.org.api.CallerScope;
import org.huzhu.org.api.MemberDirectory;
import org.huzhu.org.api.MemberView;
import org.huzhu.org.api.OrgTree;
import org.huzhu.relief.api.ApplicationStatus;
import org.huzhu.relief.api.PaymentStep;
import org.huzhu.relief.api.ReliefFund;
import org.huzhu.relief.api.ReliefKind;
import org.huzhu.relief.domain.Fund;
import org.huzhu.relief.domain.FundEntry;
import org.huzhu.relief.domain.FundLedger;
import org.huzhu.relief.domain.IllnessCategories;
import org.huzhu.relief.domain.IllnessCategoryRow;
import org.huzhu.relief.domain.ReliefApplication;
import org.huzhu.relief.domain.ReliefFormula;
import org.huzhu.tenancy.api.Refused;
import org.huzhu.tenancy.api.RetriedOnConflict;
import org.huzhu.tenancy.api.TenantContext;
import org.huzhu.tenancy.api.TenantEntityManager;

/**
 * The relief fund. Every movement of money locks the fund's row first ({@link #lockedFund}), asks the
 * {@link FundLedger} whether it fits, writes the ledger entry and the new balance in the same transaction: the
 * balance never goes negative (also a CHECK on the column) and equals the sum of the entries.
 * A change the database refuses for a conflict (a deadlock, or Galera's certification) is made again whole: all it
 * does is in the database.
 */
@RequestScoped
@RetriedOnConflict
public class ReliefFundService implements ReliefFund {

    @Inject
    TenantEntityManager entityManager;

    @Inject
    PaymentTrail trail;
    @Inject
    TenantContext context;
    @Inject
    CallerScope subtree;
    @Inject
    MemberDirectory members;
    @Inject
    OrgTree orgTree;
    @Inject
    HardshipRegisterService register;

    @Override
    public FundView fund() {
        Fund fund = entityManager.get().createQuery("select f from Fund f", Fund.class).getResultStream().findFirst()
                .orElseGet(Fund::new);
        Long sum = entityManager.get().createQuery("select sum(e.amountFen) from FundEntry e", Long.class)
                .getSingleResult();
        return new FundView(fund.balanceFen(), fund.donatedFen(), fund.grantedFen(), sum == null ? 0 : sum);
    }

    @Override
    @Transactional
    public FundView donate(DonationForm donation) {
        FundForms.requireDonation(donation);
        String receipt = donation.receiptNo().strip();
        if (!entityManager.get().createQuery("select e.id from FundEntry e where e.receiptNo = :r", Long.class)
                .setParameter("r", receipt).getResultList().isEmpty()) {
            throw Refused.conflict("relief.refused.receiptTaken", receipt);
        }
        Fund fund = lockedFund();
        FundLedger.Movement movement = fund.ledger().donate(donation.amountFen());
        fund.moved(movement);
        entityManager.get().persist(FundEntry.donation(movement, donation.donor().strip(), receipt,
                donation.donatedOn(), actor(), LocalDateTime.now()));
        entityManager.get().flush();
        return fund();
    }

    @Override
    public List<EntryView> entries(int offset, int limit) {
        return entityManager.get().createQuery("select e from FundEntry e order by e.id desc", FundEntry.class)
                .setFirstResult(offset).setMaxResults(Math.min(limit, 1_000)).getResultList().stream()
                .map(e -> new EntryView(e.id(), e.kind(), e.amountFen(), e.balanceAfterFen(), e.donor(), e.receiptNo(),
                        e.applicationId(), e.entryDate(), e.recordedBy())).toList();
    }

    @Override
    @Transactional
    public ApplicationView file(ApplicationForm form) {
        FundForms.requireApplication(form, illnessCategories());
        MemberView member = members.find(form.memberId())
                .orElseThrow(() -> Refused.notFound("relief.refused.memberNotFound", String.valueOf(form.memberId())));
        String path = orgTree.find(member.orgUnitId()).orElseThrow().path();
        long proposed = form.kind() == ReliefKind.MAJOR_ILLNESS
                ? ReliefFormula.majorIllness(form.selfPaidAfterOtherAidFen())
                : ReliefFormula.accident(form.lossFen(), form.incomePerHeadMonthFen(),
                        register.lines().minimumLivingFen());
        ReliefApplication application = new ReliefApplication(member.id(), member.name(), path, form.kind(),
                form.kind() == ReliefKind.MAJOR_ILLNESS ? form.illnessCategory() : null,
                form.selfPaidAfterOtherAidFen(), form.lossFen(), form.incomePerHeadMonthFen(), proposed, actor(),
                LocalDateTime.now());
        entityManager.get().persist(application);
        entityManager.get().flush();
        return view(application);
    }

    @Override
    @Transactional
    public ApplicationView check(long applicationId, boolean passed, String note) {
        ReliefApplication application = visible(applicationId);
        if (!application.check(actor(), passed, HouseholdFiling.note(note), LocalDateTime.now())) {
            throw Refused.conflict("relief.refused.notYourStep", String.valueOf(applicationId), application.status().name());
        }
        return view(application);
    }

    @Override
    @Transactional
    public ApplicationView decide(long applicationId, DecisionForm decision) {
        FundForms.requireDecision(decision);
        Fund fund = lockedFund();
        ReliefApplication application = visible(applicationId);
        Long amount = decision.grant()
                ? (decision.amountFen() == null ? application.proposedFen() : decision.amountFen()) : null;
        if (amount != null && (amount <= 0 || amount > application.capFen())) {
            throw Refused.badInput("amountFen", "relief.refused.grantAmount", org.huzhu.kernel.money.Money.ofFen(application.capFen()).toString());
        }
        FundLedger ledger = fund.ledger();
        if (amount != null && !ledger.covers(amount)) {
            throw Refused.conflict("relief.refused.fundShort",
                    org.huzhu.kernel.money.Money.ofFen(ledger.balanceFen()).toString());
        }
        if (!application.decide(actor(), amount, decision.committee().stream().map(String::strip).toList(),
                decision.reason().strip(), LocalDateTime.now())) {
            throw Refused.conflict("relief.refused.notYourStep", String.valueOf(applicationId), application.status().name());
        }
        if (amount != null) {
            FundLedger.Movement movement = ledger.grant(amount);
            fund.moved(movement);
            entityManager.get().persist(FundEntry.grant(movement, application.id(), LocalDate.now(ZoneId.of(
                    "Asia/Shanghai")), actor(), LocalDateTime.now()));
        }
        return view(application);
    }

    @Override
    @Transactional
    public ApplicationView retryPayment(long applicationId) {
        ReliefApplication application = visible(applicationId);
        if (!application.retryPayment()) {
            throw Refused.conflict("relief.refused.paymentNotFailed", String.valueOf(applicationId));
        }
        trail.record(PaymentStep.Subject.RELIEF_APPLICATION, List.of(applicationId), PaymentStep.Kind.RETRIED, null,
                null, actor());
        return view(application);
    }

    @Override
    public List<PaymentStep> paymentSteps(long applicationId) {
        visible(applicationId);
        return trail.of(PaymentStep.Subject.RELIEF_APPLICATION, applicationId);
    }

    @Override
    public Optional<ApplicationView> find(long applicationId) {
        return Optional.ofNullable(entityManager.get().find(ReliefApplication.class, applicationId))
                .filter(a -> subtree.covers(a.orgPath())).map(ReliefFundService::view);
    }

    @Override
    public List<ApplicationView> applications(ApplicationStatus status, int offset, int limit) {
        jakarta.persistence.TypedQuery<ReliefApplication> query = entityManager.get().createQuery(
                "select a from ReliefApplication a where a.orgPath like :subtree"
                        + (status == null ? "" : " and a.status = :status") + " order by a.id desc",
                ReliefApplication.class).setParameter("subtree", subtree.likePattern());
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.setFirstResult(offset).setMaxResults(Math.min(limit, 500)).getResultList().stream()
                .map(ReliefFundService::view).toList();
    }

    @Override
    public List<String> illnessCategories() {
        List<String> own = entityManager.get().createQuery("select c.code from IllnessCategoryRow c order by c.id",
                String.class).getResultList();
        return own.isEmpty() ? IllnessCategories.DEFAULTS : own;
    }

    @Override
    @Transactional
    public List<String> changeIllnessCategories(List<String> codes) {
        List<String> list = FundForms.requireCategories(codes);
        entityManager.get().createQuery("delete from IllnessCategoryRow c").executeUpdate();
        list.forEach(code -> entityManager.get().persist(new IllnessCategoryRow(code)));
        return list;
    }

    /** The tenant's fund row, locked for this transaction (made empty with the first movement). */
    private Fund lockedFund() {
        Optional<Fund> fund = entityManager.get().createQuery("select f from Fund f", Fund.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
        if (fund.isPresent()) {
            return fund.get();
        }
        Fund created = new Fund();
        entityManager.get().persist(created);
        entityManager.get().flush();
        return created;
    }

    private ReliefApplication visible(long id) {
        return Optional.ofNullable(entityManager.get().find(ReliefApplication.class, id))
                .filter(a -> subtree.covers(a.orgPath()))
                .orElseThrow(() -> Refused.notFound("relief.refused.applicationNotFound", String.valueOf(id)));
    }

    static ApplicationView view(ReliefApplication a) {
        return new ApplicationView(a.id(), a.memberId(), a.memberName(), a.kind(), a.illnessCategory(),
                a.selfPaidFen(), a.lossFen(), a.incomePerHeadFen(), a.proposedFen(), a.status(), a.filedBy(),
                a.filedAt(), a.checkedBy(), a.checkNote(), a.decidedBy(), a.committee(), a.decisionReason(),
                a.grantedFen(), a.paidOn());
    }

    private String actor() {
        return context.requireCaller().username();
    }
}
