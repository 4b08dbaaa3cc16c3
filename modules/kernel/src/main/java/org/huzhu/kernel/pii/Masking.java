package org.huzhu.kernel.pii;

/** The shown form of personal data: enough to recognise it, not enough to use it. */
public final class Masking {

    private Masking() {
    }

    /** {@code 110105********123X}: region and last four. */
    public static String idNumber(String id) {
        return keep(id, 6, 4);
    }

    /** {@code 138****5678}. */
    public static String phone(String phone) {
        return keep(phone, 3, 4);
    }

    /** {@code 6215****1234}. */
    public static String cardNo(String card) {
        if (card == null || card.length() <= 8) {
            return keep(card, 0, 0);
        }
        return card.substring(0, 4) + "****" + card.substring(card.length() - 4);
    }

    private static String keep(String text, int head, int tail) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        if (text.length() <= head + tail) {
            return "*".repeat(text.length());
        }
        return text.substring(0, head) + "*".repeat(text.length() - head - tail) + text.substring(text.length() - tail);
    }
}
