package org.huzhu.demodata;

/** What a generation wrote; {@code skipped} when the tenant already had an org tree. */
public record DemoDataResult(int orgUnits, int members, boolean skipped) {
}
