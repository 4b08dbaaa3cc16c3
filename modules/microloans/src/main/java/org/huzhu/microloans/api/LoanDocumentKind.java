package org.huzhu.microloans.api;

/** The documents of an application; a product names which of them it requires. */
public enum LoanDocumentKind {
    /** Business licence (营业执照), with the unified social credit code. */
    BUSINESS_LICENCE,
    /** The founder's ID card (身份证). */
    FOUNDER_ID,
    /** Business plan (创业计划书). */
    BUSINESS_PLAN,
    /** Anything else the office asks for. */
    OTHER
}
