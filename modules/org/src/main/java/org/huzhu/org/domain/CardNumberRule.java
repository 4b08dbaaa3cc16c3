package org.huzhu.org.domain;

import org.huzhu.tenancy.api.Refused;

/**
 * A member card number (京卡 / 会员互助服务卡) as the bank pays to it: 16 to 19 digits, nothing else. Spaces a
 * clerk types between groups of digits are dropped. The message names the field and never repeats the number.
 */
public final class CardNumberRule {

    public static final String FIELD = "cardNo";

    private CardNumberRule() {
    }

    /** The card number without spaces, or a {@link Refused} naming the field. */
    public static String normalise(String cardNo) {
        String digits = cardNo == null ? "" : cardNo.replace(" ", "").strip();
        if (digits.isEmpty()) {
            throw Refused.badInput(FIELD, "org.refused.cardRequired");
        }
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9') || digits.length() < 16 || digits.length() > 19) {
            throw Refused.badInput(FIELD, "org.refused.cardDigits");
        }
        return digits;
    }
}
