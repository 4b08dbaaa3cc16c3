package org.huzhu.app.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Where the platform under test runs: the test command starts it and hands the ports over in the environment. */
final class Platform {

    private Platform() {
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static String appUrl() {
        return "http://localhost:" + env("HUZHU_HTTP_PORT", "9080");
    }

    static String keycloakUrl() {
        return "http://localhost:" + env("HUZHU_KC_PORT", "8180");
    }

    static String jdbcUrl() {
        return "jdbc:mysql://" + env("HUZHU_DB_HOST", "127.0.0.1") + ":" + env("HUZHU_DB_PORT", "3306") + "/"
                + env("HUZHU_DB_NAME", "huzhu_test");
    }

    static Connection database() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), env("HUZHU_DB_USER", "root"), env("HUZHU_DB_PASSWORD", ""));
    }
}
