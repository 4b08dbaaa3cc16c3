package org.huzhu.app.startup;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import javax.sql.DataSource;

/** Readiness for load balancers and the run script: the database and Keycloak both answer. */
@WebServlet("/health/ready")
public class ReadinessServlet extends HttpServlet {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    @Resource(lookup = "huzhu/keycloakUrl")
    String keycloakUrl;

    private final transient HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        boolean database = databaseAnswers();
        boolean keycloak = keycloakAnswers();
        resp.setStatus(database && keycloak ? 200 : 503);
        resp.setContentType("application/json");
        resp.getWriter().write("{\"status\":\"" + (database && keycloak ? "UP" : "DOWN") + "\",\"checks\":{\"database\":"
                + database + ",\"keycloak\":" + keycloak + "}}");
    }

    private boolean databaseAnswers() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(3);
        } catch (Exception e) {
            return false;
        }
    }

    private boolean keycloakAnswers() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(keycloakUrl + "/realms/huzhu"))
                    .timeout(TIMEOUT).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
