package org.huzhu.payouts.api;

/** The bank's direct-payout file as downloaded: it holds card numbers in clear, so it is never stored. */
public record BankFile(String fileName, byte[] content, String sha256, int count, String total) {
}
