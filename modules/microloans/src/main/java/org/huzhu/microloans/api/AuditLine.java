package org.huzhu.microloans.api;

import java.time.LocalDateTime;
import java.util.List;

/** One audit line: a code with its parameters, and the same put into words in Chinese and English. */
public record AuditLine(String subject, long subjectId, String code, List<String> params, String actor,
                        LocalDateTime at, String statusBefore, String statusAfter, String zh, String en) {
}
