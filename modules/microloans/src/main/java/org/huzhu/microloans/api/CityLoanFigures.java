package org.huzhu.microloans.api;

/** One city's microloan figures for headquarters: the same figures the city's office sees for the whole city. */
public record CityLoanFigures(String tenantId, String nameZh, String nameEn, LoanDashboard figures) {
}
