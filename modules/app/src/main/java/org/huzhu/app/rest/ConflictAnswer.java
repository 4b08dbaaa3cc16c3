package org.huzhu.app.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.huzhu.tenancy.api.Conflicts;
import org.huzhu.tenancy.api.Translations;

/**
 * A transaction the database refused for a conflict with another one (a deadlock, or on a Galera cluster a failed
 * certification), still refused after {@code @RetriedOnConflict}'s attempts or where nothing retries, changed nothing
 * and may pass when sent again: it answers 503 with {@code Retry-After}, not 500. So does a request whose database
 * connection broke off (SQL state class 08: the node it was on went away, and the pool had not noticed yet): the next
 * attempt gets a live connection, but whether a commit got through before the break is unknown, so the answer asks the
 * user to look first. Apart from {@link UnexpectedErrorMapper} (a CDI bean) so that a test can give it the container's
 * real failure.
 */
public final class ConflictAnswer {

    static final String RETRY_AFTER_SECONDS = "2";

    private ConflictAnswer() {
    }

    /** The answer to the failure when it is such a conflict or a broken connection. */
    public static Optional<Response> to(Exception failure, String incident, List<Locale> acceptable,
                                        Translations translations) {
        String key = Conflicts.isConflict(failure) ? "app.conflict"
                : Conflicts.isConnectionLost(failure) ? "app.connectionLost" : null;
        if (key == null) {
            return Optional.empty();
        }
        Response busy = Problems.of(Response.Status.SERVICE_UNAVAILABLE, null, key, acceptable, translations, incident);
        return Optional.of(Response.fromResponse(busy).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build());
    }
}
