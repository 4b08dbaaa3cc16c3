package org.huzhu.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.huzhu.claims.api.ClaimsFiled;
import org.huzhu.claims.api.ClaimsPaid;
import org.huzhu.enrolment.api.EnrolmentsSubmitted;
import org.huzhu.enrolment.api.FeesPaid;
import org.huzhu.kernel.calendar.WorkingDayCalendar;
import org.huzhu.payouts.api.PaymentsGathered;
import org.huzhu.payouts.api.PaymentsSettled;
import org.huzhu.reporting.domain.Figure;
import org.huzhu.reporting.domain.FigureDeltas;
import org.huzhu.reporting.domain.FigureDeltas.Cell;
import org.huzhu.reporting.domain.QuickPayment;
import org.huzhu.tenancy.api.TenantCalendar;

/**
 * Keeps the read model up to date from the source modules' events. Plain {@code @Observes}: the observer runs in
 * the writer's transaction, so the figures commit or roll back with the records they count (an
 * {@code @Observes(during = AFTER_SUCCESS)} would run after the commit and could be lost in a crash). A module
 * joining the reports fires its own event the same way and gets an observer method here.
 */
@ApplicationScoped
public class FigureObservers {

    @Inject
    FigureStore store;

    @Inject
    TenantCalendar calendar;

    void enrolled(@Observes EnrolmentsSubmitted event) {
        FigureDeltas deltas = new FigureDeltas();
        for (EnrolmentsSubmitted.Line line : event.lines()) {
            deltas.add(Cell.of(line.day(), Figure.ENROLMENTS, line.planCode(), line.agencyId()), 1, line.feeFen());
            if (line.newMember()) {
                deltas.add(Cell.of(line.day(), Figure.NEW_MEMBERS, line.planCode(), line.agencyId()), 1, 0);
            }
        }
        store.write(event.tenant(), deltas);
    }

    void feesPaid(@Observes FeesPaid event) {
        store.write(event.tenant(), new FigureDeltas().add(Cell.of(event.paidOn(), Figure.FEES_COLLECTED, "",
                event.agencyId()), 1, event.amountFen()));
    }

    void filed(@Observes ClaimsFiled event) {
        FigureDeltas deltas = new FigureDeltas();
        event.lines().forEach(l -> deltas.add(Cell.of(l.filedOn(), Figure.CLAIMS_FILED, l.planCode(), l.agencyId()), 1, 0));
        store.write(event.tenant(), deltas);
    }

    void paid(@Observes ClaimsPaid event) {
        WorkingDayCalendar days = calendar.calendar();
        FigureDeltas deltas = new FigureDeltas();
        for (ClaimsPaid.Line l : event.lines()) {
            deltas.add(Cell.of(l.paidOn(), Figure.CLAIMS_PAID, l.planCode(), l.agencyId()), 1, l.amountFen());
            if (!l.paidOn().isAfter(l.dueDate())) {
                deltas.add(Cell.of(l.paidOn(), Figure.CLAIMS_PAID_BY_DUE, l.planCode(), l.agencyId()), 1, l.amountFen());
            }
            if (!l.paidOn().isAfter(QuickPayment.until(days, l.filedOn()))) {
                deltas.add(Cell.of(l.paidOn(), Figure.CLAIMS_PAID_IN_10_DAYS, l.planCode(), l.agencyId()), 1,
                        l.amountFen());
            }
        }
        store.write(event.tenant(), deltas);
    }

    void gathered(@Observes PaymentsGathered event) {
        store.write(event.tenant(), new FigureDeltas().add(Cell.of(event.day(), Figure.PAYMENTS_GATHERED, "", null),
                event.count(), event.amountFen()));
    }

    void settled(@Observes PaymentsSettled event) {
        store.write(event.tenant(), new FigureDeltas()
                .add(Cell.of(event.day(), Figure.PAYMENTS_PAID, "", null), event.paidCount(), event.paidFen())
                .add(Cell.of(event.day(), Figure.PAYMENTS_FAILED, "", null), event.failedCount(), event.failedFen()));
    }
}
