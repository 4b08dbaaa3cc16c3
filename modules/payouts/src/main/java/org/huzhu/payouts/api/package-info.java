/**
 * Payout runs (周赔) as the edges and other modules see them: gathering every module's approved payables
 * (claims, secondary aid, condolences, relief grants, loan subsidies, campaign cash; each module implements
 * {@link org.huzhu.payouts.api.PayableSource}) into a run, the second person's approval, the bank's
 * direct-payout file (直赔到卡) and its result file. Amounts are yuan as text and fen; card numbers appear nowhere
 * but in the bank file.
 */
package org.huzhu.payouts.api;
