package org.huzhu.relief.domain;

import org.huzhu.kernel.identity.InvalidNationalIdException;
import org.huzhu.kernel.identity.NationalId;
import org.huzhu.kernel.pii.Masking;
import org.huzhu.tenancy.api.Refused;

/**
 * One non-member payee as the office enters it, checked, pure: a name (as on the bank card, at most 60
 * characters), a national ID under the same rules as members' ({@link NationalId}), a bank card of 16 to 19 digits
 * (spaces between groups dropped, as for members' cards) and an optional reason. A refusal names the row as the
 * request counts it ({@code payees[2].idNumber}) and never repeats the number. {@link #toString} shows the ID and
 * card masked, so neither ends up in a log.
 */
public record PayeeEntry(String name, NationalId idNumber, String cardNo, String reason) {

    public static final int MAX_NAME = 60;
    public static final int MAX_REASON = 200;

    /** The entry of row {@code row} (0-based, as the JSON list counts), or a {@link Refused} naming row and field. */
    public static PayeeEntry read(int row, String name, String idNumber, String cardNo, String reason) {
        String at = "payees[" + row + "].";
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > MAX_NAME) {
            throw Refused.badInput(at + "name", "relief.refused.name");
        }
        NationalId id;
        try {
            id = NationalId.parse(idNumber);
        } catch (InvalidNationalIdException e) {
            throw Refused.badInput(at + "idNumber", "relief.refused.idNumber");
        }
        String card = cardNo == null ? "" : cardNo.replace(" ", "").strip();
        if (card.length() < 16 || card.length() > 19 || !card.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw Refused.badInput(at + "cardNo", "relief.refused.cardNo");
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > MAX_REASON) {
            throw Refused.badInput(at + "reason", "relief.refused.noteLength", MAX_REASON);
        }
        return new PayeeEntry(n, id, card, why);
    }

    public String cardMasked() {
        return Masking.cardNo(cardNo);
    }

    @Override
    public String toString() {
        return "PayeeEntry[" + name + ", " + idNumber.masked() + ", " + cardMasked() + "]";
    }
}
