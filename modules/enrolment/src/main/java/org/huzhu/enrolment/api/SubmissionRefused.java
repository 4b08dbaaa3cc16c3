package org.huzhu.enrolment.api;

import java.util.List;

/** A list that may not be submitted as it is, with every reason in both languages. */
public class SubmissionRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> reasonsZh;

    public SubmissionRefused(List<String> reasonsZh, List<String> reasonsEn) {
        super(String.join("; ", reasonsEn));
        this.reasonsZh = List.copyOf(reasonsZh);
    }

    public List<String> reasonsZh() {
        return reasonsZh;
    }
}
