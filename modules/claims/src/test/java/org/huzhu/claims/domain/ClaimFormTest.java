package org.huzhu.claims.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.huzhu.claims.api.NewClaim;
import org.huzhu.tenancy.api.Refused;
import org.junit.jupiter.api.Test;

/** A filed claim's fields: each mistake names its field. */
class ClaimFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final ClaimForm.Filer FILER = new ClaimForm.Filer("王芳", "/1/2/3/", 2L, "CLERK", null, "clerk");

    private static NewClaim claim(String event, String admission, String discharge, String selfPaid, String invoice) {
        return new NewClaim(9, "inpatient-medical", "medical", event, null, null, null, admission, discharge, selfPaid,
                invoice);
    }

    @Test
    void a_complete_claim_reads_exactly() {
        ClaimFiling f = ClaimForm.read(claim("2026-11-01", "2026-11-01", "2026-11-09", "12345.67", "INV-0001"), FILER, TODAY);
        assertThat(f.selfPaidFen()).isEqualTo(1_234_567L);
        assertThat(f.invoiceNo()).isEqualTo("INV-0001");
        assertThat(f.agencyId()).isEqualTo(2L);
    }

    /** The refusal a call makes (the test fails when it makes none). */
    private static Refused refusal(ThrowingCallable call) {
        Refused refused = catchThrowableOfType(Refused.class, call);
        assertThat(refused).as("refused").isNotNull();
        return refused;
    }

    @Test
    void each_bad_field_is_named() {
        assertThat(refusal(() -> ClaimForm.read(claim(null, null, null, null, null), FILER, TODAY)).field())
                .isEqualTo("eventDate");
        assertThat(refusal(() -> ClaimForm.read(claim("2026-12-01", null, null, null, null), FILER, TODAY)).key())
                .isEqualTo("claims.refused.eventFuture");
        assertThat(refusal(() -> ClaimForm.read(claim("2026-11-01", "2026-11-05", "2026-11-01", null, null), FILER,
                TODAY)).field()).isEqualTo("discharge");
        assertThat(refusal(() -> ClaimForm.read(claim("2026-11-01", null, null, "12.3x", null), FILER, TODAY)).field())
                .isEqualTo("selfPaid");
        assertThat(refusal(() -> ClaimForm.read(claim("2026-11-01", null, null, "-1.00", null), FILER, TODAY)).field())
                .isEqualTo("selfPaid");
        assertThat(refusal(() -> ClaimForm.read(claim("2026-11-01", null, null, null, "发票#1"), FILER, TODAY)).field())
                .isEqualTo("invoiceNo");
        assertThat(refusal(() -> ClaimForm.read(new NewClaim(9, " ", "medical", "2026-11-01", null, null, null, null,
                null, null, null), FILER, TODAY)).field()).isEqualTo("planCode");
    }

    @Test
    void a_claim_beyond_what_could_have_happened_is_refused_naming_field_and_range() {
        LocalDate firstTerm = LocalDate.of(2016, 1, 1);
        ClaimForm.requirePlausible(ClaimForm.read(claim("2026-11-01", "2026-11-01", "2026-11-09", "10000000.00", null),
                FILER, TODAY), firstTerm, TODAY);
        Refused selfPaid = refusal(() -> ClaimForm.requirePlausible(ClaimForm.read(claim("2026-11-01", null, null,
                "999999999999999.99", null), FILER, TODAY), firstTerm, TODAY));
        assertThat(selfPaid.field()).isEqualTo("selfPaid");
        assertThat(selfPaid.params()).containsExactly("10000000.00");
        Refused early = refusal(() -> ClaimForm.requirePlausible(ClaimForm.read(claim("1900-01-01", null, null, null,
                null), FILER, TODAY), firstTerm, TODAY));
        assertThat(early.field()).isEqualTo("eventDate");
        assertThat(early.params()).contains("2016-01-01");
        assertThat(refusal(() -> ClaimForm.requirePlausible(ClaimForm.read(claim("2026-11-01", "1901-01-01",
                "2026-11-02", null, null), FILER, TODAY), firstTerm, TODAY)).field()).isEqualTo("admission");
    }

    @Test
    void documents_are_told_by_their_bytes() {
        assertThat(DocumentRules.contentType("a.pdf", "%PDF-1.7".getBytes())).isEqualTo("application/pdf");
        assertThat(DocumentRules.contentType("a", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})).isEqualTo("image/jpeg");
        assertThatThrownBy(() -> DocumentRules.contentType("evil.pdf", "MZ....".getBytes()))
                .isInstanceOfSatisfying(Refused.class, r -> {
                    assertThat(r.key()).isEqualTo("claims.refused.documentType");
                    assertThat(r.params()).containsExactly("evil.pdf");
                });
        assertThat(DocumentRules.sha256("abc".getBytes()))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
