package org.huzhu.org.api;

import org.huzhu.tenancy.api.TenantSummary;

/** Headquarters' overview line for one tenant. */
public record TenantFigures(TenantSummary tenant, long members, long grassrootsUnions, long agencyOffices) {
}
