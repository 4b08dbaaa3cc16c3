package org.huzhu.microloans.application;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.huzhu.microloans.api.SubsidyView;
import org.huzhu.microloans.domain.SubsidyWorking;

/**
 * A subsidy's working as stored in {@code loan_subsidy.working}: one line per instalment, fields separated by
 * {@code ;}: instalment, due date, due, paid, paid in full on (empty if not), interest, borrower's interest,
 * subsidised interest, penalty, outcome code, subsidy. Figures in fen, codes only: translated when shown.
 */
final class WorkingText {

    private WorkingText() {
    }

    static String write(SubsidyWorking w) {
        return w.lines().stream().map(l -> String.join(";", String.valueOf(l.instalment()), l.dueDate().toString(),
                String.valueOf(l.dueFen()), String.valueOf(l.paidFen()),
                l.paidInFullOn() == null ? "" : l.paidInFullOn().toString(), String.valueOf(l.interestFen()),
                String.valueOf(l.borrowerInterestFen()), String.valueOf(l.subsidisedInterestFen()),
                String.valueOf(l.penaltyFen()), l.outcome().name(), String.valueOf(l.subsidyFen())))
                .collect(Collectors.joining("\n"));
    }

    static List<SubsidyView.WorkingLine> read(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        return Arrays.stream(stored.split("\n")).map(line -> {
            String[] f = line.split(";", -1);
            return new SubsidyView.WorkingLine(Integer.parseInt(f[0]), LocalDate.parse(f[1]), Long.parseLong(f[2]),
                    Long.parseLong(f[3]), f[4].isEmpty() ? null : LocalDate.parse(f[4]), Long.parseLong(f[5]),
                    Long.parseLong(f[6]), Long.parseLong(f[7]), Long.parseLong(f[8]), f[9], Long.parseLong(f[10]));
        }).toList();
    }
}
