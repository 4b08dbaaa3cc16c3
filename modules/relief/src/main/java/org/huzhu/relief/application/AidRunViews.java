package org.huzhu.relief.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.huzhu.relief.api.AidGroup;
import org.huzhu.relief.api.AidRuns.AidRunView;
import org.huzhu.relief.api.AidRuns.Band;
import org.huzhu.relief.api.AidRuns.GroupBands;
import org.huzhu.relief.api.AidRuns.LineView;
import org.huzhu.relief.api.AidRuns.Step;
import org.huzhu.relief.domain.AidBand;
import org.huzhu.relief.domain.AidLine;
import org.huzhu.relief.domain.AidRule;
import org.huzhu.relief.domain.AidRun;
import org.huzhu.relief.domain.AidWorking;

/** Runs and lines as the api answers them. */
@ApplicationScoped
public class AidRunViews {

    AidRunView of(AidRun run) {
        AidRule rule = run.rule();
        List<GroupBands> extra = java.util.Arrays.stream(AidGroup.values()).filter(rule.extraBands()::containsKey)
                .map(g -> new GroupBands(g, bands(rule.extraBands().get(g)))).toList();
        return new AidRunView(run.id(), run.name(), run.claimsFrom(), run.claimsTo(), run.planCodes(),
                bands(rule.bands()), extra, rule.memberCapFen(), rule.budgetFen(), run.status().name(),
                run.createdBy(), run.computedAt(), run.approvedBy(), run.lineCount(), run.linesWithin(),
                run.totalWithinFen(), run.linesCut(), run.totalCutFen());
    }

    static List<Band> bands(List<AidBand> scale) {
        return scale.stream().map(b -> new Band(b.fromFen(), b.toFen(), b.amountFen(), b.sharePercent(), b.capFen()))
                .toList();
    }

    static LineView line(AidLine l) {
        return new LineView(l.id(), l.position(), l.memberId(), l.memberName(), l.groups(), l.selfPaidFen(),
                l.paidFen(), l.remainingFen(), l.aidFen(), l.withinBudget(), l.status().name(),
                AidWorking.parse(l.working()).stream().map(s -> new Step(s.code(), s.params())).toList());
    }
}
