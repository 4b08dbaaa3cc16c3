package org.huzhu.enrolment.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A fee statement (会费缴纳通知单): what a grassroots union owes the city office for the enrolments of a term,
 * one line per plan. Amounts are fen; the total must be the sum of the lines.
 *
 * @param tenantName  the city office issuing it, e.g. 北京市职工互助保障服务中心
 * @param statementNo the number the union quotes when paying
 * @param payBy       the last day to pay
 */
public record FeeStatement(String tenantName, String unionName, String unionCode, String statementNo,
                           LocalDate issuedOn, LocalDate termStart, LocalDate payBy, List<Line> lines, long totalFen) {

    /** One plan's enrolments: how many members, how many units in all, and their fee in fen. */
    public record Line(String planName, int members, int units, long feeFen) {
        public Line {
            Objects.requireNonNull(planName, "planName");
            if (members < 0 || units < 0 || feeFen < 0) {
                throw new IllegalArgumentException("a fee statement line has no negative figures: " + planName);
            }
        }
    }

    public FeeStatement {
        Objects.requireNonNull(tenantName, "tenantName");
        Objects.requireNonNull(unionName, "unionName");
        Objects.requireNonNull(unionCode, "unionCode");
        Objects.requireNonNull(statementNo, "statementNo");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(termStart, "termStart");
        Objects.requireNonNull(payBy, "payBy");
        lines = List.copyOf(lines);
        long sum = lines.stream().mapToLong(Line::feeFen).reduce(0L, Math::addExact);
        if (sum != totalFen) {
            throw new IllegalArgumentException("statement " + statementNo + ": the total " + totalFen
                    + " fen is not the sum of its lines, " + sum + " fen");
        }
    }

    public int totalMembers() {
        return lines.stream().mapToInt(Line::members).reduce(0, Math::addExact);
    }

    public int totalUnits() {
        return lines.stream().mapToInt(Line::units).reduce(0, Math::addExact);
    }
}
