package org.huzhu.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long one page of the member grid takes at city scale, through the same service the Vaadin grid
 * calls (here via the REST API): the first page, deep pages, a name-prefix search and a card-number search.
 * Prints p50 / p95 / max per kind. Run against a running platform: {@code ./huzhu bench [staff login]}, as an
 * office admin (the default, {@code beijing-admin}), claims officer or clerk: the member grid is staff's (a
 * member's token gets 403), and the benches take their token by huzhu-cli's password grant, which Keycloak
 * grants staff only (members log in through the browser's authorization-code flow).
 */
public final class MemberGridBench {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
    private static final int ROUNDS = 40;

    private MemberGridBench() {
    }

    public static void main(String[] args) throws Exception {
        String app = env("HUZHU_APP_URL", "http://localhost:" + env("HUZHU_HTTP_PORT", "9080"));
        String keycloak = env("HUZHU_KC_URL", "http://localhost:" + env("HUZHU_KC_PORT", "8180"));
        String user = args.length > 0 ? args[0] : "beijing-admin";
        String token = token(keycloak, user);
        Random random = new Random(7);
        System.out.printf("member grid, %d rounds per kind, user %s, page size 50%n", ROUNDS, user);
        measure("first page", i -> "/api/v1/members?offset=0&limit=50", app, token);
        measure("page at offset 0-10,000", i -> "/api/v1/members?limit=50&offset=" + random.nextInt(10_000), app, token);
        measure("page at offset 100,000", i -> "/api/v1/members?limit=50&offset=100000", app, token);
        measure("name prefix search", i -> "/api/v1/members?limit=50&q="
                + URLEncoder.encode(SURNAMES[i % SURNAMES.length] + (char) ('\u4e00' + random.nextInt(200)),
                StandardCharsets.UTF_8), app, token);
        measure("surname search", i -> "/api/v1/members?limit=50&q="
                + URLEncoder.encode(SURNAMES[i % SURNAMES.length], StandardCharsets.UTF_8), app, token);
        measure("card number search", i -> "/api/v1/members?limit=50&q=6215" + String.format("%015d",
                Math.abs(random.nextLong()) % 1_000_000_000_000_000L), app, token);
    }

    private static void measure(String kind, IntFunction<String> path, String app, String token) throws Exception {
        get(app + path.apply(0), token);
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            int status = get(app + path.apply(i), token);
            millis.add((System.nanoTime() - start) / 1e6);
            if (status != 200) {
                throw new IllegalStateException(kind + ": HTTP " + status);
            }
        }
        Collections.sort(millis);
        System.out.printf("%-28s p50 %7.1f ms   p95 %7.1f ms   max %7.1f ms%n", kind, millis.get(ROUNDS / 2),
                millis.get((int) (ROUNDS * 0.95) - 1), millis.get(ROUNDS - 1));
    }

    private static int get(String url, String token) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static String token(String keycloak, String user) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=huzhu-cli&username=" + user + "&password=demo";
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(keycloak + "/realms/huzhu/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        String body = HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no token for " + user + " (the benches run as staff: an office admin, "
                    + "claims officer or clerk; members are refused the password grant): " + body);
        }
        return m.group(1);
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
