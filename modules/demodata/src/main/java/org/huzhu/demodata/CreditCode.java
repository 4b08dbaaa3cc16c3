package org.huzhu.demodata;

import java.util.Random;

/**
 * Plausible unified social credit codes (统一社会信用代码, GB 32100-2015) for demo grassroots unions: authority
 * 8 (trade union) and type 1, the 6-digit region, a 9-character organisation code with its GB 11714 check
 * character, and the GB 32100 check character. Random but valid, so import checks accept them.
 */
final class CreditCode {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CODE_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private CreditCode() {
    }

    static String random(String region6, Random random) {
        StringBuilder organisation = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            organisation.append((char) ('0' + random.nextInt(10)));
        }
        organisation.append(organisationCheck(organisation));
        String first17 = "81" + region6 + organisation;
        return first17 + check(first17);
    }

    /** GB 32100 check character over the first 17 characters. */
    static char check(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * CODE_WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** GB 11714 check character of an 8-digit organisation code body. */
    private static char organisationCheck(CharSequence body) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (body.charAt(i) - '0') * ORG_WEIGHTS[i];
        }
        int check = (11 - sum % 11) % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }
}
