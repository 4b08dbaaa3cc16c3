package org.huzhu.tenancy.api;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** A database of a test's own, made afresh with tenancy's migrations as shipped (the files, not a copy of them). */
final class TestDatabase {

    private TestDatabase() {
    }

    /** Drops and makes {@code <HUZHU_DB_NAME>_<suffix>}, runs the named migration files in order, answers it. */
    static MysqlDataSource fresh(String suffix, String... migrations) throws SQLException, IOException {
        String name = System.getenv().getOrDefault("HUZHU_DB_NAME", "huzhu_test") + "_" + suffix;
        try (Connection c = source("").getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        MysqlDataSource database = source(name);
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            for (String file : migrations) {
                for (String statement : Files.readString(migrationFolder().resolve(file)).replaceAll("(?m)^--.*$", "")
                        .split(";")) {
                    if (!statement.isBlank()) {
                        s.execute(statement);
                    }
                }
            }
        }
        return database;
    }

    private static Path migrationFolder() {
        Path here = Paths.get("").toAbsolutePath();
        Path module = Files.isDirectory(here.resolve("src/main/resources/db/migration")) ? here
                : here.resolve("modules/tenancy");
        return module.resolve("src/main/resources/db/migration");
    }

    static MysqlDataSource source(String database) {
        MysqlDataSource ds = new MysqlDataSource();
        ds.setUrl("jdbc:mysql://" + System.getenv().getOrDefault("HUZHU_DB_HOST", "127.0.0.1") + ":"
                + System.getenv().getOrDefault("HUZHU_DB_PORT", "3306") + "/" + database);
        ds.setUser(System.getenv().getOrDefault("HUZHU_DB_USER", "root"));
        ds.setPassword(System.getenv().getOrDefault("HUZHU_DB_PASSWORD", ""));
        return ds;
    }
}
