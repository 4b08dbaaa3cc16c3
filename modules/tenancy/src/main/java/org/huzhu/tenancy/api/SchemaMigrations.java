package org.huzhu.tenancy.api;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies every module's schema migrations found on the class path (each module ships its own files under
 * {@code db/migration} with its own version range). Used by the app at start-up and by the provisioning tool.
 * Also keeps every table in one collation: queries compare text columns of different tables (a join on the
 * tenant column), which MariaDB and MySQL refuse across collations. A database made by the driver's
 * {@code createDatabaseIfNotExist} gets the server's default (MariaDB utf8mb4_general_ci, MySQL 8
 * utf8mb4_0900_ai_ci), so a table whose migration names no collation got that one while the others name ours.
 * One server at a time does all this ({@link SchemaLock}): servers starting together on a Galera cluster would
 * otherwise apply the same migration on two nodes at once. The others wait, then find nothing left to do.
 */
public final class SchemaMigrations {

    static final String COLLATION = "utf8mb4_unicode_ci";

    private SchemaMigrations() {
    }

    public static int migrate(DataSource dataSource) {
        return migrate(dataSource, SchemaMigrations.class.getClassLoader());
    }

    public static int migrate(DataSource dataSource, ClassLoader classLoader) {
        try (SchemaLock held = SchemaLock.take(dataSource)) {
            return migrateHolding(dataSource, classLoader);
        } catch (SQLException e) {
            throw new IllegalStateException("bringing the schema up to date failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("bringing the schema up to date was interrupted", e);
        }
    }

    private static int migrateHolding(DataSource dataSource, ClassLoader classLoader) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("ALTER DATABASE CHARACTER SET utf8mb4 COLLATE " + COLLATION); // the default of tables to come
            MigrateResult result = Flyway.configure(classLoader)
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .outOfOrder(true)
                    .baselineOnMigrate(nothingButTheLock(s))
                    .baselineVersion("0")
                    .load()
                    .migrate();
            for (String table : tablesInAnotherCollation(s)) {
                s.execute("ALTER TABLE `" + table + "` CONVERT TO CHARACTER SET utf8mb4 COLLATE " + COLLATION);
            }
            return result.migrationsExecuted;
        } catch (SQLException e) {
            throw new IllegalStateException("bringing the schema up to date failed: " + e.getMessage(), e);
        }
    }

    /**
     * A new database holds the lock's table already, and Flyway refuses a schema with tables but no history of its
     * own (it might be someone else's). This one is ours: a baseline below every migration lets Flyway begin.
     */
    private static boolean nothingButTheLock(Statement s) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA ="
                + " DATABASE() AND TABLE_NAME <> '" + SchemaLock.TABLE + "'")) {
            return r.next() && r.getLong(1) == 0;
        }
    }

    /** Tables made before the database's default was ours (a one-time conversion each; none on a right database). */
    private static List<String> tablesInAnotherCollation(Statement s) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet r = s.executeQuery("SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA ="
                + " DATABASE() AND TABLE_TYPE = 'BASE TABLE' AND TABLE_COLLATION <> '" + COLLATION + "'")) {
            while (r.next()) {
                tables.add(r.getString(1));
            }
        }
        return tables;
    }
}
