package org.huzhu.bench;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Member logins for benchmarks, made once and reused: {@code bench-member-0001..N} in Keycloak (realm role member,
 * the tenant's organization, a password of their own) and in the database ({@code member_login}, each linked to a
 * distinct existing member of the tenant). Their tokens come the way a member gets one: huzhu-web's
 * authorization-code flow over HTTP (members have no password grant), then refresh grants while the bench runs.
 * Development Keycloak on loopback only (the master admin's password from KC_BOOTSTRAP_ADMIN_PASSWORD, admin by
 * default).
 */
final class BenchMembers {

    static final String PASSWORD = "bench-grabs-member-pw";
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*\\saction=\"([^\"]+)\"");
    private static final Pattern CODE = Pattern.compile("[?&]code=([^&#]+)");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    private final String keycloak;
    private final String app;
    private final String tenant;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    BenchMembers(String keycloak, String app, String tenant) {
        this.keycloak = keycloak;
        this.app = app;
        this.tenant = tenant;
    }

    static String username(int i) {
        return String.format("bench-member-%04d", i + 1);
    }

    /** Links N logins to N distinct members of the tenant not linked to another login; returns member ids by login. */
    Map<String, Long> link(int n) throws Exception {
        Map<String, Long> linked = new java.util.LinkedHashMap<>();
        try (Connection c = EnrolmentImportBench.connect("")) {
            List<Long> free = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT m.id FROM member m WHERE m.tenant_id = ? AND NOT EXISTS "
                    + "(SELECT 1 FROM member_login l WHERE l.tenant_id = m.tenant_id AND l.member_id = m.id "
                    + "AND l.username NOT LIKE 'bench-member-%') ORDER BY m.id LIMIT ?")) {
                s.setString(1, tenant);
                s.setInt(2, n);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        free.add(r.getLong(1));
                    }
                }
            }
            if (free.size() < n) {
                throw new IllegalStateException("the tenant has " + free.size() + " members free for " + n + " logins");
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO member_login (tenant_id, username, member_id, version) "
                    + "VALUES (?, ?, ?, 0) ON DUPLICATE KEY UPDATE member_id = VALUES(member_id)")) {
                for (int i = 0; i < n; i++) {
                    s.setString(1, tenant);
                    s.setString(2, username(i));
                    s.setLong(3, free.get(i));
                    s.addBatch();
                    linked.put(username(i), free.get(i));
                }
                s.executeBatch();
            }
        }
        return linked;
    }

    /** Creates the Keycloak users that do not exist yet; returns how many were created. */
    int ensureUsers(int n) throws Exception {
        String organization = organizationId(admin());
        String role = get(admin(), "/admin/realms/huzhu/roles/member");
        List<Integer> missing = new ArrayList<>();
        List<String> existing = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Matcher found = ID.matcher(get(admin(), "/admin/realms/huzhu/users?exact=true&username=" + username(i)));
            if (found.find()) {
                existing.add(found.group(1));
            } else {
                missing.add(i);
            }
        }
        // a user made by an interrupted earlier run may lack its role or organization: given again (idempotent)
        parallel(8, existing, userId -> {
            grant(admin(), userId, role, organization);
            return null;
        });
        parallel(8, missing, i -> {
            String name = username(i);
            String admin = admin();
            HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(keycloak + "/admin/realms/huzhu/users"))
                    .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + name + "\",\"enabled\":true,"
                            + "\"firstName\":\"压测\",\"lastName\":\"会员\",\"email\":\"" + name + "@bench.invalid\","
                            + "\"emailVerified\":true,\"credentials\":[{\"type\":\"password\",\"value\":\"" + PASSWORD
                            + "\",\"temporary\":false}]}")).build());
            if (created.statusCode() != 201) {
                throw new IllegalStateException("creating " + name + ": " + created.statusCode() + " " + created.body());
            }
            String location = created.headers().firstValue("Location").orElseThrow();
            String userId = location.substring(location.lastIndexOf('/') + 1);
            grant(admin, userId, role, organization);
            return null;
        });
        return missing.size();
    }

    private void grant(String admin, String userId, String role, String organization) throws Exception {
        expect(send(HttpRequest.newBuilder(URI.create(keycloak + "/admin/realms/huzhu/users/" + userId
                + "/role-mappings/realm")).header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[" + role + "]")).build()), userId + " role");
        HttpResponse<String> member = send(HttpRequest.newBuilder(URI.create(keycloak + "/admin/realms/huzhu/organizations/"
                + organization + "/members")).header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("\"" + userId + "\"")).build());
        if (member.statusCode() != 409) {
            expect(member, userId + " organization");
        }
    }

    private String organizationId(String admin) throws Exception {
        String all = get(admin, "/admin/realms/huzhu/organizations?max=1000&briefRepresentation=true");
        Matcher m = Pattern.compile("\\{\"id\":\"([^\"]+)\",\"name\":\"[^\"]*\",\"alias\":\"" + tenant + "\"").matcher(all);
        if (m.find()) {
            return m.group(1);
        }
        // field order is Keycloak's; fall back to reading object by object
        for (String object : all.split("\\},\\{")) {
            if (object.contains("\"alias\":\"" + tenant + "\"")) {
                Matcher id = ID.matcher(object);
                if (id.find()) {
                    return id.group(1);
                }
            }
        }
        throw new IllegalStateException("no organization " + tenant + " in " + all);
    }

    private String adminToken;
    private long adminTokenAt;

    /** The master admin's token, renewed every 30 s (Keycloak gives admin-cli tokens of a minute). */
    private synchronized String admin() throws Exception {
        if (adminToken == null || System.nanoTime() - adminTokenAt > 30_000_000_000L) {
            adminToken = adminToken();
            adminTokenAt = System.nanoTime();
        }
        return adminToken;
    }

    private String adminToken() throws Exception {
        String form = "grant_type=password&client_id=admin-cli&username="
                + MemberGridBench.env("KC_BOOTSTRAP_ADMIN_USERNAME", "admin") + "&password="
                + URLEncoder.encode(MemberGridBench.env("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin"), StandardCharsets.UTF_8);
        return tokenField(send(HttpRequest.newBuilder(URI.create(keycloak + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build()).body(), "access_token");
    }

    /** A login's tokens: the access token and the refresh token that renews it. */
    record Tokens(String access, String refresh) {
    }

    /** Every login's tokens, {@code threads} logins at a time (each a PBKDF2 check in Keycloak). */
    Map<String, Tokens> login(List<String> usernames, int threads) throws Exception {
        Map<String, Tokens> tokens = new ConcurrentHashMap<>();
        parallel(threads, usernames, name -> tokens.put(name, browserLogin(name)));
        return tokens;
    }

    /**
     * Like {@link #login}, but renews the sessions kept in {@code kept} by an earlier run (its refresh tokens) while
     * Keycloak still holds them, and signs in anew only the others; keeps the new refresh tokens there. A bench run
     * again within Keycloak's session lifetime starts in seconds instead of minutes of PBKDF2 checks.
     */
    Map<String, Tokens> loginKept(List<String> usernames, int threads, java.nio.file.Path kept) throws Exception {
        Map<String, Tokens> held = new java.util.HashMap<>();
        if (java.nio.file.Files.exists(kept)) {
            for (String line : java.nio.file.Files.readAllLines(kept)) {
                String[] parts = line.split("\t");
                if (parts.length == 2 && usernames.contains(parts[0])) {
                    held.put(parts[0], new Tokens(null, parts[1]));
                }
            }
        }
        Map<String, Tokens> tokens = new ConcurrentHashMap<>();
        parallel(threads, new ArrayList<>(held.keySet()), name -> {
            try {
                return tokens.put(name, refresh(name, held.get(name).refresh()));
            } catch (RuntimeException e) {
                return null; // the session ended: signed in anew below
            }
        });
        List<String> missing = usernames.stream().filter(n -> !tokens.containsKey(n)).toList();
        tokens.putAll(login(missing, threads));
        java.nio.file.Files.createDirectories(kept.toAbsolutePath().getParent());
        java.nio.file.Files.write(kept, tokens.entrySet().stream().map(e -> e.getKey() + "\t" + e.getValue().refresh())
                .toList());
        return tokens;
    }

    private Tokens refresh(String name, String refreshToken) throws Exception {
        String body = send(HttpRequest.newBuilder(URI.create(keycloak + "/realms/huzhu/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "refresh_token",
                        "refresh_token", refreshToken, "client_id", "huzhu-web", "client_secret", secret()))))
                .build()).body();
        return new Tokens(tokenField(body, "access_token"), tokenField(body, "refresh_token"));
    }

    /** New access tokens from the refresh tokens (no password check). */
    Map<String, Tokens> refresh(Map<String, Tokens> held, int threads) throws Exception {
        Map<String, Tokens> tokens = new ConcurrentHashMap<>();
        parallel(threads, new ArrayList<>(held.keySet()), name -> tokens.put(name, refresh(name, held.get(name).refresh())));
        return tokens;
    }

    private Tokens browserLogin(String username) throws Exception {
        HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new Jar()).build();
        String redirect = app + "/oidcclient/redirect/huzhuWeb";
        String auth = keycloak + "/realms/huzhu/protocol/openid-connect/auth?" + form(Map.of("response_type", "code",
                "client_id", "huzhu-web", "scope", "openid", "state", "bench", "redirect_uri", redirect));
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(auth)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        for (int step = 0; step < 3 && page.statusCode() == 200; step++) {
            Matcher action = FORM_ACTION.matcher(page.body());
            if (!action.find()) {
                break;
            }
            page = browser.send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", username, "password", PASSWORD))))
                    .build(), HttpResponse.BodyHandlers.ofString());
        }
        String location = page.headers().firstValue("Location").orElse("");
        Matcher code = CODE.matcher(location);
        if (page.statusCode() != 302 || !code.find()) {
            throw new IllegalStateException("no login for " + username + ": " + page.statusCode());
        }
        String body = send(HttpRequest.newBuilder(URI.create(keycloak + "/realms/huzhu/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "authorization_code",
                        "code", URLDecoder.decode(code.group(1), StandardCharsets.UTF_8), "redirect_uri", redirect,
                        "client_id", "huzhu-web", "client_secret", secret())))).build()).body();
        return new Tokens(tokenField(body, "access_token"), tokenField(body, "refresh_token"));
    }

    private static String secret() {
        return MemberGridBench.env("HUZHU_WEB_CLIENT_SECRET", "huzhu-web-dev-secret");
    }

    private static String tokenField(String body, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in the answer");
        }
        return m.group(1);
    }

    private String get(String token, String path) throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(keycloak + path))
                .header("Authorization", "Bearer " + token).GET().build());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + ": " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void expect(HttpResponse<String> r, String what) {
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(what + ": " + r.statusCode() + " " + r.body());
        }
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    interface Work<T> {
        Object run(T item) throws Exception;
    }

    static <T> void parallel(int threads, List<T> items, Work<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Object>> done = new ArrayList<>();
            for (T item : items) {
                done.add(pool.submit(() -> work.run(item)));
            }
            for (Future<Object> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    /** Keycloak's login cookies (Secure) sent back to http://localhost, as browsers do for loopback. */
    private static final class Jar extends CookieHandler {
        private final Map<String, String> cookies = new ConcurrentHashMap<>();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) {
            return cookies.isEmpty() ? Map.of() : Map.of("Cookie", List.of(cookies.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "))));
        }

        @Override
        public void put(URI uri, Map<String, List<String>> headers) {
            headers.forEach((name, values) -> {
                if ("Set-Cookie".equalsIgnoreCase(name)) {
                    for (String v : values) {
                        String pair = v.split(";", 2)[0];
                        int eq = pair.indexOf('=');
                        if (v.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
                            cookies.remove(pair.substring(0, eq).trim());
                        } else {
                            cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
                        }
                    }
                }
            });
        }
    }
}
