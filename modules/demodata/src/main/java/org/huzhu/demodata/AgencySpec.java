package org.huzhu.demodata;

/** An agency office of the demo org tree. */
public record AgencySpec(String code, String name) {
}
