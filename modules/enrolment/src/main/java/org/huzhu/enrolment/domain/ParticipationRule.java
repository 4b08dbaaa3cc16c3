package org.huzhu.enrolment.domain;

import java.util.Optional;
import org.huzhu.kernel.identity.Gender;

/**
 * A grassroots union enrols a plan for enough of its staff that the risk is shared, not picked: at least
 * 60% of the staff the plan is open to, and all of them when they are 10 or fewer. For a plan open to one
 * gender only (女工特疾) the staff who count are the union's staff of that gender, not all of them: counting the
 * men made every women-only plan of a mixed union unreachable.
 */
public final class ParticipationRule {

    static final int SMALL_UNION = 10;
    static final int MINIMUM_PERCENT = 60;

    private ParticipationRule() {
    }

    /** Whose number the rule is measured against. */
    public enum StaffCounted {
        ALL_STAFF, FEMALE_STAFF, MALE_STAFF;

        static StaffCounted of(Gender onlyFor) {
            if (onlyFor == null) {
                return ALL_STAFF;
            }
            return onlyFor == Gender.FEMALE ? FEMALE_STAFF : MALE_STAFF;
        }

        String zh() {
            return switch (this) {
                case ALL_STAFF -> "职工";
                case FEMALE_STAFF -> "女职工";
                case MALE_STAFF -> "男职工";
            };
        }

        String en() {
            return switch (this) {
                case ALL_STAFF -> "staff";
                case FEMALE_STAFF -> "female staff";
                case MALE_STAFF -> "male staff";
            };
        }
    }

    /** The fewest of this many staff that a plan may be enrolled for. */
    public static int minimum(int staff) {
        return staff <= SMALL_UNION ? staff : (staff * MINIMUM_PERCENT + 99) / 100;
    }

    /**
     * A plan's participation in a union for a term, as the check result shows it.
     *
     * @param headcount      the union's registered staff
     * @param staff          the staff who count (all of them, or those of the plan's one gender)
     * @param enrolledBefore members enrolled in the plan for the term by earlier lists
     * @param inList         this list's good rows for the plan
     */
    public record Figure(String planCode, String planName, StaffCounted counted, int headcount, int staff,
                         int enrolledBefore, int inList) {

        public int enrolled() {
            return enrolledBefore + inList;
        }

        public int needed() {
            return minimum(staff);
        }

        public boolean met() {
            return headcount > 0 && enrolled() >= needed();
        }

        /** More enrolled in the plan than the union has staff: a list of someone else's people, or one twice. */
        public boolean pastHeadcount() {
            return headcount > 0 && enrolled() > headcount;
        }

        /** Why the plan may not be enrolled with this many members, or empty when it may. */
        public Optional<Refusal> refusal() {
            if (headcount <= 0) {
                return Optional.of(new Refusal(planCode, "本工会未登记职工人数，无法核对参保比例，请先在组织架构中补充",
                        "the union's headcount is not recorded, so participation cannot be checked"));
            }
            if (met()) {
                return Optional.empty();
            }
            String who = counted.zh();
            if (staff <= SMALL_UNION) {
                return Optional.of(new Refusal(planCode, planName + "：" + who + "10人及以下的工会须全员参保（" + who + staff
                        + "人，参保" + enrolled() + "人）", planCode + ": a union of 10 or fewer " + counted.en()
                        + " enrols everyone (" + counted.en() + " " + staff + ", enrolled " + enrolled() + ")"));
            }
            return Optional.of(new Refusal(planCode, planName + "：参保" + enrolled() + "人，不足" + who + "人数" + staff
                    + "人的60%（至少" + needed() + "人）", planCode + ": " + enrolled() + " enrolled is under 60% of the "
                    + counted.en() + " of " + staff + " (at least " + needed() + ")"));
        }
    }

    /**
     * The plan's figure in a union.
     *
     * @param onlyFor             the one gender the plan is open to, or null
     * @param registeredOfGender  the union's members of that gender in the registry (ignored when onlyFor is null)
     */
    public static Figure figure(String planCode, String planName, Gender onlyFor, int headcount, long registeredOfGender,
                                int enrolledBefore, int inList) {
        StaffCounted counted = StaffCounted.of(onlyFor);
        int staff = headcount;
        if (onlyFor != null) {
            // The office knows a union's staff by gender only through its members' IDs: those registered, and at
            // least those this plan enrols (all of that gender); never more than the registered headcount.
            long known = Math.max(registeredOfGender, (long) enrolledBefore + inList);
            staff = (int) Math.min(known, Math.max(headcount, 0));
        }
        return new Figure(planCode, planName, counted, headcount, staff, enrolledBefore, inList);
    }

    /**
     * Why the plan, open to all staff, may not be enrolled with this many members (those enrolled for the term
     * before and those in this list together), or empty when it may.
     */
    public static Optional<Refusal> refusal(String planCode, String planName, int headcount, int members) {
        return figure(planCode, planName, null, headcount, 0, 0, members).refusal();
    }

    /** Why a plan of a list cannot be submitted, in both languages. */
    public record Refusal(String planCode, String zh, String en) {
    }
}
