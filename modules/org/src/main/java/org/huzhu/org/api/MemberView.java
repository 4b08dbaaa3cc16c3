package org.huzhu.org.api;

import java.time.LocalDate;
import org.huzhu.kernel.identity.Gender;

/** A member as lists and the API show one: personal data only in masked form. */
public record MemberView(long id, String name, Gender gender, LocalDate birthDate, String idNumberMasked,
                         String cardNoMasked, String phoneMasked, long orgUnitId, String status, boolean gigWorker,
                         LocalDate joinedOn) {
}
