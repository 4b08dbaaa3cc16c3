/** Payout runs, payments, the bank file formats and their rules; no framework but JPA mappings. */
package org.huzhu.payouts.domain;
