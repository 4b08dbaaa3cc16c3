package org.huzhu.plans.api;

import java.util.List;
import java.util.Optional;

/** The current tenant's plan catalogue and the benefit quotes made against it. */
public interface PlanCatalog {

    List<PlanView> plans();

    /** The rules an enrolment list is checked by: the tenant's catalogue as it stands now. */
    EnrolmentRules enrolmentRules();

    /** The plan's file as stored, to keep tenant-config in step after a version is published in the portal. */
    Optional<String> file(String planCode);

    /** @throws IllegalArgumentException naming the field when the request is incomplete or malformed */
    QuoteResult quote(String planCode, QuoteRequest request);

    /** The catalogue as it stands now, to value many claims against without looking it up for each. */
    PlanQuotes snapshot();

    /**
     * Headquarters (which has no catalogue of its own): a tenant's plan names by code, read through an entity
     * manager bound to that tenant ({@code HeadquartersReader}), so figures show plans in the reader's language.
     */
    java.util.Map<String, PlanName> namesIn(jakarta.persistence.EntityManager tenantBound);

    /** A plan's name in Chinese and English. */
    record PlanName(String zh, String en) {
    }
}
