package org.huzhu.enrolment.api;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A grassroots union's enrolment lists: upload (checked in the background, progress readable at any time),
 * review, submit, fee statement and payments. Everything is limited to the caller's org subtree.
 *
 * <p>Bad input is an {@link IllegalArgumentException} whose message names the field and the rule; a step
 * out of order (submitting twice, paying before submitting) is an {@link IllegalStateException}.
 */
public interface EnrolmentImports {

    /** The largest list file taken. */
    int MAX_FILE_BYTES = 200 << 20;


    /** Stores the file (CSV or .xlsx, told by its content) and starts checking it. */
    ImportJobView start(long unionId, LocalDate termStart, String fileName, byte[] content);

    Optional<ImportJobView> find(long importId);

    /** The newest imports the caller may see, newest first. */
    List<ImportJobView> recent(int limit);

    /** The problems of the bad rows, in row order. */
    List<ImportRowError> errors(long importId, int offset, int limit);

    /** The bad rows as the clerk wrote them with an error column, as .xlsx. */
    void writeErrorWorkbook(long importId, OutputStream out);

    /**
     * Enrols the good rows (in the background); refused with the reasons when the participation rule is not
     * met, and, unless {@code confirmWarnings}, when the check result has warnings ({@link ImportWarning}).
     */
    ImportJobView submit(long importId, boolean confirmWarnings);

    /** Submits a list without confirming any warning. */
    default ImportJobView submit(long importId) {
        return submit(importId, false);
    }

    /** Tries a list that FAILED on a passing problem again, where it stopped (409 for any other list). */
    ImportJobView retry(long importId);

    /** Records a payment of the fee, in full or in part; cover starts when the fee is paid in full. */
    ImportJobView recordPayment(long importId, String amountYuan, LocalDate paidOn, String reference);

    /** The fee statement of a list that can be submitted, or is, as PDF. */
    byte[] feeStatement(long importId);

    /** An Excel template for the tenant's plans open on that date. */
    byte[] template(LocalDate termStart);
}
