package org.huzhu.plans.domain;

/** An entry of a plan's disease catalogue (critical illness, female special diseases, mild illness). */
public record Disease(String code, Text name) {
}
