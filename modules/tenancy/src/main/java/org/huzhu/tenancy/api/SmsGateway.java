package org.huzhu.tenancy.api;

import java.util.ArrayList;
import java.util.List;

/**
 * Where SMS go. The platform's own implementation writes each message to a log instead of sending it
 * ({@code LogSmsGateway}); an operator's gateway replaces it as a CDI alternative.
 */
public interface SmsGateway {

    /** One message of a batch: the number in clear, as the gateway needs it. */
    record Sms(String phone, String text) {
    }

    /** @throws RuntimeException when the message could not be handed over; it is tried again later */
    void send(String tenant, String phone, String text);

    /**
     * Hands over a batch (the notices of one enrolment list chunk: a few thousand); answers those that could not be
     * handed over, to be tried again later. One by one unless a gateway can do better (the log writes the batch and
     * flushes once, a gateway with a bulk call makes one call).
     */
    default List<Sms> sendAll(String tenant, List<Sms> batch) {
        List<Sms> failed = new ArrayList<>();
        for (Sms sms : batch) {
            try {
                send(tenant, sms.phone(), sms.text());
            } catch (RuntimeException e) {
                failed.add(sms);
            }
        }
        return failed;
    }
}
