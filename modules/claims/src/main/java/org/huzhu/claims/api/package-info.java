/**
 * Claims as other modules and the edges see them: filing a claim with its facts and receipts, the automatic
 * checks and the engine's valuation, decisions under delegated authority (maker-checker), SLA due dates and
 * queues, the claims a payout run may pay, and the append-only audit trail.
 */
package org.huzhu.claims.api;
