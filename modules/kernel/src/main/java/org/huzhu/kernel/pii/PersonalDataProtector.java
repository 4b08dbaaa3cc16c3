package org.huzhu.kernel.pii;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keeps personal data (ID, card and phone numbers) unreadable in the database and its dumps: AES-256-GCM
 * for the value (a fresh IV each time), and an HMAC-SHA256 keyed hash so rows can still be found by it.
 * Both keys are derived from one master key so that a single secret is configured.
 */
public final class PersonalDataProtector {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec macKey;
    /**
     * One cipher and one MAC per thread, initialised again for each value: a new instance looks up its provider
     * and expands the key each time, which was most of the cost of encrypting a bulk list's fields; re-initialising
     * with the same key skips both. (Neither is thread-safe, hence per thread; they hold no class of ours.)
     */
    private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(PersonalDataProtector::newCipher);
    private final ThreadLocal<Mac> lookupMacs;

    private PersonalDataProtector(byte[] masterKey) {
        this.encryptionKey = new SecretKeySpec(derive(masterKey, "huzhu-pii-encryption"), "AES");
        this.macKey = new SecretKeySpec(derive(masterKey, "huzhu-pii-lookup"), "HmacSHA256");
        this.lookupMacs = ThreadLocal.withInitial(() -> newMac(macKey));
    }

    /** @param masterKeyBase64 base64 of 32 random bytes (e.g. {@code openssl rand -base64 32}) */
    public static PersonalDataProtector fromBase64Key(String masterKeyBase64) {
        if (masterKeyBase64 == null || masterKeyBase64.isBlank()) {
            throw new IllegalArgumentException("the personal-data key (HUZHU_PII_KEY) is not set");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(masterKeyBase64.strip());
        } catch (IllegalArgumentException e) {
            // The JDK's message quotes the offending character: keep any part of the key out of logs.
            throw new IllegalArgumentException("the personal-data key (HUZHU_PII_KEY) is not valid base64");
        }
        if (key.length != 32) {
            throw new IllegalArgumentException("the personal-data key must be 32 bytes, base64-encoded; it has "
                    + key.length);
        }
        return new PersonalDataProtector(key);
    }

    public byte[] encrypt(String clear) {
        return encryptBytes(clear.getBytes(StandardCharsets.UTF_8));
    }

    /** For documents that hold personal data (an uploaded enrolment list): same scheme as the fields. */
    public byte[] encryptBytes(byte[] clear) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(clear);
            return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt personal data", e);
        }
    }

    public String decrypt(byte[] stored) {
        return new String(decryptBytes(stored), StandardCharsets.UTF_8);
    }

    public byte[] decryptBytes(byte[] stored) {
        if (stored == null || stored.length < IV_BYTES + TAG_BITS / 8) {
            throw new IllegalArgumentException("not an encrypted value: too short");
        }
        try {
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, stored, 0, IV_BYTES));
            return cipher.doFinal(stored, IV_BYTES, stored.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot decrypt personal data (wrong key or damaged value)", e);
        }
    }

    /** Deterministic 32-byte keyed hash: equal values give equal hashes, without the key nothing can be guessed. */
    public byte[] lookupHash(String clear) {
        return lookupMacs.get().doFinal(clear.getBytes(StandardCharsets.UTF_8)); // doFinal leaves it ready again
    }

    private static byte[] derive(byte[] masterKey, String label) {
        byte[] derived = hmac(new SecretKeySpec(masterKey, "HmacSHA256"), label.getBytes(StandardCharsets.UTF_8));
        return Arrays.copyOf(derived, 32);
    }

    private static byte[] hmac(SecretKeySpec key, byte[] data) {
        return newMac(key).doFinal(data);
    }

    private static Mac newMac(SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is not available", e);
        }
    }
}
