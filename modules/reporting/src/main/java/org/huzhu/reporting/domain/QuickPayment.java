package org.huzhu.reporting.domain;

import java.time.LocalDate;
import org.huzhu.kernel.calendar.WorkingDayCalendar;

/** The "claims paid within 10 working days" (快速理赔), in the tenant's working days. */
public final class QuickPayment {

    static final int WORKING_DAYS = 10;

    private QuickPayment() {
    }

    /**
     * The last day a claim filed on the day counts as paid within 10 working days: at most 10 working days after
     * filing, so the day before the 11th working day (a payment on the weekend after the 10th still counts).
     */
    public static LocalDate until(WorkingDayCalendar days, LocalDate filedOn) {
        return days.addWorkingDays(filedOn, WORKING_DAYS + 1).minusDays(1);
    }
}
