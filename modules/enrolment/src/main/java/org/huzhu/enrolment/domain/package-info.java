/**
 * Enrolment rules that need no I/O: reading a clerk's enrolment list (CSV as exported from HR systems) and
 * checking every row, so that each bad row is reported with its number, field and rule, and only good rows
 * go on; the column names every list format shares ({@link org.huzhu.enrolment.domain.EnrolmentColumns}) and
 * the fee statement a union pays from. Storage, jobs and views come in the next steps of the enrolment capability.
 */
package org.huzhu.enrolment.domain;
