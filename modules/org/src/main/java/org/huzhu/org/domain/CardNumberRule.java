package org.huzhu.org.domain;

/**
 * A member card number (京卡 / 会员互助服务卡) as the bank pays to it: 16 to 19 digits, nothing else. Spaces a
 * clerk types between groups of digits are dropped. The message names the field and never repeats the number.
 */
public final class CardNumberRule {

    public static final String FIELD = "cardNo";

    private CardNumberRule() {
    }

    /** The card number without spaces, or IllegalArgumentException naming the field. */
    public static String normalise(String cardNo) {
        String digits = cardNo == null ? "" : cardNo.replace(" ", "").strip();
        if (digits.isEmpty()) {
            throw new IllegalArgumentException(FIELD + ": 卡号必填 / the card number is required");
        }
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9') || digits.length() < 16 || digits.length() > 19) {
            throw new IllegalArgumentException(FIELD + ": 卡号应为16至19位数字 / a card number is 16 to 19 digits");
        }
        return digits;
    }
}
