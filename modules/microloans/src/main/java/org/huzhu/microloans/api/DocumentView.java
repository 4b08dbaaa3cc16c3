package org.huzhu.microloans.api;

import java.time.LocalDateTime;

/** A document of an application (its content is fetched on its own). */
public record DocumentView(long id, LoanDocumentKind kind, String fileName, String contentType, long size,
                           String sha256, String uploadedBy, LocalDateTime uploadedAt) {
}
