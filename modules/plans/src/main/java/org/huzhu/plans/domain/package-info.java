/**
 * Protection plans and the benefit engine: pure domain code with no I/O. A plan has versions; a version
 * holds the fee, term, window, eligibility, waiting period and benefit rules in force for a period; the
 * engine values a claim against the version its enrolment follows and explains every step.
 */
package org.huzhu.plans.domain;
