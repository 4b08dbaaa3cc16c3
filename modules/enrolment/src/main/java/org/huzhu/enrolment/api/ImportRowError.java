package org.huzhu.enrolment.api;

/** One problem of a bad row: its row number in the file, the field, the rule and the message in both languages. */
public record ImportRowError(int rowNumber, String field, String rule, String messageZh, String messageEn) {
}
