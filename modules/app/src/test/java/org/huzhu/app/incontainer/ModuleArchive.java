package org.huzhu.app.incontainer;

import java.io.File;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huzhu.app.startup.PersonalDataKey;
import org.huzhu.kernel.tenant.TenantId;
import org.huzhu.tenancy.api.TenantScope;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Filter;
import org.jboss.shrinkwrap.api.Filters;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.ClassLoaderAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archive in-container tests deploy: the platform's own module classes as the build made them (every module
 * the real persistence unit names an entity of, found from the unit itself, no list kept here), the real
 * persistence unit and the real personal-data key producer. Left out: the {@code ui} packages (Vaadin views and
 * REST resources belong to the platform's WAR, already deployed) and every CDI bean but the tenancy module's:
 * the other modules' beans start background jobs the deployed platform already runs against the same database.
 */
final class ModuleArchive {

    private static final String PERSISTENCE_XML = "META-INF/persistence.xml";
    private static final Filter<ArchivePath> NO_UI_NO_BEANS_XML =
            Filters.exclude(".*/ui/.*|/META-INF/beans\\.xml");
    private static final String BEANS = "<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\" "
            + "bean-discovery-mode=\"%s\">%s</beans>";
    /** The deployed platform dispatches the outbox; a second dispatcher would send notices twice. */
    private static final String TENANCY_SCAN =
            "<scan><exclude name=\"org.huzhu.tenancy.infrastructure.NoticeDispatcher\"/></scan>";

    private ModuleArchive() {
    }

    static WebArchive named(String name) {
        WebArchive war = ShrinkWrap.create(WebArchive.class, name + ".war")
                .addAsResource(new ClassLoaderAsset(PERSISTENCE_XML), PERSISTENCE_XML)
                .addClass(PersonalDataKey.class)
                .addAsWebInfResource(new StringAsset(BEANS.formatted("annotated", "")), "beans.xml");
        File tenancy = location(TenantScope.class);
        for (File module : moduleLocations()) {
            boolean beans = module.equals(tenancy);
            war.addAsLibrary(moduleJar(module, beans ? BEANS.formatted("annotated", TENANCY_SCAN)
                    : BEANS.formatted("none", "")));
        }
        return war;
    }

    /** kernel, and the module of each entity class the persistence unit lists. */
    private static Set<File> moduleLocations() {
        Set<File> modules = new LinkedHashSet<>();
        modules.add(location(TenantId.class));
        Matcher entity = Pattern.compile("<class>([^<]+)</class>").matcher(persistenceXml());
        while (entity.find()) {
            try {
                modules.add(location(Class.forName(entity.group(1).strip())));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("the persistence unit names a class the build lacks", e);
            }
        }
        return modules;
    }

    private static String persistenceXml() {
        try (var in = ModuleArchive.class.getClassLoader().getResourceAsStream(PERSISTENCE_XML)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A module's classes as the reactor built them: target/classes, or its jar when run against installed jars. */
    private static File location(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JavaArchive moduleJar(File location, String beansXml) {
        String name = (location.isDirectory() ? "huzhu-" + location.getParentFile().getParentFile().getName()
                : location.getName().replaceFirst("\\.jar$", "")) + ".jar";
        Archive<?> imported = location.isDirectory()
                ? ShrinkWrap.create(ExplodedImporter.class, name).importDirectory(location, NO_UI_NO_BEANS_XML).as(JavaArchive.class)
                : ShrinkWrap.create(ZipImporter.class, name).importFrom(location, NO_UI_NO_BEANS_XML).as(JavaArchive.class);
        return imported.as(JavaArchive.class).addAsManifestResource(new StringAsset(beansXml), "beans.xml");
    }
}
