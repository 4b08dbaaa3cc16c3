package org.huzhu.enrolment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.huzhu.enrolment.domain.EnrolmentImport;
import org.huzhu.enrolment.domain.FeeStatement;
import org.huzhu.enrolment.domain.ImportTotal;
import org.huzhu.enrolment.domain.RowError;
import org.huzhu.enrolment.infrastructure.EnrolmentWorkbook;
import org.huzhu.enrolment.infrastructure.FeeStatementPdf;
import org.huzhu.org.api.EnrollingUnion;
import org.huzhu.plans.api.EnrolmentRules;
import org.huzhu.plans.api.PlanCatalog;
import org.huzhu.plans.api.PlanView;
import org.huzhu.tenancy.api.TenantContext;
import org.huzhu.tenancy.api.TenantDirectory;

/** The files a clerk downloads: the template, the bad rows with their errors, the fee statement. */
@ApplicationScoped
public class ImportDocuments {

    /** The office has this many days after the statement to receive the fee. */
    static final int DAYS_TO_PAY = 30;

    @Inject
    ImportStore store;

    @Inject
    PlanCatalog catalog;

    @Inject
    TenantContext context;

    @Inject
    TenantDirectory tenants;

    public void errorWorkbook(EnrolmentImport job, OutputStream out) {
        Map<Integer, List<RowError>> byRow = new TreeMap<>();
        store.errors(job.id(), 0, Integer.MAX_VALUE).forEach(e ->
                byRow.computeIfAbsent(e.rowNumber(), n -> new ArrayList<>()).add(e));
        Set<Integer> bad = byRow.keySet();
        List<EnrolmentWorkbook.ErrorLine> lines = new ArrayList<>();
        RowSource.read(job.fileKind(), store.content(job.id()), row -> {
            if (bad.contains(row.rowNumber())) {
                lines.add(new EnrolmentWorkbook.ErrorLine(row.rowNumber(), row, byRow.get(row.rowNumber())));
            }
        });
        EnrolmentWorkbook.writeErrors(out, lines.iterator());
    }

    public byte[] feeStatement(EnrolmentImport job, EnrollingUnion union, List<ImportTotal> totals) {
        EnrolmentRules rules = catalog.enrolmentRules();
        Map<String, String> names = rules.planNames();
        List<FeeStatement.Line> lines = totals.stream().map(t -> new FeeStatement.Line(
                names.getOrDefault(t.planCode(), t.planCode()), t.members(), t.units(), t.feeFen())).toList();
        String office = tenants.find(context.tenant()).map(t -> t.nameZh()).orElse(context.tenant().value());
        LocalDate issued = LocalDate.now();
        return FeeStatementPdf.render(new FeeStatement(office, union.name(), union.code(), "ENR-" + job.id(), issued,
                job.termStart(), issued.plusDays(DAYS_TO_PAY), lines, job.feeFen()));
    }

    public byte[] template(LocalDate termStart) {
        EnrolmentRules rules = catalog.enrolmentRules();
        List<EnrolmentWorkbook.TemplatePlan> open = new ArrayList<>();
        for (PlanView plan : catalog.plans()) {
            rules.term(plan.code(), termStart).ifPresent(term -> plan.versions().stream()
                    .filter(v -> v.number() == term.version()).findFirst()
                    .ifPresent(v -> open.add(new EnrolmentWorkbook.TemplatePlan(plan.code(), plan.nameZh(),
                            v.feePerUnit(), v.minUnits(), v.maxUnits()))));
        }
        return EnrolmentWorkbook.template(open);
    }
}
