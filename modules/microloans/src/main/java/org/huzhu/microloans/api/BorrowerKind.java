package org.huzhu.microloans.api;

/** Who a product lends to. */
public enum BorrowerKind {
    /** A member who founds a business (个人创业). */
    INDIVIDUAL_FOUNDER,
    /** A small or micro enterprise founded or run by members (小微企业). */
    SMALL_ENTERPRISE
}
