package org.huzhu.relief.application;

import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.huzhu.relief.api.AidGroup;
import org.huzhu.relief.api.AidRuns.Band;
import org.huzhu.relief.api.AidRuns.GroupBands;
import org.huzhu.relief.api.AidRuns.RunForm;
import org.huzhu.relief.domain.AidBand;
import org.huzhu.relief.domain.AidRule;
import org.huzhu.relief.domain.AidRun;
import org.huzhu.tenancy.api.Refused;

/** A run's definition read field by field, each broken rule a 400 naming its field. */
final class AidRunForms {

    static final int MAX_MODEL_WORKERS = 100_000;
    static final int MAX_WINDOW_YEARS = 3;

    private AidRunForms() {
    }

    static AidRun read(RunForm form, String actor, LocalDateTime now) {
        if (form == null || form.name() == null || form.name().isBlank() || form.name().length() > 100) {
            throw Refused.badInput("name", "relief.refused.runName");
        }
        if (form.claimsFrom() == null || form.claimsTo() == null || form.claimsTo().isBefore(form.claimsFrom())
                || form.claimsFrom().plusYears(MAX_WINDOW_YEARS).isBefore(form.claimsTo())) {
            throw Refused.badInput("claimsTo", "relief.refused.window", MAX_WINDOW_YEARS);
        }
        List<String> plans = form.planCodes() == null ? List.of() : form.planCodes();
        if (plans.isEmpty() || plans.stream().anyMatch(p -> p == null || p.isBlank() || p.contains(","))
                || String.join(",", plans).length() > 400) {
            throw Refused.badInput("planCodes", "relief.refused.planCodes");
        }
        List<Long> modelWorkers = form.modelWorkerMemberIds() == null ? List.of() : form.modelWorkerMemberIds();
        // List.of() refuses contains(null): ask the stream
        if (modelWorkers.size() > MAX_MODEL_WORKERS || modelWorkers.stream().anyMatch(java.util.Objects::isNull)) {
            throw Refused.badInput("modelWorkerMemberIds", "relief.refused.modelWorkers", MAX_MODEL_WORKERS);
        }
        Set<String> major = new HashSet<>(form.majorIllnessCodes() == null ? List.of() : form.majorIllnessCodes());
        if (major.contains(null) || major.stream().anyMatch(c -> c.contains(",")) || String.join(",", major).length() > 2000) {
            throw Refused.badInput("majorIllnessCodes", "relief.refused.code");
        }
        return new AidRun(form.name().strip(), form.claimsFrom(), form.claimsTo(), plans.stream().map(String::strip)
                .distinct().toList(), rule(form), new HashSet<>(modelWorkers), major, actor, now);
    }

    private static AidRule rule(RunForm form) {
        if (form.budgetFen() <= 0) {
            throw Refused.badInput("budgetFen", "relief.refused.amount");
        }
        if (form.memberCapFen() != null && form.memberCapFen() <= 0) {
            throw Refused.badInput("memberCapFen", "relief.refused.amount");
        }
        List<AidBand> base = bands("bands", form.bands());
        if (base.isEmpty()) {
            throw Refused.badInput("bands", "relief.refused.bands");
        }
        Map<AidGroup, List<AidBand>> extra = new EnumMap<>(AidGroup.class);
        if (form.extraBands() != null) {
            for (GroupBands group : form.extraBands()) {
                if (group == null || group.group() == null || extra.containsKey(group.group())) {
                    throw Refused.badInput("extraBands", "relief.refused.bands");
                }
                List<AidBand> scale = bands("extraBands." + group.group(), group.bands());
                if (!scale.isEmpty()) {
                    extra.put(group.group(), scale);
                }
            }
        }
        try {
            return new AidRule(base, extra, form.memberCapFen(), form.budgetFen());
        } catch (IllegalArgumentException e) {
            throw Refused.badInput("bands", "relief.refused.bands");
        }
    }

    private static List<AidBand> bands(String field, List<Band> bands) {
        if (bands == null) {
            return List.of();
        }
        if (bands.size() > 20 || bands.stream().anyMatch(java.util.Objects::isNull)) {
            throw Refused.badInput(field, "relief.refused.bands");
        }
        try {
            List<AidBand> scale = bands.stream().map(b -> new AidBand(b.fromFen(), b.toFen(), b.amountFen(),
                    b.sharePercent(), b.capFen())).toList();
            AidBand.requireDisjoint(scale);
            return scale;
        } catch (IllegalArgumentException e) {
            throw Refused.badInput(field, "relief.refused.bands");
        }
    }
}
