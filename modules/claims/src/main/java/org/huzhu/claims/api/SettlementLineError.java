package org.huzhu.claims.api;

/**
 * One problem of a bad line: its line number in the file (header = 1), the field, the rule and what is wrong in
 * Chinese ({@code message}) and English ({@code en}).
 */
public record SettlementLineError(int line, String field, String rule, String message, String en) {
}
