package org.huzhu.kernel.money;

/**
 * Writes an amount in Chinese capital numerals (大写金额), as fee statements, receipts and bank forms require,
 * following the People's Bank rules for filling in bills (《正确填写票据和结算凭证的基本规定》):
 * <ul>
 *   <li>壹贰叁肆伍陆柒捌玖, 拾佰仟 within a group of four digits, 万 and 亿 between groups; ten is 壹拾;</li>
 *   <li>one 零 stands for any run of zeros between digits (¥6007.14: 陆仟零柒元壹角肆分; ¥10005.07:
 *       壹万零伍元零柒分); a group of zeros writes no 万 or 亿 (¥100010000: 壹亿零壹万元整);</li>
 *   <li>whole yuan end with 整 (¥10.00: 壹拾元整); nothing follows 角 or 分;</li>
 *   <li>when the yuan digit is 0 and 角 is not, 元 is followed by 零 (¥1680.32: 壹仟陆佰捌拾元零叁角贰分), and so is
 *       a zero 角 before a 分 (¥325.04: 叁佰贰拾伍元零肆分); where the rules allow a 零 or none (a zero 万 or yuan
 *       digit), the 零 is always written (¥107000.53: 壹拾万零柒仟元零伍角叁分);</li>
 *   <li>less than one yuan is written as 角 and 分 alone (¥0.05: 伍分); zero is 零元整; a negative amount starts
 *       with 负.</li>
 * </ul>
 * Amounts up to 9,999,9999,9999.99 yuan (just under a trillion) are written; more is refused.
 */
public final class CapitalNumerals {

    private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String[] IN_GROUP = {"", "拾", "佰", "仟"};
    private static final String[] GROUPS = {"", "万", "亿"};
    private static final long MAX_FEN = 100_000_000_000_000L - 1; // 10^12 yuan - 1 fen

    private CapitalNumerals() {
    }

    public static String of(Money amount) {
        return ofFen(amount.fen());
    }

    /** {@code 1234567} fen: 壹万贰仟叁佰肆拾伍元陆角柒分. */
    public static String ofFen(long fen) {
        if (fen == Long.MIN_VALUE || Math.abs(fen) > MAX_FEN) {
            throw new IllegalArgumentException("too large to write in capital numerals: " + fen + " fen");
        }
        if (fen < 0) {
            return "负" + ofFen(-fen);
        }
        long yuan = fen / 100;
        int jiao = (int) (fen / 10 % 10);
        int cents = (int) (fen % 10);
        StringBuilder out = new StringBuilder();
        if (yuan > 0) {
            out.append(yuan(yuan)).append('元');
        }
        if (jiao == 0 && cents == 0) {
            return out.isEmpty() ? "零元整" : out.append('整').toString();
        }
        if (jiao > 0) {
            if (yuan > 0 && yuan % 10 == 0) {
                out.append('零');
            }
            out.append(DIGITS.charAt(jiao)).append('角');
        } else if (yuan > 0) {
            out.append('零');
        }
        if (cents > 0) {
            out.append(DIGITS.charAt(cents)).append('分');
        }
        return out.toString();
    }

    /** A positive whole number of yuan. */
    private static String yuan(long yuan) {
        String digits = Long.toString(yuan);
        StringBuilder out = new StringBuilder();
        boolean zeroPending = false;
        boolean groupHasDigit = false;
        for (int i = 0; i < digits.length(); i++) {
            int power = digits.length() - 1 - i;
            int digit = digits.charAt(i) - '0';
            if (digit == 0) {
                zeroPending = true;
            } else {
                if (zeroPending && !out.isEmpty()) {
                    out.append('零');
                }
                zeroPending = false;
                groupHasDigit = true;
                out.append(DIGITS.charAt(digit)).append(IN_GROUP[power % 4]);
            }
            if (power % 4 == 0) {
                if (groupHasDigit) {
                    out.append(GROUPS[power / 4]);
                }
                groupHasDigit = false;
            }
        }
        return out.toString();
    }
}
