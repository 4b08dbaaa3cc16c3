package org.huzhu.org.api;

import java.time.LocalDate;
import org.huzhu.kernel.identity.Gender;

/**
 * A member as lists and the API show one: personal data only in masked form. The age stands where the birth
 * date would: the masked national ID hides exactly the birth-date digits, and a birth date next to it would
 * give the whole ID back. A clerk needs age and gender; nobody reading a list needs the day of birth.
 */
public record MemberView(long id, String name, Gender gender, int age, String idNumberMasked,
                         String cardNoMasked, String phoneMasked, long orgUnitId, String status, boolean gigWorker,
                         LocalDate joinedOn) {
}
