package org.huzhu.app.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Talks to the running app as a script would: a token from Keycloak's password grant, then the REST API. */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private Api() {
    }

    static String token(String username) {
        return TOKENS.computeIfAbsent(username, Api::fetchToken);
    }

    private static String fetchToken(String username) {
        String form = Map.of("grant_type", "password", "client_id", "huzhu-cli", "username", username,
                        "password", "demo").entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(Platform.keycloakUrl() + "/realms/huzhu/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        Reply reply = send(request);
        if (reply.status() != 200) {
            throw new IllegalStateException("no token for " + username + ": " + reply.status() + " " + reply.body());
        }
        return reply.json().get("access_token").asText();
    }

    /**
     * Waits (up to five minutes) until the app answers ready: the test command starts the tests once the server is
     * up, and on a busy machine the app has still been starting then.
     */
    static void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + java.time.Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (get(null, "/health/ready").status() == 200) {
                    return;
                }
            } catch (UncheckedIOException e) {
                // not listening yet
            }
            Thread.sleep(1_000);
        }
        throw new AssertionError("the app did not become ready at " + Platform.appUrl());
    }

    static Reply get(String username, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Platform.appUrl() + path)).GET();
        if (username != null) {
            request.header("Authorization", "Bearer " + token(username));
        }
        return send(request.build());
    }

    static Reply post(String username, String path, String json) {
        return send(withBody(username, path, json).POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    static Reply put(String username, String path, String json) {
        return send(withBody(username, path, json).PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static HttpRequest.Builder withBody(String username, String path, String json) {
        return HttpRequest.newBuilder(URI.create(Platform.appUrl() + path))
                .header("Authorization", "Bearer " + token(username))
                .header("Content-Type", "application/json");
    }

    static Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response: status and body. */
    record Reply(int status, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }
    }
}
