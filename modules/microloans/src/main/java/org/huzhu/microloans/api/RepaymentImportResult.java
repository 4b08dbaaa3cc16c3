package org.huzhu.microloans.api;

import java.util.List;

/**
 * What a repayment file did: lines read, repayments recorded, lines already recorded by an earlier import (the
 * bank's reference seen before), and the lines refused with line, field and rule (and the rule in words).
 */
public record RepaymentImportResult(int lines, int recorded, int alreadyRecorded, List<LineProblem> problems) {

    public record LineProblem(int line, String field, String rule, String zh, String en) {
    }
}
