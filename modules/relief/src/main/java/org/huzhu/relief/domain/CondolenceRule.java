package org.huzhu.relief.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A condolence item's rule, pure: one standard for all (the same amount to every eligible member), hardship first
 * (members whose household is on the hardship register come first, then everyone by member id), a member at most
 * once, and the budget spent down that order: the first line that does not fit is cut with every line after it,
 * as {@link AidRule} does, so nobody further down is paid while someone above them is not.
 */
public record CondolenceRule(long amountFen, long budgetFen) {

    public CondolenceRule {
        if (amountFen <= 0 || budgetFen <= 0) {
            throw new IllegalArgumentException("amount and budget are positive");
        }
    }

    /** An eligible member: name and place as the registry gives them, and whether their household is in hardship. */
    public record Case(long memberId, String memberName, String orgPath, boolean hardship) {
    }

    /** A member's line: position in the order the budget is spent in, amount, whether the budget reaches it. */
    public record Line(int position, Case member, long amountFen, boolean withinBudget) {
    }

    public List<Line> apply(List<Case> cases) {
        if (cases.stream().map(Case::memberId).distinct().count() != cases.size()) {
            throw new IllegalArgumentException("a member gets an item at most once");
        }
        List<Case> ordered = cases.stream().sorted(Comparator.comparing((Case c) -> !c.hardship())
                .thenComparingLong(Case::memberId)).toList();
        List<Line> lines = new ArrayList<>(ordered.size());
        long spent = 0;
        boolean cut = false;
        for (Case member : ordered) {
            if (!cut && spent + amountFen > budgetFen) {
                cut = true;
            }
            if (!cut) {
                spent += amountFen;
            }
            lines.add(new Line(lines.size() + 1, member, amountFen, !cut));
        }
        return lines;
    }
}
