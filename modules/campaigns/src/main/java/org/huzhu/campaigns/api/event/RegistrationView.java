package org.huzhu.campaigns.api.event;

import java.time.LocalDateTime;

/** A registration with its code (shown at the door), in order of registering. */
public record RegistrationView(long id, long occurrenceId, long memberId, String memberName, RegistrationStatus status,
                               String code, LocalDateTime registeredAt, LocalDateTime checkedInAt) {
}
