package org.huzhu.campaigns.domain.giveaway;

import java.security.SecureRandom;

/**
 * Codes members show at the counter: ten characters from an alphabet without look-alikes (no 0/O, 1/I/L), about
 * 48 bits, so codes cannot be guessed; unique per tenant by the database.
 */
public final class TicketCodes {

    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();
    static final int LENGTH = 10;

    private TicketCodes() {
    }

    public static String next() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }

    public static boolean wellFormed(String code) {
        if (code == null || code.length() != LENGTH) {
            return false;
        }
        for (char c : code.toCharArray()) {
            if (new String(ALPHABET).indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }
}
