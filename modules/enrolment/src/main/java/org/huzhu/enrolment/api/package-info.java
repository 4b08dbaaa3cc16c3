/**
 * Enrolment as other modules and the edges see it: enrolment imports (a clerk's list checked, reviewed,
 * submitted and paid for), each member's cover, and enrolment figures for the office and headquarters.
 */
package org.huzhu.enrolment.api;
