package org.huzhu.relief.application;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.huzhu.relief.api.ApplicationStatus;
import org.huzhu.relief.api.HardshipStatus;
import org.huzhu.relief.api.ReliefFigures;
import org.huzhu.relief.api.ReliefFigures.Category;
import org.huzhu.relief.api.ReliefFigures.Figure;
import org.huzhu.relief.domain.AidRunStatus;
import org.huzhu.relief.domain.FundEntry;

/**
 * Counts a tenant's relief figures through the entity manager it is given: the office's own, or one city's for
 * headquarters through the entity manager headquarters' reader binds to that city. An office decides a few
 * thousand aids a year, so the two years' aids are read once and grouped in memory.
 */
final class ReliefFigureReader {

    /** One decided aid: what it belongs to, where the member is, how much, and the day it was decided. */
    record Aid(Category category, String item, String orgPath, long amountFen, int year) {
    }

    private static final List<ApplicationStatus> GRANTED = List.of(ApplicationStatus.GRANTED,
            ApplicationStatus.SCHEDULED, ApplicationStatus.PAID, ApplicationStatus.PAYMENT_FAILED);

    private final EntityManager em;

    ReliefFigureReader(EntityManager em) {
        this.em = em;
    }

    /** {@code agencyOf}: the agency office of an org path ("" when none), or null to leave agencies out. */
    ReliefFigures figures(int year, Function<String, String> agencyOf) {
        List<Aid> aids = aids(year);
        List<Figure> agencies = agencyOf == null ? List.of() : group(aids, year, a -> null, a -> agencyOf.apply(a.orgPath()));
        return new ReliefFigures(year, group(aids, year, Aid::category, a -> ""),
                group(aids, year, Aid::category, Aid::item), agencies, fundBalance(year),
                householdsOut(year), householdsOut(year - 1), em.createQuery("SELECT COUNT(f) FROM HardshipFile f "
                        + "WHERE f.status = :s", Long.class).setParameter("s", HardshipStatus.IN_HARDSHIP)
                .getSingleResult());
    }

    List<Aid> aids(int year) {
        LocalDateTime from = LocalDate.of(year - 1, 1, 1).atStartOfDay();
        LocalDateTime to = LocalDate.of(year + 1, 1, 1).atStartOfDay();
        List<Aid> aids = new ArrayList<>();
        em.createQuery("SELECT r.name, l.orgPath, l.aidFen, r.approvedAt FROM AidLine l, AidRun r WHERE l.runId = r.id "
                        + "AND r.status = :s AND l.withinBudget = true AND r.approvedAt >= :from AND r.approvedAt < :to",
                Object[].class).setParameter("s", AidRunStatus.APPROVED).setParameter("from", from)
                .setParameter("to", to).getResultList().forEach(r -> aids.add(aid(Category.SECONDARY_AID, r)));
        em.createQuery("SELECT i.name, l.orgPath, l.amountFen, i.approvedAt FROM CondolenceLine l, CondolenceItem i "
                        + "WHERE l.itemId = i.id AND i.status = :s AND l.withinBudget = true AND i.approvedAt >= :from "
                        + "AND i.approvedAt < :to", Object[].class).setParameter("s", AidRunStatus.APPROVED)
                .setParameter("from", from).setParameter("to", to).getResultList()
                .forEach(r -> aids.add(aid(Category.CONDOLENCE, r)));
        em.createQuery("SELECT a.kind, a.orgPath, a.grantedFen, a.decidedAt FROM ReliefApplication a WHERE a.status IN "
                        + ":s AND a.decidedAt >= :from AND a.decidedAt < :to", Object[].class)
                .setParameter("s", GRANTED).setParameter("from", from).setParameter("to", to).getResultList()
                .forEach(r -> aids.add(aid(Category.RELIEF_FUND, new Object[] {((Enum<?>) r[0]).name(), r[1], r[2],
                        r[3]})));
        return aids;
    }

    private static Aid aid(Category category, Object[] row) {
        return new Aid(category, (String) row[0], (String) row[1], ((Number) row[2]).longValue(),
                ((LocalDateTime) row[3]).getYear());
    }

    /** Rows keyed by category (null: all) and name, this year against last, in the order first met. */
    private static List<Figure> group(List<Aid> aids, int year, Function<Aid, Category> category,
                                      Function<Aid, String> name) {
        Map<String, long[]> rows = new TreeMap<>();
        Map<String, Category> categories = new TreeMap<>();
        for (Aid a : aids) {
            Category c = category.apply(a);
            String key = (c == null ? "" : c.ordinal()) + "\u0000" + name.apply(a);
            categories.put(key, c);
            long[] r = rows.computeIfAbsent(key, k -> new long[4]);
            int at = a.year() == year ? 0 : 2;
            r[at]++;
            r[at + 1] += a.amountFen();
        }
        return rows.entrySet().stream().map(e -> new Figure(categories.get(e.getKey()),
                e.getKey().substring(e.getKey().indexOf('\u0000') + 1), e.getValue()[0], e.getValue()[1],
                e.getValue()[2], e.getValue()[3])).toList();
    }

    /**
     * The balance at each month's end: donations less grants dated on or before it (summed by date, as an entry
     * may be recorded after a later-dated one; the ledger's own running balance is in recording order).
     */
    private List<ReliefFigures.MonthBalance> fundBalance(int year) {
        List<FundEntry> entries = em.createQuery("SELECT e FROM FundEntry e WHERE e.entryDate <= :end "
                + "ORDER BY e.entryDate, e.id", FundEntry.class).setParameter("end", LocalDate.of(year, 12, 31))
                .getResultList();
        List<ReliefFigures.MonthBalance> months = new ArrayList<>();
        int next = 0;
        long balance = 0;
        for (int m = 1; m <= 12; m++) {
            LocalDate end = YearMonth.of(year, m).atEndOfMonth();
            while (next < entries.size() && !entries.get(next).entryDate().isAfter(end)) {
                FundEntry e = entries.get(next++);
                balance += FundEntry.DONATION.equals(e.kind()) ? Math.abs(e.amountFen()) : -Math.abs(e.amountFen());
            }
            months.add(new ReliefFigures.MonthBalance(m, balance));
        }
        return months;
    }

    private long householdsOut(int year) {
        return em.createQuery("SELECT COUNT(f) FROM HardshipFile f WHERE f.status = :s AND f.outOn >= :from "
                        + "AND f.outOn < :to", Long.class).setParameter("s", HardshipStatus.OUT_OF_HARDSHIP)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year + 1, 1, 1))
                .getSingleResult();
    }
}
