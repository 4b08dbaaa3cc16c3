package org.huzhu.org.api;

import org.huzhu.kernel.identity.NationalId;

/** A person to register as a member: phone and card number may be null (not given). */
public record NewMember(String name, NationalId idNumber, String phone, String cardNo) {
}
