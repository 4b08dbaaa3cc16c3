package org.huzhu.claims.domain;

/** Where a claim in review is decided: by the member's agency office, or by the city office. */
public enum ReviewLevel { AGENCY, CITY }
