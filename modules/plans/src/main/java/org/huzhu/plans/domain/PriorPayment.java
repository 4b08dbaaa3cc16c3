package org.huzhu.plans.domain;

import java.time.LocalDate;
import org.huzhu.kernel.money.Money;

/** A benefit already paid under the same cover: counts toward caps and count limits. */
public record PriorPayment(String benefitCode, String diseaseCode, LocalDate eventDate, Money amount) {
}
