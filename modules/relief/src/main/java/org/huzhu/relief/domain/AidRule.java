package org.huzhu.relief.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.huzhu.relief.api.AidGroup;

/**
 * A secondary-aid run's rule, pure: each member's remaining self-paid amount (self-paid minus what the plans
 * paid) falls in a base band and, for each group the member is in, in that group's extra band; the sum is capped
 * per member. The lines are then put in priority order (hardship first, then major illness, then model workers,
 * then everyone else; within a rank the larger remaining amount first, then the member id) and the budget is spent
 * down that order: the first line that does not fit is cut, and every line after it, so nobody of lower priority
 * is paid while someone above them is not ("one standard for all").
 */
public record AidRule(List<AidBand> bands, Map<AidGroup, List<AidBand>> extraBands, Long memberCapFen, long budgetFen) {

    public AidRule {
        bands = List.copyOf(bands);
        Map<AidGroup, List<AidBand>> extras = new EnumMap<>(AidGroup.class);
        extraBands.forEach((group, scale) -> extras.put(group, List.copyOf(scale)));
        extraBands = Map.copyOf(extras);
        if (bands.isEmpty()) {
            throw new IllegalArgumentException("a run needs at least one band");
        }
        AidBand.requireDisjoint(bands);
        extraBands.values().forEach(AidBand::requireDisjoint);
        if (budgetFen <= 0 || (memberCapFen != null && memberCapFen <= 0)) {
            throw new IllegalArgumentException("budget and cap are positive");
        }
    }

    /** One member as the claims data and the registers describe them. */
    public record Case(long memberId, String memberName, String orgPath, long selfPaidFen, long paidFen,
                       Set<AidGroup> groups) {
        public long remainingFen() {
            return Math.max(0, selfPaidFen - paidFen);
        }

        /** 0 for hardship .. 2 for model workers, 3 for members in no group. */
        public int rank() {
            return groups.stream().mapToInt(AidGroup::ordinal).min().orElse(AidGroup.values().length);
        }
    }

    /** A member's aid in the run: position in the priority order, amount, whether the budget reaches it. */
    public record Line(int position, Case member, long aidFen, boolean withinBudget, List<AidWorking.Step> working) {
    }

    /** Every member with some aid, in priority order, the budget spent down it. Members the bands miss get no line. */
    public List<Line> apply(List<Case> cases) {
        if (cases.stream().map(Case::memberId).distinct().count() != cases.size()) {
            throw new IllegalArgumentException("a member is aided at most once per run");
        }
        List<Case> ordered = cases.stream().sorted(Comparator.comparingInt(Case::rank)
                .thenComparing(Comparator.comparingLong(Case::remainingFen).reversed())
                .thenComparingLong(Case::memberId)).toList();
        List<Line> lines = new ArrayList<>();
        long spent = 0;
        boolean cut = false;
        for (Case member : ordered) {
            List<AidWorking.Step> working = new ArrayList<>();
            long aid = aidFor(member, working);
            if (aid <= 0) {
                continue;
            }
            if (!cut && spent + aid > budgetFen) {
                cut = true;
            }
            if (cut) {
                working.add(AidWorking.step("BUDGET_CUT", AidWorking.yuan(spent), AidWorking.yuan(budgetFen)));
            } else {
                spent += aid;
            }
            lines.add(new Line(lines.size() + 1, member, aid, !cut, List.copyOf(working)));
        }
        return lines;
    }

    /** The member's aid before the budget, with its working. */
    long aidFor(Case member, List<AidWorking.Step> working) {
        long remaining = member.remainingFen();
        working.add(AidWorking.step("REMAINING", AidWorking.yuan(member.selfPaidFen()), AidWorking.yuan(member.paidFen()),
                AidWorking.yuan(remaining)));
        long aid = AidBand.of(bands, remaining).map(b -> b.aid(remaining, working, "BASE")).orElse(0L);
        for (AidGroup group : AidGroup.values()) {
            List<AidBand> scale = extraBands.get(group);
            if (member.groups().contains(group) && scale != null) {
                aid += AidBand.of(scale, remaining).map(b -> b.aid(remaining, working, group.name())).orElse(0L);
            }
        }
        if (memberCapFen != null && aid > memberCapFen) {
            working.add(AidWorking.step("MEMBER_CAP", AidWorking.yuan(memberCapFen)));
            aid = memberCapFen;
        }
        if (aid > 0) {
            working.add(AidWorking.step("AID", AidWorking.yuan(aid)));
        }
        return aid;
    }
}
