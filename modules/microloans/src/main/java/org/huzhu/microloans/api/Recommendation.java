package org.huzhu.microloans.api;

/** The field investigators' recommendation (下户调查结论). */
public enum Recommendation { LEND, DO_NOT_LEND }
