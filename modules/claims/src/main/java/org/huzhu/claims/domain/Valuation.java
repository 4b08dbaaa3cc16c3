package org.huzhu.claims.domain;

/** The plan engine's answer in fen; {@code reason} is the engine's reason code when it pays nothing by rule. */
public record Valuation(long payableFen, String reason, String message) {
}
