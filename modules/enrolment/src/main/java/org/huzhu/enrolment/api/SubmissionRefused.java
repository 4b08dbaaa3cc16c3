package org.huzhu.enrolment.api;

import java.util.List;

/** A list that may not be submitted as it is, with every reason in both languages. */
public class SubmissionRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> reasonsZh;
    private final boolean confirmable;

    public SubmissionRefused(List<String> reasonsZh, List<String> reasonsEn) {
        this(reasonsZh, reasonsEn, false);
    }

    /**
     * @param confirmable the reasons are warnings: the same submission with the clerk's confirmation goes through
     */
    public SubmissionRefused(List<String> reasonsZh, List<String> reasonsEn, boolean confirmable) {
        super(String.join("; ", reasonsEn));
        this.reasonsZh = List.copyOf(reasonsZh);
        this.confirmable = confirmable;
    }

    public List<String> reasonsZh() {
        return reasonsZh;
    }

    /** Whether confirming the warnings lets the list be submitted (else the list must be corrected). */
    public boolean confirmable() {
        return confirmable;
    }
}
