package org.huzhu.demodata;

/**
 * A grassroots union of the demo org tree that has joined but enrolled nobody yet: its staff come with its
 * first list (the README's example list is for such a union), so the generator gives it no members.
 *
 * @param parentCode the agency office it belongs to
 * @param headcount  its registered staff, which the participation rule counts against
 */
public record NewUnionSpec(String code, String parentCode, String name, int headcount) {
}
