package org.huzhu.enrolment.domain;

/**
 * Why a row cannot be enrolled: its number in the file, the field, the rule broken and a message in both
 * languages. Messages never quote an ID, phone or card number in clear.
 */
public record RowError(int rowNumber, String field, String rule, String messageZh, String messageEn) {
}
