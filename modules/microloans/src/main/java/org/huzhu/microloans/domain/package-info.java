/**
 * The rules of start-up microloans, in plain Java: repayment schedules exact in fen, the split of each
 * instalment's interest into the borrower's part and the subsidised part, the subsidy a settlement period owes,
 * and the application pipeline's states. No persistence, no web, no UI.
 */
package org.huzhu.microloans.domain;
