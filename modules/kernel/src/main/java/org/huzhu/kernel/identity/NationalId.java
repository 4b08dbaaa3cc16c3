package org.huzhu.kernel.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;
import org.huzhu.kernel.identity.InvalidNationalIdException.Rule;
import org.huzhu.kernel.pii.Masking;

/**
 * A resident identity number under GB 11643-1999: 6-digit region, 8-digit birth date, 3-digit sequence
 * (odd for men, even for women) and an ISO 7064 MOD 11-2 check character. Personal data: {@link #toString()}
 * gives only the masked form, so it cannot end up in a log by accident.
 */
public final class NationalId {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK_CHARS = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32",
            "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62",
            "63", "64", "65", "71", "81", "82");
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private final String value;
    private final LocalDate birthDate;

    private NationalId(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    /** Checks every rule and returns the ID, or throws naming the first rule broken. */
    public static NationalId parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidNationalIdException(Rule.BLANK, "");
        }
        String text = raw.strip();
        if (text.chars().anyMatch(c -> c >= 0xFF01 && c <= 0xFF5E || c == 0x3000)) {
            throw new InvalidNationalIdException(Rule.FULL_WIDTH_DIGITS, "");
        }
        if (text.length() != 18) {
            throw new InvalidNationalIdException(Rule.LENGTH, "");
        }
        // Only the check character has a letter; lower-case x is common from phone keyboards.
        String id = text.charAt(17) == 'x' ? text.substring(0, 17) + 'X' : text;
        char last = id.charAt(17);
        if (!isDigits(id.substring(0, 17), 17) || !(last >= '0' && last <= '9' || last == 'X')) {
            throw new InvalidNationalIdException(Rule.CHARACTERS, "");
        }
        String masked = Masking.idNumber(id);
        if (!PROVINCES.contains(id.substring(0, 2))) {
            throw new InvalidNationalIdException(Rule.REGION, masked);
        }
        LocalDate birth = birthDate(id, masked);
        if (checkDigit(id.substring(0, 17)) != id.charAt(17)) {
            throw new InvalidNationalIdException(Rule.CHECK_DIGIT, masked);
        }
        return new NationalId(id, birth);
    }

    private static LocalDate birthDate(String id, String masked) {
        try {
            LocalDate birth = LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
            if (birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(LocalDate.now())) {
                throw new InvalidNationalIdException(Rule.BIRTH_DATE, masked);
            }
            return birth;
        } catch (DateTimeException e) {
            throw new InvalidNationalIdException(Rule.BIRTH_DATE, masked);
        }
    }

    /** The ISO 7064 MOD 11-2 check character of the first 17 digits. */
    public static char checkDigit(String first17) {
        if (first17 == null || !isDigits(first17, 17)) {
            throw new IllegalArgumentException("the check digit is computed over 17 digits");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS[sum % 11];
    }

    /** Builds a valid ID (test and demo data): the sequence's last digit is adjusted to the gender. */
    public static NationalId compose(String region6, LocalDate birth, int sequence3, Gender gender) {
        if (region6 == null || !isDigits(region6, 6)) {
            throw new IllegalArgumentException("a region code is 6 digits: '" + region6 + "'");
        }
        int sequence = Math.floorMod(sequence3, 1000);
        boolean odd = sequence % 2 == 1;
        if (odd != (gender == Gender.MALE)) {
            sequence = sequence == 999 ? 998 : sequence + 1;
        }
        String first17 = region6 + String.format("%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), sequence);
        return parse(first17 + checkDigit(first17));
    }

    private static boolean isDigits(String text, int length) {
        if (text.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Gender gender() {
        return (value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    public String regionCode() {
        return value.substring(0, 6);
    }

    public String masked() {
        return Masking.idNumber(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NationalId other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return masked();
    }
}
