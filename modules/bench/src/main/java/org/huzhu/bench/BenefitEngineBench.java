package org.huzhu.bench;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.huzhu.kernel.money.Money;
import org.huzhu.plans.domain.BenefitEngine;
import org.huzhu.plans.domain.ClaimFacts;
import org.huzhu.plans.domain.Cover;
import org.huzhu.plans.domain.Evaluation;
import org.huzhu.plans.domain.PlanVersion;
import org.huzhu.plans.domain.PriorPayment;
import org.huzhu.plans.infrastructure.PlanFileParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Evaluations per second of the benefit engine on one thread, on Beijing's shipped plans: a simple fixed-sum
 * claim, a banded reimbursement, and a reimbursement with a year of earlier payments against its cap.
 * Run: {@code ./huzhu bench-engine}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BenefitEngineBench {

    private static final LocalDate TERM = LocalDate.of(2024, 1, 1);

    private final BenefitEngine engine = new BenefitEngine();
    private PlanVersion criticalIllness;
    private PlanVersion medical;
    private Cover cover;
    private ClaimFacts diagnosis;
    private ClaimFacts selfPaid;
    private List<PriorPayment> yearOfPayments;

    @Setup
    public void load() throws Exception {
        criticalIllness = version("critical-illness.yaml");
        medical = version("inpatient-medical.yaml");
        cover = new Cover("any", 1, 2, TERM, TERM.plusYears(1).minusDays(1), TERM);
        diagnosis = ClaimFacts.disease("diagnosis", TERM.plusDays(120), "malignant-tumour");
        selfPaid = ClaimFacts.selfPaid("medical", TERM.plusDays(200), Money.ofYuan("23456.78"));
        yearOfPayments = List.of(new PriorPayment("medical", null, TERM.plusDays(40), Money.ofYuan("1200.00")),
                new PriorPayment("medical", null, TERM.plusDays(90), Money.ofYuan("800.50")),
                new PriorPayment("medical", null, TERM.plusDays(150), Money.ofYuan("2500.00")));
    }

    @Benchmark
    public Evaluation fixedSumDiagnosis() {
        return engine.evaluate(criticalIllness, cover, List.of(), diagnosis);
    }

    @Benchmark
    public Evaluation bandedReimbursement() {
        return engine.evaluate(medical, cover, List.of(), selfPaid);
    }

    @Benchmark
    public Evaluation reimbursementAgainstYearlyCap() {
        return engine.evaluate(medical, cover, yearOfPayments, selfPaid);
    }

    private static PlanVersion version(String file) throws Exception {
        Path dir = Paths.get("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("tenant-config"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("run from inside the repository: tenant-config not found");
        }
        String text = Files.readString(dir.resolve("tenant-config/beijing/plans").resolve(file));
        return PlanFileParser.parse(file, new StringReader(text)).versionOn(TERM.plusDays(1)).orElseThrow();
    }
}
