package org.huzhu.org.api;

/**
 * What a notice to a member needs from the registry: the name it greets, the masked national ID it names, the
 * encrypted phone it goes to (null: none on record, the notice is for the portal only). Nothing in clear.
 */
public record NoticeContact(long memberId, String name, String idNumberMasked, byte[] phoneCipher) {
}
