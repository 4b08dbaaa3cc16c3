package org.huzhu.claims.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** What a document may be: a PDF, JPEG or PNG (told by its first bytes, not its name) of at most 10 MB. */
public final class DocumentRules {

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private DocumentRules() {
    }

    /** The content type the bytes really have; refuses anything else naming the file. */
    public static String contentType(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new IllegalArgumentException("document " + fileName + ": is empty / 文件为空");
        }
        if (content.length > MAX_BYTES) {
            throw new IllegalArgumentException("document " + fileName + ": larger than 10 MB / 文件超过10MB");
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
        throw new IllegalArgumentException("document " + fileName + ": must be a PDF, JPEG or PNG / 仅支持PDF、JPG、PNG");
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
