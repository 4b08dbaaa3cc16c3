package org.huzhu.claims.api;

/**
 * An officer's decision on a claim in review: APPROVE with the amount (yuan as text; empty for the assessed
 * amount) or REJECT with a note saying why.
 */
public record Decision(String outcome, String amount, String note) {
}
