package org.huzhu.plans.domain;

import java.util.List;
import org.huzhu.kernel.money.Money;

/** The engine's answer: the payable amount, and every step that led to it. {@code reason} is set when nothing is payable by rule. */
public record Evaluation(Money payable, List<Step> steps, ReasonCode reason) {

    public Evaluation {
        steps = List.copyOf(steps);
    }

    public boolean rejected() {
        return reason != null;
    }
}
