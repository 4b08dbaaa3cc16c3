package org.huzhu.demodata;

import java.util.Random;
import org.huzhu.kernel.identity.CreditCode;

/**
 * Plausible unified social credit codes (统一社会信用代码, GB 32100-2015) for demo grassroots unions: authority
 * 8 (trade union) and type 1, the 6-digit region, a 9-character organisation code with its GB 11714 check
 * character, and the GB 32100 check character ({@link CreditCode}). Random but valid, so checks accept them.
 */
final class RandomCreditCode {

    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private RandomCreditCode() {
    }

    static String random(String region6, Random random) {
        StringBuilder organisation = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            organisation.append((char) ('0' + random.nextInt(10)));
        }
        organisation.append(organisationCheck(organisation));
        String first17 = "81" + region6 + organisation;
        return first17 + CreditCode.checkCharacter(first17);
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
