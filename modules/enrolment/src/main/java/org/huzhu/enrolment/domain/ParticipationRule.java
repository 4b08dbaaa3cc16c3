package org.huzhu.enrolment.domain;

import java.util.Optional;

/**
 * A grassroots union enrols a plan for enough of its staff that the risk is shared, not picked: at least
 * 60% of its headcount, and everyone in a union of 10 or fewer.
 */
public final class ParticipationRule {

    static final int SMALL_UNION = 10;
    static final int MINIMUM_PERCENT = 60;

    private ParticipationRule() {
    }

    /** The fewest members of a union with this headcount that a plan may be enrolled for. */
    public static int minimum(int headcount) {
        return headcount <= SMALL_UNION ? headcount : (headcount * MINIMUM_PERCENT + 99) / 100;
    }

    /**
     * Why the plan may not be enrolled with this many members (those enrolled for the term before and those
     * in this list together), or empty when it may.
     */
    public static Optional<Refusal> refusal(String planCode, String planName, int headcount, int members) {
        if (headcount <= 0) {
            return Optional.of(new Refusal(planCode, "本工会未登记职工人数，无法核对参保比例，请先在组织架构中补充",
                    "the union's headcount is not recorded, so participation cannot be checked"));
        }
        int minimum = minimum(headcount);
        if (members >= minimum) {
            return Optional.empty();
        }
        if (headcount <= SMALL_UNION) {
            return Optional.of(new Refusal(planCode, planName + "：职工10人及以下的工会须全员参保（职工" + headcount
                    + "人，参保" + members + "人）", planCode + ": a union of 10 or fewer enrols everyone (staff "
                    + headcount + ", enrolled " + members + ")"));
        }
        return Optional.of(new Refusal(planCode, planName + "：参保" + members + "人，不足职工人数" + headcount
                + "人的60%（至少" + minimum + "人）", planCode + ": " + members + " enrolled is under 60% of the staff of "
                + headcount + " (at least " + minimum + ")"));
    }

    /** Why a plan of a list cannot be submitted, in both languages. */
    public record Refusal(String planCode, String zh, String en) {
    }
}
