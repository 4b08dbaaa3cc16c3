package org.huzhu.plans.api;

import java.util.List;

/** The current tenant's plan catalogue and the benefit quotes made against it. */
public interface PlanCatalog {

    List<PlanView> plans();

    /** @throws IllegalArgumentException naming the field when the request is incomplete or malformed */
    QuoteResult quote(String planCode, QuoteRequest request);
}
