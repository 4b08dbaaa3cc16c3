package org.huzhu.tenancy.api;

/**
 * Where SMS go. The platform's own implementation writes each message to a log instead of sending it
 * ({@code LogSmsGateway}); an operator's gateway replaces it as a CDI alternative.
 */
public interface SmsGateway {

    /** @throws RuntimeException when the message could not be handed over; it is tried again later */
    void send(String tenant, String phone, String text);
}
