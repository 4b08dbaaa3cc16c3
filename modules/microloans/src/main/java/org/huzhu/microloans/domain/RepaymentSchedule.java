package org.huzhu.microloans.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A loan's repayment schedule, exact in fen. Interest runs monthly on the balance at the bank's yearly rate / 12
 * (monthly instalments, as the banks quote them), each instalment's interest rounded half-up to the fen; the
 * principal's rounding remainder is put on the last instalment (as Fineract does), so the principal parts add
 * up to the amount exactly.
 * <ul>
 *   <li>Equal instalments (annuity): {@code A = P i (1+i)^n / ((1+i)^n - 1)} rounded half-up; each month's
 *   principal is {@code A} less that month's interest; the last takes the balance left.</li>
 *   <li>Equal principal: {@code P / n} rounded half-up each month, the last takes the balance left.</li>
 *   <li>Interest monthly, principal at the end.</li>
 * </ul>
 * The split: the borrower's interest is the same balance at the borrower's rate (in force on the period's first
 * day), rounded half-up; the subsidised interest is the rest of the bank's interest, so the parts always add up.
 */
public final class RepaymentSchedule {

    private static final MathContext PRECISION = MathContext.DECIMAL128;
    private static final BigDecimal PERCENT_MONTHS = BigDecimal.valueOf(1200);

    private final LoanTerms terms;
    private final List<Instalment> instalments;

    private RepaymentSchedule(LoanTerms terms, List<Instalment> instalments) {
        this.terms = terms;
        this.instalments = Collections.unmodifiableList(instalments);
    }

    public static RepaymentSchedule of(LoanTerms terms, BorrowerRate borrowerRate, ReferenceRates reference) {
        BigDecimal bankMonthly = monthly(terms.bankPercent());
        long level = levelPayment(terms, bankMonthly);
        List<Instalment> list = new ArrayList<>(terms.months());
        long balance = terms.amountFen();
        for (int k = 1; k <= terms.months(); k++) {
            long interest = interestOn(balance, bankMonthly);
            long principal = k == terms.months() ? balance : principalPart(terms, level, interest);
            BigDecimal borrowerPercent = borrowerRate.percentOn(terms.dueDate(k - 1), reference, terms.bankPercent());
            long borrowerInterest = Math.min(interest, interestOn(balance, monthly(borrowerPercent)));
            balance -= principal;
            list.add(new Instalment(k, terms.dueDate(k - 1), terms.dueDate(k), principal, interest, borrowerInterest,
                    interest - borrowerInterest, balance, borrowerPercent));
        }
        return new RepaymentSchedule(terms, list);
    }

    public LoanTerms terms() {
        return terms;
    }

    public List<Instalment> instalments() {
        return instalments;
    }

    public Instalment instalment(int number) {
        return instalments.get(number - 1);
    }

    public long totalInterestFen() {
        return instalments.stream().mapToLong(Instalment::interestFen).sum();
    }

    public long totalSubsidisedFen() {
        return instalments.stream().mapToLong(Instalment::subsidisedInterestFen).sum();
    }

    /** The yearly percent as a monthly fraction: 3.45 -> 0.002875. */
    static BigDecimal monthly(BigDecimal yearlyPercent) {
        return yearlyPercent.divide(PERCENT_MONTHS, PRECISION);
    }

    static long interestOn(long balanceFen, BigDecimal monthlyRate) {
        return BigDecimal.valueOf(balanceFen).multiply(monthlyRate).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** The level payment (annuity) or the level principal, rounded half-up; 0 when the method has none. */
    private static long levelPayment(LoanTerms terms, BigDecimal i) {
        BigDecimal amount = BigDecimal.valueOf(terms.amountFen());
        BigDecimal n = BigDecimal.valueOf(terms.months());
        return switch (terms.method()) {
            case EQUAL_PRINCIPAL -> amount.divide(n, 0, RoundingMode.HALF_UP).longValueExact();
            case EQUAL_INSTALMENTS -> annuity(amount, n, i);
            case INTEREST_MONTHLY_PRINCIPAL_AT_END -> 0;
        };
    }

    private static long annuity(BigDecimal amount, BigDecimal n, BigDecimal i) {
        if (i.signum() == 0) {
            return amount.divide(n, 0, RoundingMode.HALF_UP).longValueExact();
        }
        BigDecimal growth = BigDecimal.ONE.add(i).pow(n.intValueExact(), PRECISION);
        return amount.multiply(i).multiply(growth)
                .divide(growth.subtract(BigDecimal.ONE), 0, RoundingMode.HALF_UP).longValueExact();
    }

    private static long principalPart(LoanTerms terms, long level, long interest) {
        return switch (terms.method()) {
            case EQUAL_PRINCIPAL -> level;
            case EQUAL_INSTALMENTS -> level - interest;
            case INTEREST_MONTHLY_PRINCIPAL_AT_END -> 0;
        };
    }
}
