package org.huzhu.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import org.huzhu.tenancy.api.Allowed;
import org.huzhu.tenancy.ui.VisibleTo;
import org.junit.jupiter.api.Test;

/**
 * Every door declares who may pass, checked on the compiled classes before anything starts: each REST operation
 * has {@link Allowed} (on itself or its resource class), each Vaadin route {@link VisibleTo}. The server refuses
 * what has none anyway; this says so at build time, and the security suite tries each door with each role.
 */
class AccessRulesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.huzhu");

    @Test
    void every_rest_operation_declares_the_roles_that_may_call_it() {
        methods().that().areAnnotatedWith(GET.class).or().areAnnotatedWith(POST.class).or().areAnnotatedWith(PUT.class)
                .or().areAnnotatedWith(DELETE.class).or().areAnnotatedWith(PATCH.class)
                .should().beAnnotatedWith(Allowed.class).orShould().beDeclaredInClassesThat().areAnnotatedWith(Allowed.class)
                .check(CLASSES);
    }

    @Test
    void every_route_declares_the_roles_that_may_open_it() {
        classes().that().areAnnotatedWith(Route.class).should().beAnnotatedWith(VisibleTo.class).check(CLASSES);
    }
}
