package org.huzhu.enrolment.application;

import java.io.ByteArrayInputStream;
import java.util.function.Consumer;
import org.huzhu.enrolment.domain.EnrolmentCsv;
import org.huzhu.enrolment.domain.EnrolmentRow;
import org.huzhu.enrolment.domain.FileKind;
import org.huzhu.enrolment.infrastructure.EnrolmentWorkbook;

/** Streams the rows of a stored list, whichever form it came in (CSV in UTF-8 or GBK, or .xlsx). */
final class RowSource {

    private RowSource() {
    }

    static void read(FileKind kind, byte[] content, Consumer<EnrolmentRow> sink) {
        if (kind == FileKind.XLSX) {
            EnrolmentWorkbook.read(new ByteArrayInputStream(content), sink);
        } else {
            EnrolmentCsv.read(EnrolmentCsv.decode(new ByteArrayInputStream(content)), sink);
        }
    }
}
