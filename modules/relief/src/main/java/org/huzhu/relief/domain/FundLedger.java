package org.huzhu.relief.domain;

/**
 * The relief fund's balance rule, pure: donations add, grants take, and nothing takes more than the balance, so
 * the balance never goes negative and always equals the sum of the ledger's entries (each entry records the
 * balance after it). The application layer holds the fund's row lock while it asks, so two grants cannot both
 * pass a check that only one of them fits.
 */
public final class FundLedger {

    private long balanceFen;

    public FundLedger(long balanceFen) {
        if (balanceFen < 0) {
            throw new IllegalArgumentException("a fund's balance is never negative");
        }
        this.balanceFen = balanceFen;
    }

    /** One movement: signed amount (positive in, negative out) and the balance after it. */
    public record Movement(long amountFen, long balanceAfterFen) {
    }

    public long balanceFen() {
        return balanceFen;
    }

    public Movement donate(long amountFen) {
        if (amountFen <= 0) {
            throw new IllegalArgumentException("a donation is positive");
        }
        balanceFen = Math.addExact(balanceFen, amountFen);
        return new Movement(amountFen, balanceFen);
    }

    /** Whether a grant of this amount fits the balance. */
    public boolean covers(long amountFen) {
        return amountFen > 0 && amountFen <= balanceFen;
    }

    /** Takes a grant; refused (IllegalStateException) when it does not fit: the balance is left as it was. */
    public Movement grant(long amountFen) {
        if (!covers(amountFen)) {
            throw new IllegalStateException("the fund holds " + balanceFen + " fen, less than " + amountFen);
        }
        balanceFen -= amountFen;
        return new Movement(-amountFen, balanceFen);
    }
}
