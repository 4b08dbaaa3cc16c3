package org.huzhu.plans.domain;

/** A phrase in both languages the portal speaks. */
public record Text(String zh, String en) {

    public static Text of(String zh, String en) {
        return new Text(zh, en);
    }
}
