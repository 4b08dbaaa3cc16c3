package org.huzhu.relief.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A condolence item's rule, pure: one standard for all (the same amount to every eligible person), hardship first
 * (members whose household is on the hardship register come first, then everyone by member id; a non-member
 * charity item's payees by payee id), a person at most once, and the budget spent down that order: the first line
 * that does not fit is cut with every line after it, as {@link AidRule} does, so nobody further down is paid while
 * someone above them is not.
 */
public record CondolenceRule(long amountFen, long budgetFen) {

    public CondolenceRule {
        if (amountFen <= 0 || budgetFen <= 0) {
            throw new IllegalArgumentException("amount and budget are positive");
        }
    }

    /**
     * An eligible person: a member (name and place as the registry gives them, whether their household is in
     * hardship) or a non-member payee the office listed on the item ({@code payeeId}); exactly one of the ids.
     */
    public record Case(Long memberId, Long payeeId, String name, String orgPath, boolean hardship) {

        public Case {
            if ((memberId == null) == (payeeId == null)) {
                throw new IllegalArgumentException("a line is a member's or a payee's");
            }
        }

        public Case(long memberId, String name, String orgPath, boolean hardship) {
            this(memberId, null, name, orgPath, hardship);
        }

        /** A non-member payee, placed where the item is given ({@code orgPath}), never in hardship on the register. */
        public static Case payee(long payeeId, String name, String orgPath) {
            return new Case(null, payeeId, name, orgPath, false);
        }
    }

    /** A line: position in the order the budget is spent in, amount, whether the budget reaches it. */
    public record Line(int position, Case recipient, long amountFen, boolean withinBudget) {
    }

    private static final Comparator<Case> ORDER = Comparator.comparing((Case c) -> !c.hardship())
            .thenComparing(Case::memberId, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Case::payeeId, Comparator.nullsLast(Comparator.naturalOrder()));

    public List<Line> apply(List<Case> cases) {
        if (cases.stream().map(c -> c.memberId() + "/" + c.payeeId()).distinct().count() != cases.size()) {
            throw new IllegalArgumentException("a person gets an item at most once");
        }
        List<Case> ordered = cases.stream().sorted(ORDER).toList();
        List<Line> lines = new ArrayList<>(ordered.size());
        long spent = 0;
        boolean cut = false;
        for (Case recipient : ordered) {
            if (!cut && spent + amountFen > budgetFen) {
                cut = true;
            }
            if (!cut) {
                spent += amountFen;
            }
            lines.add(new Line(lines.size() + 1, recipient, amountFen, !cut));
        }
        return lines;
    }
}
