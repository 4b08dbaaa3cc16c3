package org.huzhu.kernel.identity;

/**
 * The unified social credit code of an organisation (统一社会信用代码, GB 32100-2015): 18 characters from
 * {@code 0-9} and the capitals without I, O, Z, S and V; registration authority, organisation type, 6-digit
 * region, 9-character organisation code and a check character (weights 3^i mod 31). Not personal data.
 */
public final class CreditCode {

    /** The code's 31 characters; a character's value is its index. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {
    }

    /** The code in canonical form (trimmed, upper case) when it is valid. */
    public static String normalise(String raw) {
        return raw == null ? "" : raw.strip().toUpperCase(java.util.Locale.ROOT);
    }

    public static boolean isValid(String raw) {
        return problem(raw) == null;
    }

    /**
     * Why a code is not valid, as a rule and the figure it is about (the length found, the position of the
     * character); callers put it into words and name the field. The reason never needs the code itself.
     */
    public record Problem(Rule rule, int figure) {
    }

    /** The rules a code can break. */
    public enum Rule { REQUIRED, LENGTH, CHARACTER, CHECK_CHARACTER }

    /** Why the code is not valid, or null when it is. */
    public static Problem problem(String raw) {
        String code = normalise(raw);
        if (code.isEmpty()) {
            return new Problem(Rule.REQUIRED, 0);
        }
        if (code.length() != 18) {
            return new Problem(Rule.LENGTH, code.length());
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return new Problem(Rule.CHARACTER, i + 1);
            }
        }
        if (checkCharacter(code.substring(0, 17)) != code.charAt(17)) {
            return new Problem(Rule.CHECK_CHARACTER, 18);
        }
        return null;
    }

    /** GB 32100 check character over the first 17 characters (which must be from {@link #ALPHABET}). */
    public static char checkCharacter(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("the check character is computed over 17 characters");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("character " + (i + 1) + " is not in the code's alphabet");
            }
            sum += value * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }
}
