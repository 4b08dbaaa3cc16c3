package org.huzhu.microloans.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;
import org.huzhu.microloans.api.ApplicationStatus;
import org.huzhu.microloans.api.BankApproval;
import org.huzhu.microloans.api.BorrowerKind;
import org.huzhu.microloans.api.GuaranteeDecision;
import org.huzhu.microloans.api.Investigation;
import org.huzhu.microloans.api.LoanDocumentKind;
import org.huzhu.microloans.api.ProductTerms;
import org.huzhu.microloans.api.Recommendation;
import org.huzhu.microloans.api.RepaymentMethod;
import org.huzhu.microloans.api.SubsidySettlement;
import org.huzhu.tenancy.api.Refused;
import org.junit.jupiter.api.Test;

/** The pipeline's state machine: every step in every state, allowed or refused naming the state. */
class LoanApplicationTest {

    static final LoanProduct INDIVIDUAL = LoanProduct.of(new ProductTerms("bj-individual", "个人创业贷款",
            "Founder's loan", BorrowerKind.INDIVIDUAL_FOUNDER, 1_000_000, 50_000_000, 6, 48, new BigDecimal("3.45"),
            null, "LPR1Y", 150, RepaymentMethod.EQUAL_INSTALMENTS, SubsidySettlement.QUARTERLY, null,
            List.of(LoanDocumentKind.BUSINESS_LICENCE), List.of("北京银行"), List.of("首创担保")));
    static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    static LoanApplication filed() {
        return new LoanApplication(INDIVIDUAL, 7, "/1/2/", "启航咖啡", "91110101MA00000001", 20_000_000, 36,
                "中关村", "海淀区", new byte[] {1}, "6222********1234", "启航咖啡", "clerk",
                LocalDateTime.of(2026, 3, 1, 9, 0));
    }

    static final Investigation INVESTIGATION = new Investigation(DAY, List.of("张三", "李四"), "门店在营",
            Recommendation.LEND);
    static final GuaranteeDecision GUARANTEE = new GuaranteeDecision("首创担保", true, "", DAY);
    static final BankApproval APPROVAL = new BankApproval("北京银行", 20_000_000, 36, new BigDecimal("3.45"),
            "BOB-2026-001", DAY);

    /** Each step, as the office takes it. */
    enum Act {
        INVESTIGATE(Step.INVESTIGATE, a -> a.investigate(INVESTIGATION)),
        GUARANTEE(Step.DECIDE_GUARANTEE, a -> a.decideGuarantee(LoanApplicationTest.GUARANTEE, INDIVIDUAL)),
        APPROVE(Step.APPROVE_BY_BANK, a -> a.approveByBank(APPROVAL, INDIVIDUAL)),
        DISBURSE(Step.DISBURSE, a -> a.disburse(DAY, 99)),
        WITHDRAW(Step.WITHDRAW, a -> a.withdraw("不再需要")),
        REJECT(Step.REJECT, a -> a.reject("资料不实"));

        final Step step;
        final Consumer<LoanApplication> run;

        Act(Step step, Consumer<LoanApplication> run) {
            this.step = step;
            this.run = run;
        }
    }

    /** An application brought to {@code status} by the legal path. */
    static LoanApplication in(ApplicationStatus status) {
        LoanApplication a = filed();
        switch (status) {
            case FILED -> { }
            case INVESTIGATED -> a.investigate(INVESTIGATION);
            case GUARANTEED -> { a.investigate(INVESTIGATION); a.decideGuarantee(GUARANTEE, INDIVIDUAL); }
            case BANK_APPROVED, DISBURSED -> {
                a.investigate(INVESTIGATION);
                a.decideGuarantee(GUARANTEE, INDIVIDUAL);
                a.approveByBank(APPROVAL, INDIVIDUAL);
                if (status == ApplicationStatus.DISBURSED) {
                    a.disburse(DAY, 99);
                }
            }
            case WITHDRAWN -> a.withdraw("x");
            case REJECTED -> a.reject("x");
            case GUARANTEE_DECLINED -> {
                a.investigate(INVESTIGATION);
                a.decideGuarantee(new GuaranteeDecision("首创担保", false, "no", DAY), INDIVIDUAL);
            }
        }
        assertThat(a.status()).isEqualTo(status);
        return a;
    }

