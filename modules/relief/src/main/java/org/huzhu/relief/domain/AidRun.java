package org.huzhu.relief.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.huzhu.relief.api.AidGroup;

/** A secondary-aid run's definition, state and totals. */
@Entity
@Table(name = "aid_run")
public class AidRun extends PayableList {

    @Column(nullable = false)
    private String name;
    @Column(name = "claims_from", nullable = false)
    private LocalDate claimsFrom;
    @Column(name = "claims_to", nullable = false)
    private LocalDate claimsTo;
    @Column(name = "plan_codes", nullable = false)
    private String planCodes;
    @Column(nullable = false)
    private String bands;
    @Column(name = "extra_hardship", nullable = false)
    private String extraHardship;
    @Column(name = "extra_major_illness", nullable = false)
    private String extraMajorIllness;
    @Column(name = "extra_model_worker", nullable = false)
    private String extraModelWorker;
    @Column(name = "member_cap_fen")
    private Long memberCapFen;
    @Column(name = "budget_fen", nullable = false)
    private long budgetFen;
    @Column(name = "model_workers", nullable = false)
    private String modelWorkers;
    @Column(name = "major_illness_codes", nullable = false)
    private String majorIllnessCodes;

    protected AidRun() {
    }

    @SuppressWarnings("java:S107")
    public AidRun(String name, LocalDate claimsFrom, LocalDate claimsTo, List<String> planCodes, AidRule rule,
                  Set<Long> modelWorkers, Set<String> majorIllnessCodes, String createdBy, LocalDateTime createdAt) {
        super(createdBy, createdAt);
        this.name = name;
        this.claimsFrom = claimsFrom;
        this.claimsTo = claimsTo;
        this.planCodes = String.join(",", planCodes);
        this.bands = BandText.format(rule.bands());
        this.extraHardship = BandText.format(rule.extraBands().getOrDefault(AidGroup.HARDSHIP, List.of()));
        this.extraMajorIllness = BandText.format(rule.extraBands().getOrDefault(AidGroup.MAJOR_ILLNESS, List.of()));
        this.extraModelWorker = BandText.format(rule.extraBands().getOrDefault(AidGroup.MODEL_WORKER, List.of()));
        this.memberCapFen = rule.memberCapFen();
        this.budgetFen = rule.budgetFen();
        this.modelWorkers = modelWorkers.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
        this.majorIllnessCodes = String.join(",", majorIllnessCodes.stream().sorted().toList());
    }

    public AidRule rule() {
        Map<AidGroup, List<AidBand>> extra = new EnumMap<>(AidGroup.class);
        extra.put(AidGroup.HARDSHIP, BandText.parse(extraHardship));
        extra.put(AidGroup.MAJOR_ILLNESS, BandText.parse(extraMajorIllness));
        extra.put(AidGroup.MODEL_WORKER, BandText.parse(extraModelWorker));
        extra.values().removeIf(List::isEmpty);
        return new AidRule(BandText.parse(bands), extra, memberCapFen, budgetFen);
    }

    /** The lines just written, summed. */
    public void computed(List<AidRule.Line> lines, LocalDateTime at) {
        computed(lines.stream().filter(AidRule.Line::withinBudget).mapToLong(AidRule.Line::aidFen).toArray(),
                lines.stream().filter(l -> !l.withinBudget()).mapToLong(AidRule.Line::aidFen).toArray(), at);
    }

    public String name() { return name; }
    public LocalDate claimsFrom() { return claimsFrom; }
    public LocalDate claimsTo() { return claimsTo; }

    public List<String> planCodes() {
        return Arrays.asList(planCodes.split(","));
    }

    public Set<Long> modelWorkers() {
        return modelWorkers.isEmpty() ? Set.of()
                : Arrays.stream(modelWorkers.split(",")).map(Long::valueOf).collect(Collectors.toSet());
    }

    public Set<String> majorIllnessCodes() {
        return majorIllnessCodes.isEmpty() ? Set.of() : Set.of(majorIllnessCodes.split(","));
    }
}
