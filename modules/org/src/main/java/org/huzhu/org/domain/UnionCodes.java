package org.huzhu.org.domain;

import java.util.Collection;

/**
 * Codes of newly registered grassroots unions: under an agency office its code and a 3-digit number
 * ({@code BJ-DC-009}), in direct enrolment the city office's code, {@code D} and a 4-digit number
 * ({@code BJ-D-0001}). The number follows the highest ever given under that prefix, so a union that moved
 * away (keeping its code) never has its number given again.
 */
public final class UnionCodes {

    private UnionCodes() {
    }

    /** The prefix every code under this parent starts with. */
    public static String prefix(String parentCode, boolean direct) {
        return direct ? parentCode + "-D-" : parentCode + "-";
    }

    /** The next code under the prefix, given every code of the tenant that starts with it. */
    public static String next(String parentCode, boolean direct, Collection<String> codesWithPrefix) {
        String prefix = prefix(parentCode, direct);
        long highest = 0;
        for (String code : codesWithPrefix) {
            if (code.startsWith(prefix)) {
                String rest = code.substring(prefix.length());
                if (!rest.isEmpty() && rest.length() <= 9 && rest.chars().allMatch(c -> c >= '0' && c <= '9')) {
                    highest = Math.max(highest, Long.parseLong(rest));
                }
            }
        }
        return prefix + String.format(direct ? "%04d" : "%03d", highest + 1);
    }
}
