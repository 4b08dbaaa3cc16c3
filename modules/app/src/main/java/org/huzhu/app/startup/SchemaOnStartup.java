package org.huzhu.app.startup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.huzhu.tenancy.api.SchemaMigrations;

/** Brings the schema up to date when the application starts, before any request is served. */
@ApplicationScoped
public class SchemaOnStartup {

    private static final Logger LOG = Logger.getLogger(SchemaOnStartup.class.getName());

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    void migrate(@Observes @Initialized(ApplicationScoped.class) Object started) {
        int applied = SchemaMigrations.migrate(dataSource, Thread.currentThread().getContextClassLoader());
        LOG.info(() -> "schema migrations applied: " + applied);
    }
}
