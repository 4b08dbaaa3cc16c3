/**
 * The enrolment list's file formats, outside the domain because they depend on file libraries: the Excel
 * template a grassroots clerk fills in and its streaming reader, the Excel list of bad rows handed back to
 * the clerk (Apache POI), and the fee statement PDF a union pays from (Apache PDFBox). Plain code with no
 * server, database or tenant: callers pass streams and records in and get bytes or rows out.
 */
package org.huzhu.enrolment.infrastructure;
