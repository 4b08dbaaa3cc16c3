package org.huzhu.claims.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.huzhu.tenancy.api.Refused;

/** What a document may be: a PDF, JPEG or PNG (told by its first bytes, not its name) of at most 10 MB. */
public final class DocumentRules {

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private DocumentRules() {
    }

    /** The content type the bytes really have; refuses anything else naming the file. */
    public static String contentType(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw Refused.badInput("document", "claims.refused.documentEmpty", fileName);
        }
        if (content.length > MAX_BYTES) {
            throw Refused.badInput("document", "claims.refused.documentLarge", fileName);
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
        throw Refused.badInput("document", "claims.refused.documentType", fileName);
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
