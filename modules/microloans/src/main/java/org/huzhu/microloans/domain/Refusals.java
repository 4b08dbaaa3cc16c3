package org.huzhu.microloans.domain;

import java.math.BigDecimal;
import org.huzhu.tenancy.api.Refused;

/** The module's refusals, with their message keys (i18n {@code microloans.refused.*}). */
public final class Refusals {

    private Refusals() {
    }

    /** 409: the step cannot be taken in this state; names both. */
    public static Refused state(Object status, Step step) {
        return Refused.conflict("microloans.refused.state", String.valueOf(status), step.name());
    }

    public static Refused required(String field) {
        return Refused.badInput(field, "microloans.refused.required");
    }

    /** 400: an amount outside the product's range, the range named in yuan. */
    public static Refused amountRange(String field, long minFen, long maxFen) {
        return Refused.badInput(field, "microloans.refused.amountRange", yuan(minFen), yuan(maxFen));
    }

    public static Refused monthsRange(String field, int min, int max) {
        return Refused.badInput(field, "microloans.refused.monthsRange", min, max);
    }

    public static String yuan(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }

    /** 409: the subsidy is not in a state that allows this. */
    public static Refused subsidyState(Object status, String action) {
        return Refused.conflict("microloans.refused.subsidyState", String.valueOf(status), action);
    }
}
