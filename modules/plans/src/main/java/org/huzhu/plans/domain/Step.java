package org.huzhu.plans.domain;

import org.huzhu.kernel.money.Money;

/** One line of an explanation: the rule applied and the amount before and after it. */
public record Step(String rule, Text text, Money before, Money after) {
}
