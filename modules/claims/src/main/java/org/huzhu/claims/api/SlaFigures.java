package org.huzhu.claims.api;

/**
 * The office's SLA compliance over a period: claims paid, those paid by their due date, and claims still open
 * past their due date; the share is paid on time over paid plus open overdue, as a percentage with one decimal.
 */
public record SlaFigures(String from, String to, long paid, long paidOnTime, long openOverdue, String compliance) {
}
