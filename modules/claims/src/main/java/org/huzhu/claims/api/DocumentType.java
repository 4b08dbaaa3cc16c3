package org.huzhu.claims.api;

/** A kind of document a plan requires with a claim (e.g. the hospital invoice). */
public record DocumentType(String code, String zh, String en) {
}
