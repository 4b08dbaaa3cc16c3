package org.huzhu.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.core.domain.Dependency;
import java.util.List;
import org.huzhu.tenancy.api.BackgroundJobs;
import org.huzhu.tenancy.api.Leases;
import org.huzhu.tenancy.api.RetriedOnConflict;
import org.huzhu.tenancy.api.SmsGateway;
import org.junit.jupiter.api.Test;

/**
 * The module rules, checked on the compiled classes of every module: a module uses another only through
 * its api package (the tenancy module's portal shell, {@code tenancy.ui}, is published too), modules form
 * no cycle, the kernel depends on no module, and domain code knows no web or UI framework.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.huzhu");

    /** Modules in dependency order: each may use the ones before it. */
    private static final List<String> MODULES = List.of("kernel", "tenancy", "org", "plans", "enrolment", "payouts", "claims", "relief", "microloans", "campaigns", "reporting", "demodata", "provisioning", "app", "bench");

    @Test
    void every_module_is_on_the_class_path() {
        for (String module : MODULES) {
            org.assertj.core.api.Assertions.assertThat(CLASSES.stream()
                    .anyMatch(c -> c.getPackageName().startsWith("org.huzhu." + module)))
                    .as("classes of module " + module).isTrue();
        }
    }

    @Test
    void modules_form_no_cycle() {
        slices().matching("org.huzhu.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void a_module_uses_another_only_through_its_published_packages() {
        ArchRule rule = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
                .should(new ArchCondition<JavaClass>("use other modules only through their api") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        String own = moduleOf(item.getPackageName());
                        for (Dependency d : item.getDirectDependenciesFromSelf()) {
                            String target = d.getTargetClass().getPackageName();
                            String other = moduleOf(target);
                            if (other != null && !other.equals(own) && !published(other, target)
                                    && !measuredByBench(own, target)) {
                                events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                            }
                        }
                    }
                });
        rule.check(CLASSES);
    }

    @Test
    void modules_depend_only_on_modules_before_them() {
        for (int i = 0; i < MODULES.size(); i++) {
            for (int j = i + 1; j < MODULES.size(); j++) {
                noClasses().that().resideInAPackage("org.huzhu." + MODULES.get(i) + "..")
                        .should().dependOnClassesThat().resideInAPackage("org.huzhu." + MODULES.get(j) + "..")
                        .allowEmptyShould(true)
                        .check(CLASSES);
            }
        }
    }

    @Test
    void domain_code_knows_no_web_or_ui_framework() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat(DescribedPredicate.describe("web or UI classes",
                        (JavaClass c) -> c.getPackageName().startsWith("jakarta.ws.rs")
                                || c.getPackageName().startsWith("com.vaadin")
                                || c.getPackageName().startsWith("jakarta.servlet")))
                .check(CLASSES);
    }

    @Test
    void the_kernel_is_plain_java() {
        noClasses().that().resideInAPackage("org.huzhu.kernel..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "com.vaadin..", "org.eclipse..")
                .check(CLASSES);
    }

    @Test
    void only_tenancy_opens_entity_managers() {
        noClasses().that().resideOutsideOfPackage("org.huzhu.tenancy..")
                .should().dependOnClassesThat().areAssignableTo(jakarta.persistence.EntityManagerFactory.class)
                .check(CLASSES);
    }

    /**
     * A transaction run again after a conflict ({@link RetriedOnConflict}) must not have done anything the rollback
     * cannot undo: no files, no network (Keycloak, SMS, HTTP), no jobs launched, no lease taken on its own
     * connection. Checked on the marked class's own dependencies (what the beans it calls do is their reviewer's).
     */
    @Test
    void work_retried_on_conflict_stays_in_the_database() {
        noClasses().that(DescribedPredicate.describe("are retried on conflict", (JavaClass c) ->
                        c.isAnnotatedWith(RetriedOnConflict.class)
                                || c.getMethods().stream().anyMatch(m -> m.isAnnotatedWith(RetriedOnConflict.class))))
                .should().dependOnClassesThat(DescribedPredicate.describe("reach outside the transaction",
                        (JavaClass c) -> c.getPackageName().startsWith("java.nio.file")
                                || c.getPackageName().startsWith("java.net")
                                || c.getPackageName().startsWith("org.keycloak")
                                || c.getPackageName().startsWith("jakarta.ws.rs.client")
                                || c.getPackageName().startsWith("jakarta.enterprise.concurrent")
                                || c.isEquivalentTo(java.io.FileOutputStream.class)
                                || c.isEquivalentTo(SmsGateway.class)
                                || c.isEquivalentTo(BackgroundJobs.class)
                                || c.isEquivalentTo(Leases.class)))
                .check(CLASSES);
    }

    /**
     * The background jobs' stores (enrolment lists, settlement files, payout runs) run each transaction that loads
     * what it changes again after a conflict: on Galera a job's next transaction may land on a node that has not yet
     * applied the job's last one and fail certification (seen on the cluster: a settlement import's end after its
     * last chunk, docs/CLUSTER.md "Fault tests"). Not those that persist an entity the caller built, which a refused
     * attempt leaves with its id set.
     */
    @Test
    void job_stores_retry_their_transactions_on_conflict() {
        methods().that().areDeclaredInClassesThat().haveSimpleNameEndingWith("Store")
                .and().areDeclaredInClassesThat().resideInAPackage("..application..")
                .and().areAnnotatedWith(jakarta.transaction.Transactional.class)
                .and(DescribedPredicate.describe("take no entity built by their caller", (JavaMethod m) ->
                        m.getRawParameterTypes().stream().noneMatch(t -> t.isAnnotatedWith(
                                jakarta.persistence.Entity.class))))
                .should().beAnnotatedWith(RetriedOnConflict.class)
                .check(CLASSES);
    }

    private static String moduleOf(String packageName) {
        if (!packageName.startsWith("org.huzhu.")) {
            return null;
        }
        String rest = packageName.substring("org.huzhu.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /**
     * The benchmarks time a module's pure code itself (JMH on the benefit engine and the plan file parser):
     * they may read its domain and infrastructure, and nothing depends on them (they never ship).
     */
    private static boolean measuredByBench(String own, String packageName) {
        return "bench".equals(own) && (packageName.contains(".domain") || packageName.contains(".infrastructure"));
    }

    private static boolean published(String module, String packageName) {
        String base = "org.huzhu." + module;
        return module.equals("kernel") || module.equals("demodata")
                || packageName.startsWith(base + ".api")
                || (module.equals("tenancy") && packageName.startsWith(base + ".ui"));
    }
}
