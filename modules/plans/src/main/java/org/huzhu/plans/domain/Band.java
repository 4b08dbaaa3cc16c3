package org.huzhu.plans.domain;

import java.math.BigDecimal;
import org.huzhu.kernel.money.Money;

/** The part of an amount from {@code from} up to {@code to} (null: no upper end) is paid at {@code percent}. */
public record Band(Money from, Money to, BigDecimal percent) {

    /** How much of the amount falls in this band. */
    public Money portionOf(Money amount) {
        Money top = to == null ? amount : amount.min(to);
        return top.minus(from).max(Money.ZERO);
    }
}
