package org.huzhu.app.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieHandler;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.huzhu.kernel.config.DeploymentSecrets;

/** Talks to the running app with the token of a login made as a person makes it (see {@link #token}). */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Tokens by login, kept until shortly before they expire: the suite outlasts a token's five minutes. */
    private static final Map<String, HeldToken> TOKENS = new ConcurrentHashMap<>();

    private record HeldToken(String value, long renewAfterNanos) {
        boolean fresh() {
            return System.nanoTime() < renewAfterNanos;
        }
    }
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*\\saction=\"([^\"]+)\"");
    private static final Pattern CODE = Pattern.compile("[?&]code=([^&#]+)");

    private Api() {
    }

    static String token(String username) {
        return TOKENS.compute(username, (login, held) -> held != null && held.fresh() ? held : browserLogin(login))
                .value();
    }

    /** Where huzhu-web sends login codes: the app's OpenID Connect redirect (the only one Keycloak allows). */
    static String loginRedirect() {
        return Platform.appUrl() + "/oidcclient/redirect/huzhuWeb";
    }

    /**
     * A token the way a person gets one: the browser's authorization-code flow of huzhu-web, done over HTTP
     * (Keycloak's login page, its form posted until Keycloak redirects to the app with a code, the code
     * exchanged). Members have no other way: huzhu-cli's password grant refuses them. Each login has its own
     * cookies, so no Keycloak session carries over from one login to the next.
     */
    private static HeldToken browserLogin(String username) {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new LoopbackCookieJar()).build();
        String auth = Platform.keycloakUrl() + "/realms/huzhu/protocol/openid-connect/auth?" + form(Map.of(
                "response_type", "code", "client_id", "huzhu-web", "scope", "openid", "state", "it",
                "redirect_uri", loginRedirect()));
        HttpResponse<String> page = exchange(browser, HttpRequest.newBuilder(URI.create(auth)).GET().build());
        // Organizations make the login identity-first: the name on one page, the password on the next.
        for (int step = 0; step < 3 && page.statusCode() == 200; step++) {
            Matcher action = FORM_ACTION.matcher(page.body());
            if (!action.find()) {
                break;
            }
            page = exchange(browser, HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", username, "password", "demo"))))
                    .build());
        }
        String location = page.headers().firstValue("Location").orElse("");
        Matcher code = CODE.matcher(location);
        if (page.statusCode() != 302 || !location.startsWith(loginRedirect()) || !code.find()) {
            throw new IllegalStateException("no login for " + username + ": " + page.statusCode() + " " + location);
        }
        Reply reply = send(HttpRequest.newBuilder(URI.create(Platform.keycloakUrl()
                        + "/realms/huzhu/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "authorization_code",
                        "code", URLDecoder.decode(code.group(1), StandardCharsets.UTF_8), "redirect_uri", loginRedirect(),
                        "client_id", "huzhu-web", "client_secret", Platform.env("HUZHU_WEB_CLIENT_SECRET",
                                DeploymentSecrets.DEV_WEB_CLIENT_SECRET))))).build());
        if (reply.status() != 200) {
            throw new IllegalStateException("no token for " + username + ": " + reply.status() + " " + reply.body());
        }
        long lifetimeSeconds = reply.json().path("expires_in").asLong(60);
        return new HeldToken(reply.json().get("access_token").asText(),
                System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(Math.max(0, lifetimeSeconds - 30)));
    }

    /**
     * A browser's cookie jar for one login on one host. Keycloak marks its login-session cookies Secure;
     * browsers send those to http://localhost (a secure context), java.net.CookieManager does not, and
     * Keycloak then refuses the login form ("cookie not found").
     */
    private static final class LoopbackCookieJar extends CookieHandler {
        private final Map<String, String> cookies = new ConcurrentHashMap<>();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
            return cookies.isEmpty() ? Map.of() : Map.of("Cookie", List.of(cookies.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "))));
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) {
            responseHeaders.forEach((name, values) -> {
                if ("Set-Cookie".equalsIgnoreCase(name)) {
                    values.forEach(this::keep);
                }
            });
        }

        private void keep(String setCookie) {
            String pair = setCookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            String name = pair.substring(0, equals).trim();
            if (setCookie.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
                cookies.remove(name);
            } else {
                cookies.put(name, pair.substring(equals + 1).trim());
            }
        }
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static HttpResponse<String> exchange(HttpClient browser, HttpRequest request) {
        try {
            return browser.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
        HttpResponse<String> response = exchange(HTTP, request);
        return new Reply(response.statusCode(), response.body());
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
