package org.huzhu.plans.domain;

import org.huzhu.kernel.money.Money;

/** What one unit costs for one term, and how many units a member may take. */
public record Fee(Money perUnit, int minUnits, int maxUnits) {

    public Fee {
        if (perUnit.isNegative() || minUnits < 1 || maxUnits < minUnits) {
            throw new IllegalArgumentException("fee per unit must not be negative and 1 <= minUnits <= maxUnits");
        }
    }

    public boolean allows(int units) {
        return units >= minUnits && units <= maxUnits;
    }

    public Money forUnits(int units) {
        return perUnit.times(units);
    }
}
