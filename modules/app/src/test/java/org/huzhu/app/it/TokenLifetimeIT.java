package org.huzhu.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * An expired token is refused within seconds: the server allowed Liberty's default clock skew of five minutes,
 * so a token stayed good that long after Keycloak said it ended.
 */
class TokenLifetimeIT {

    /** The test client's access token lifespan, in seconds. */
    private static final int LIFESPAN = 2;
    /** deploy/liberty/server.xml's huzhu.clock.skew, plus a margin for a busy machine. */
    private static final int SKEW_AND_MARGIN = 10 + 3;

    @Test
    void a_token_a_little_past_its_expiry_is_refused() throws Exception {
        String admin = adminToken();
        String client = shortLivedCopyOfCli(admin);
        try {
            Api.Reply grant = Api.send(post(Platform.keycloakUrl() + "/realms/huzhu/protocol/openid-connect/token",
                    Api.form(Map.of("grant_type", "password", "client_id", client, "username", "beijing-admin",
                            "password", "demo"))).build());
            assertThat(grant.status()).as(grant.body()).isEqualTo(200);
            String token = grant.json().get("access_token").asText();
            long expires = claims(token).get("exp").asLong();
            assertThat(me(token)).as("a fresh token").isEqualTo(200);

            long wait = (expires + SKEW_AND_MARGIN) * 1000 - System.currentTimeMillis();
            Thread.sleep(Math.max(0, wait));
            assertThat(me(token)).as("the same token, %d s past its expiry", SKEW_AND_MARGIN).isEqualTo(401);
        } finally {
            Api.send(HttpRequest.newBuilder(URI.create(client(client))).header("Authorization", "Bearer " + admin)
                    .DELETE().build());
        }
    }

    private static int me(String token) {
        return Api.send(HttpRequest.newBuilder(URI.create(Platform.appUrl() + "/api/v1/me"))
                .header("Authorization", "Bearer " + token).GET().build()).status();
    }

    /** A copy of huzhu-cli (same claims, same password-grant flow) whose tokens live {@link #LIFESPAN} s. */
    private static String shortLivedCopyOfCli(String admin) {
        String clientId = "it-short-lived-" + Integer.toString(new Random().nextInt(1 << 30), 36);
        JsonNode cli = Api.send(HttpRequest.newBuilder(URI.create(clients() + "?clientId=huzhu-cli"))
                .header("Authorization", "Bearer " + admin).GET().build()).json().get(0);
        ObjectNode copy = cli.deepCopy();
        copy.remove("id");
        copy.put("clientId", clientId);
        ((ObjectNode) copy.get("attributes")).put("access.token.lifespan", String.valueOf(LIFESPAN));
        copy.get("protocolMappers").forEach(mapper -> ((ObjectNode) mapper).remove("id"));
        Api.Reply created = Api.send(HttpRequest.newBuilder(URI.create(clients()))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(copy.toString())).build());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return clientId;
    }

    private static String client(String clientId) {
        String admin = adminToken();
        String id = Api.send(HttpRequest.newBuilder(URI.create(clients() + "?clientId=" + clientId))
                .header("Authorization", "Bearer " + admin).GET().build()).json().get(0).get("id").asText();
        return clients() + "/" + id;
    }

    private static String clients() {
        return Platform.keycloakUrl() + "/admin/realms/huzhu/clients";
    }

    /** Keycloak's master admin, as the test command starts it. */
    private static String adminToken() {
        Api.Reply reply = Api.send(post(Platform.keycloakUrl() + "/realms/master/protocol/openid-connect/token",
                Api.form(Map.of("grant_type", "password", "client_id", "admin-cli",
                        "username", Platform.env("KC_BOOTSTRAP_ADMIN_USERNAME", "admin"),
                        "password", Platform.env("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin")))).build());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("access_token").asText();
    }

    private static HttpRequest.Builder post(String url, String form) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
    }

    private static JsonNode claims(String token) throws Exception {
        return Api.JSON.readTree(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    }
}
