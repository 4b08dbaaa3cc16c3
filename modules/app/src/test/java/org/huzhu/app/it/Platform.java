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

    /**
     * Waits (up to 5 minutes) until the app answers its readiness check: on a loaded machine the server is
     * started well before the application in it, and a test sent too early gets "context root not found".
     */
    static void awaitReady() throws InterruptedException {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        long deadline = System.nanoTime() + java.time.Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(appUrl() + "/health/ready"))
                        .build(), java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not listening yet
            }
            Thread.sleep(2_000);
        }
        throw new IllegalStateException("the app did not become ready at " + appUrl());
    }

    static Connection database() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), env("HUZHU_DB_USER", "root"), env("HUZHU_DB_PASSWORD", ""));
    }
}
