/**
 * Claims as other modules and the edges see them: filing a claim with its facts and receipts, the automatic
 * checks and the engine's valuation, decisions under delegated authority (maker-checker), SLA due dates and
 * queues, and the append-only audit trail. (The claims a payout run pays are offered through payouts' api,
 * {@code PayableSource}, implemented by {@code ClaimPayables}.)
 */
package org.huzhu.claims.api;
