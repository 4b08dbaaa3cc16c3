package org.huzhu.tenancy.api;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies every module's schema migrations found on the class path (each module ships its own files under
 * {@code db/migration} with its own version range). Used by the app at start-up and by the provisioning tool.
 */
public final class SchemaMigrations {

    private SchemaMigrations() {
    }

    public static int migrate(DataSource dataSource) {
        return migrate(dataSource, SchemaMigrations.class.getClassLoader());
    }

    public static int migrate(DataSource dataSource, ClassLoader classLoader) {
        MigrateResult result = Flyway.configure(classLoader)
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .outOfOrder(true)
                .load()
                .migrate();
        return result.migrationsExecuted;
    }
}
