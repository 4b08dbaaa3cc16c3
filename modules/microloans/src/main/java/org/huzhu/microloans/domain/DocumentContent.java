package org.huzhu.microloans.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.huzhu.tenancy.api.Refused;

/** What an application's document may be: a PDF, JPEG or PNG (told by its first bytes), at most 10 MB. */
public final class DocumentContent {

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private DocumentContent() {
    }

    public static String contentType(byte[] content) {
        if (content == null || content.length == 0 || content.length > MAX_BYTES) {
            throw Refused.badInput("document", "microloans.refused.documentSize");
        }
        if (startsWith(content, 0x25, 0x50, 0x44, 0x46)) {
            return "application/pdf";
        }
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (startsWith(content, 0x89, 0x50, 0x4E, 0x47)) {
            return "image/png";
        }
        throw Refused.badInput("document", "microloans.refused.documentType");
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
