package org.huzhu.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The persistence unit lists its entities one by one (exclude-unlisted-classes): an entity a module adds and the
 * list forgets is "unknown" to every query at run time, which no compiler notices. Here it is noticed.
 */
class PersistenceUnitTest {

    private static final Pattern CLASS = Pattern.compile("<class>([^<]+)</class>");

    @Test
    void every_entity_of_every_module_is_listed_in_the_persistence_unit() throws IOException {
        Set<String> entities = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.huzhu").stream().filter(c -> c.isAnnotatedWith(Entity.class))
                .map(JavaClass::getName).collect(Collectors.toSet());
        String unit;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/persistence.xml")) {
            unit = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Set<String> listed = new java.util.HashSet<>();
        Matcher m = CLASS.matcher(unit);
        while (m.find()) {
            listed.add(m.group(1).strip());
        }
        assertThat(entities).as("entities of the modules").isNotEmpty();
        assertThat(listed).as("persistence.xml's classes").containsAll(entities);
    }
}
