package org.huzhu.org.api;

/** The three levels of a city's service platform (三级服务体系). */
public enum OrgUnitKind {
    CITY_OFFICE,
    AGENCY_OFFICE,
    GRASSROOTS_UNION
}