    @Test
    void the_legal_path_runs_from_filing_to_disbursement() {
        LoanApplication a = in(ApplicationStatus.DISBURSED);

        assertThat(a.loanId()).isEqualTo(99L);
        assertThat(a.contractNo()).isEqualTo("BOB-2026-001");
        assertThat(a.investigators()).isEqualTo("张三|李四");
    }

    @Test
    void every_step_the_state_does_not_allow_is_refused_naming_the_state() {
        for (ApplicationStatus status : ApplicationStatus.values()) {
            for (Act act : Act.values()) {
                LoanApplication a = in(status);
                if (act.step.allowedIn(status)) {
                    act.run.accept(a);
                    assertThat(a.status()).as(act + " in " + status).isNotEqualTo(status);
                } else {
                    assertThatThrownBy(() -> act.run.accept(a)).as(act + " in " + status)
                            .isInstanceOfSatisfying(Refused.class, r -> {
                                assertThat(r.kind()).isEqualTo(Refused.Kind.CONFLICT);
                                assertThat(r.key()).isEqualTo("microloans.refused.state");
                                assertThat(r.params()).containsExactly(status.name(), act.step.name());
                            });
                    assertThat(a.status()).isEqualTo(status);
                }
            }
        }
    }

    @Test
    void a_loan_cannot_be_disbursed_before_the_bank_approves() {
        LoanApplication a = in(ApplicationStatus.GUARANTEED);

        assertThatThrownBy(() -> a.disburse(DAY, 1)).isInstanceOf(Refused.class).hasMessageContaining("state");
        assertThat(Step.DISBURSE.allowedIn(ApplicationStatus.GUARANTEED)).isFalse();
    }

    @Test
    void an_amount_above_the_range_is_refused_naming_the_range() {
        assertThatThrownBy(() -> new LoanApplication(INDIVIDUAL, 7, "/1/", "x", "y", 60_000_000, 36, "", "",
                null, null, null, "c", LocalDateTime.now()))
                .isInstanceOfSatisfying(Refused.class, r -> {
                    assertThat(r.kind()).isEqualTo(Refused.Kind.BAD_INPUT);
                    assertThat(r.field()).isEqualTo("amount");
                    assertThat(r.params()).containsExactly("10000.00", "500000.00");
                });
        LoanApplication a = in(ApplicationStatus.GUARANTEED);
        assertThatThrownBy(() -> a.approveByBank(new BankApproval("北京银行", 20_000_000, 60, new BigDecimal("3.45"),
                "c", DAY), INDIVIDUAL)).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.params()).containsExactly(6, 48));
        assertThat(a.status()).isEqualTo(ApplicationStatus.GUARANTEED);
    }

    @Test
    void a_guarantor_or_bank_the_product_does_not_name_is_refused() {
        LoanApplication a = in(ApplicationStatus.INVESTIGATED);
        assertThatThrownBy(() -> a.decideGuarantee(new GuaranteeDecision("别家担保", true, "", DAY), INDIVIDUAL))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.field()).isEqualTo("guarantor"));
        LoanApplication b = in(ApplicationStatus.GUARANTEED);
        assertThatThrownBy(() -> b.approveByBank(new BankApproval("别家银行", 20_000_000, 36, new BigDecimal("3.45"),
                "c", DAY), INDIVIDUAL)).isInstanceOfSatisfying(Refused.class, r -> assertThat(r.field()).isEqualTo("bank"));
    }

    @Test
    void withdrawal_and_rejection_need_a_reason() {
        LoanApplication a = filed();
        assertThatThrownBy(() -> a.withdraw(" ")).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.field()).isEqualTo("reason"));
        a.reject("经营场所不实");
        assertThat(a.closedReason()).isEqualTo("经营场所不实");
    }

    @Test
    void disbursement_before_the_bank_approved_it_is_refused() {
        LoanApplication a = in(ApplicationStatus.BANK_APPROVED);
        assertThatThrownBy(() -> a.disburse(DAY.minusDays(1), 1)).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.field()).isEqualTo("on"));
    }
}
