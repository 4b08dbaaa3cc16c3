package org.huzhu.plans.api;

/**
 * One snapshot of the tenant's catalogue to value many claims against: the catalogue is looked up once, when
 * the snapshot is taken, not once per quote. A bulk job takes one per chunk, so a plan published meanwhile is
 * seen from the next chunk on.
 */
public interface PlanQuotes {

    /** @throws IllegalArgumentException naming the field when the request is incomplete or malformed */
    QuoteResult quote(String planCode, QuoteRequest request);

    /** The same snapshot's rules (claim eligibility, plan names). */
    EnrolmentRules enrolmentRules();
}
