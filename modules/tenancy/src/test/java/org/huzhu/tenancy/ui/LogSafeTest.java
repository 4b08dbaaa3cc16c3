package org.huzhu.tenancy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.huzhu.tenancy.api.AccessDeniedException;
import org.junit.jupiter.api.Test;

class LogSafeTest {

    @Test
    void digits_of_ids_cards_and_phones_never_reach_the_log_but_types_frames_and_causes_do() {
        IllegalStateException cause = new IllegalStateException("card 6217000010001234567 refused");
        RuntimeException failure = new RuntimeException("member 11010519491231002X, phone 13800138000", cause);
        StringWriter log = new StringWriter();
        LogSafe.of(failure).printStackTrace(new PrintWriter(log));
        assertThat(log.toString())
                .doesNotContain("11010519491231002X", "13800138000", "6217000010001234567")
                .contains("java.lang.RuntimeException: member ******, phone ******")
                .contains("Caused by: java.lang.IllegalStateException: card ****** refused")
                .contains("LogSafeTest");
    }

    @Test
    void a_refusal_wrapped_by_the_container_is_still_a_refusal() {
        AccessDeniedException denied = new AccessDeniedException("the member registry is for office staff and clerks");
        assertThat(PortalErrorView.refusal(new IllegalStateException("creating the view", denied))).contains(denied);
        assertThat(PortalErrorView.refusal(new org.huzhu.tenancy.api.NoTenantException("no tenant"))).isPresent();
        assertThat(PortalErrorView.refusal(new IllegalStateException("boom"))).isEmpty();
    }

    @Test
    void references_are_short_and_unambiguous() {
        assertThat(PortalErrorView.newReference()).matches("E-[A-HJ-NP-Z2-9]{8}");
    }
}
