/**
 * Payout runs (周赔) as the edges and other modules see them: gathering approved claims into a run, the
 * second person's approval, the bank's direct-payout file (直赔到卡) and its result file. Amounts are yuan as
 * text and fen; card numbers appear nowhere but in the bank file.
 */
package org.huzhu.payouts.api;
