package org.huzhu.plans.api;

/** One checked plan file as it is stored: the plan it defines, its file name and its text. */
public record PlanFileText(String planCode, String fileName, String content) {
}
