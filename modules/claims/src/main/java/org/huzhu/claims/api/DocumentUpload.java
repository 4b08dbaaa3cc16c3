package org.huzhu.claims.api;

/** A receipt or other document for a claim, as uploaded (PDF or image). */
public record DocumentUpload(String type, String fileName, String contentType, byte[] content) {
}
