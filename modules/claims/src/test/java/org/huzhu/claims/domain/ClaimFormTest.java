package org.huzhu.claims.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.huzhu.claims.api.NewClaim;
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

    @Test
    void each_bad_field_is_named() {
        assertThatThrownBy(() -> ClaimForm.read(claim(null, null, null, null, null), FILER, TODAY))
                .hasMessageStartingWith("eventDate:");
        assertThatThrownBy(() -> ClaimForm.read(claim("2026-12-01", null, null, null, null), FILER, TODAY))
                .hasMessageStartingWith("eventDate:").hasMessageContaining("future");
        assertThatThrownBy(() -> ClaimForm.read(claim("2026-11-01", "2026-11-05", "2026-11-01", null, null), FILER, TODAY))
                .hasMessageStartingWith("discharge:");
        assertThatThrownBy(() -> ClaimForm.read(claim("2026-11-01", null, null, "12.3x", null), FILER, TODAY))
                .hasMessageStartingWith("selfPaid:");
        assertThatThrownBy(() -> ClaimForm.read(claim("2026-11-01", null, null, "-1.00", null), FILER, TODAY))
                .hasMessageStartingWith("selfPaid:");
        assertThatThrownBy(() -> ClaimForm.read(claim("2026-11-01", null, null, null, "发票#1"), FILER, TODAY))
                .hasMessageStartingWith("invoiceNo:");
        assertThatThrownBy(() -> ClaimForm.read(new NewClaim(9, " ", "medical", "2026-11-01", null, null, null, null, null,
                null, null), FILER, TODAY)).hasMessageStartingWith("planCode:");
    }

    @Test
    void a_claim_beyond_what_could_have_happened_is_refused_naming_field_and_range() {
        LocalDate firstTerm = LocalDate.of(2016, 1, 1);
        ClaimForm.requirePlausible(ClaimForm.read(claim("2026-11-01", "2026-11-01", "2026-11-09", "10000000.00", null),
                FILER, TODAY), firstTerm, TODAY);
        assertThatThrownBy(() -> ClaimForm.requirePlausible(ClaimForm.read(claim("2026-11-01", null, null,
                "999999999999999.99", null), FILER, TODAY), firstTerm, TODAY))
                .hasMessageStartingWith("selfPaid:").hasMessageContaining("10000000.00");
        assertThatThrownBy(() -> ClaimForm.requirePlausible(ClaimForm.read(claim("1900-01-01", null, null, null, null),
                FILER, TODAY), firstTerm, TODAY)).hasMessageStartingWith("eventDate:").hasMessageContaining("2016-01-01");
        assertThatThrownBy(() -> ClaimForm.requirePlausible(ClaimForm.read(claim("2026-11-01", "1901-01-01", "2026-11-02",
                null, null), FILER, TODAY), firstTerm, TODAY)).hasMessageStartingWith("admission:");
    }

    @Test
    void documents_are_told_by_their_bytes() {
        assertThat(DocumentRules.contentType("a.pdf", "%PDF-1.7".getBytes())).isEqualTo("application/pdf");
        assertThat(DocumentRules.contentType("a", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})).isEqualTo("image/jpeg");
        assertThatThrownBy(() -> DocumentRules.contentType("evil.pdf", "MZ....".getBytes()))
                .hasMessageContaining("evil.pdf").hasMessageContaining("PDF, JPEG or PNG");
        assertThat(DocumentRules.sha256("abc".getBytes()))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
