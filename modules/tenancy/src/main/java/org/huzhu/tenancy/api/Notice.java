package org.huzhu.tenancy.api;

/**
 * A notice to a member: the reference makes it unique per kind (a notice is queued once however often
 * the work that gives rise to it is retried). The body carries personal data only masked; the phone
 * number is encrypted, or null when the member has none on record (the notice is then shown in the
 * portal only).
 */
public record Notice(long memberId, String kind, String reference, byte[] phoneCipher, String body) {
}
