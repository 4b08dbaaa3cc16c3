package org.huzhu.claims.api;

/** One problem of a bad line: its line number in the file (header = 1), the field, the rule and a message. */
public record SettlementLineError(int line, String field, String rule, String message) {
}
