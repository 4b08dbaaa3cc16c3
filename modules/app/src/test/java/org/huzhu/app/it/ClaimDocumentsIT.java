package org.huzhu.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huzhu.app.it.ClaimsIT.ADMIN;
import static org.huzhu.app.it.ClaimsIT.document;
import static org.huzhu.app.it.ClaimsIT.inpatient;
import static org.huzhu.app.it.ClaimsIT.invoice;
import static org.huzhu.app.it.ClaimsIT.oneLinePdf;
import static org.huzhu.app.it.ClaimsIT.pdf;
import static org.huzhu.app.it.ClaimsIT.png;
import static org.huzhu.app.it.ClaimsIT.reviewPercent;
import static org.huzhu.app.it.EnrolmentImportIT.send;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 12.12: a claim whose receipt is no real receipt (a one-line PDF of a few bytes, a picture of a few
 * pixels) is not approved and paid without a person looking, even with the random review share at 0%.
 */
class ClaimDocumentsIT {

    private static ClaimFixture fixture;

    @BeforeAll
    static void enrol() throws Exception {
        fixture = new ClaimFixture(62, "inpatient-medical");
    }

    @AfterAll
    static void restorePolicy() throws SQLException {
        reviewPercent(5);
    }

    @Test
    void a_claim_whose_receipts_are_a_one_line_pdf_or_a_few_pixels_goes_to_a_person_not_to_payment() throws Exception {
        reviewPercent(0);
        long member = fixture.members.get(0);
        long id = inpatient(ADMIN, member, "2000.00", invoice()).get("id").asLong();
        assertThat(document(ADMIN, id, "invoice", oneLinePdf()).status()).isEqualTo(200);
        JsonNode done = document(ADMIN, id, "settlement", pdf()).json();
        assertThat(done.get("status").asText()).isEqualTo("IN_REVIEW");
        assertThat(done.get("reasonCode").asText()).isEqualTo("DOCUMENT_IMPLAUSIBLE");
        assertThat(done.get("checks")).anySatisfy(c -> {
            assertThat(c.get("code").asText()).isEqualTo("DOCUMENT_IMPLAUSIBLE");
            assertThat(c.get("outcome").asText()).isEqualTo("REVIEW");
        });

        long photo = inpatient(ADMIN, member, "1800.00", invoice()).get("id").asLong();
        assertThat(send(ADMIN, "POST", "/api/v1/claims/" + photo + "/documents?type=invoice&fileName=invoice.png",
                HttpRequest.BodyPublishers.ofByteArray(png(4, 4)), "image/png").status()).isEqualTo(200);
        JsonNode tiny = document(ADMIN, photo, "settlement", pdf()).json();
        assertThat(tiny.get("status").asText()).isEqualTo("IN_REVIEW");
        // 4 x 4 pixels are 72 bytes as PNG: below the least size already (the pixel rule: DocumentInspectorTest)
        assertThat(tiny.get("reasonMessage").asText()).contains("invoice.png");
    }

}
