package org.huzhu.enrolment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.huzhu.kernel.text.BoundedText;
import org.huzhu.tenancy.api.TenantScopedEntity;

/** One problem of one bad row of an import, as {@link RowError} states it. Written in bulk, read by JPA. */
@Entity
@Table(name = "enrolment_import_error")
public class ImportError extends TenantScopedEntity {

    public static final java.util.List<String> COLUMNS = java.util.List.of("import_id", "row_no", "seq", "field",
            "rule", "message_zh", "message_en", "version");

    @Column(name = "import_id", nullable = false)
    private long importId;
    @Column(name = "row_no", nullable = false)
    private int rowNo;
    @Column(nullable = false)
    private int seq;
    @Column(nullable = false)
    private String field;
    @Column(nullable = false)
    private String rule;
    @Column(name = "message_zh", nullable = false)
    private String messageZh;
    @Column(name = "message_en", nullable = false)
    private String messageEn;

    protected ImportError() {
    }

    /**
     * The values of one error row in the order of {@link #COLUMNS}, each cut to its column: a message may quote
     * what the clerk wrote (a 10,000-character plan cell), and a message too long to store once kept the list
     * from ever being checked.
     */
    public static Object[] values(long importId, int seq, RowError e) {
        return new Object[] {importId, e.rowNumber(), seq, BoundedText.cut(e.field(), 20), BoundedText.cut(e.rule(), 40),
                BoundedText.cut(e.messageZh(), 300), BoundedText.cut(e.messageEn(), 300), 0L};
    }

    public RowError toRowError() {
        return new RowError(rowNo, field, rule, messageZh, messageEn);
    }
}
