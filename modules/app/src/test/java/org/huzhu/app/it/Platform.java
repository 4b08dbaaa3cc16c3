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

    private static volatile boolean appStarted;

    static String appUrl() {
        String url = "http://localhost:" + env("HUZHU_HTTP_PORT", "9080");
        if (!appStarted) {
            awaitApp(url);
        }
        return url;
    }

    /**
     * The build starts the tests once the server is up (CWWKF0011I), not the app: on a loaded 2-core machine the
     * app took another 3-5 minutes, and the first tests met "Context Root Not Found". Waits for its readiness.
     */
    private static synchronized void awaitApp(String url) {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        long deadline = System.currentTimeMillis() + 600_000;
        while (!appStarted && System.currentTimeMillis() < deadline) {
            appStarted = answersReady(http, url);
            if (!appStarted) {
                pause();
            }
        }
        if (!appStarted) {
            throw new IllegalStateException("the app at " + url + " was not ready within 10 minutes");
        }
    }

    private static boolean answersReady(java.net.http.HttpClient http, String url) {
        try {
            return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url + "/health/ready")).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String keycloakUrl() {
        return "http://localhost:" + env("HUZHU_KC_PORT", "8180");
    }

    /**
     * The test database; {@code HUZHU_TEST_DB_OPTIONS} adds connection options (the cluster's fault tests:
     * {@code ?sessionVariables=wsrep_sync_wait=1}, so that a read through HAProxy sees every earlier commit).
     */
    static String jdbcUrl() {
        return "jdbc:mysql://" + env("HUZHU_DB_HOST", "127.0.0.1") + ":" + env("HUZHU_DB_PORT", "3306") + "/"
                + env("HUZHU_DB_NAME", "huzhu_test") + env("HUZHU_TEST_DB_OPTIONS", "");
    }

    /**
     * Waits until the app answers its readiness probe: the build starts the tests once the server is up, and on a
     * busy machine the app itself has needed two more minutes.
     */
    static void awaitReady() throws InterruptedException {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        long deadline = System.currentTimeMillis() + 300_000;
        while (System.currentTimeMillis() < deadline) {
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
