package org.huzhu.claims.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.List;
import org.huzhu.kernel.text.BoundedText;
import org.huzhu.tenancy.api.TenantScopedEntity;

/** One problem of one bad line of a settlement file. Written in bulk, read by JPA. */
@Entity
@Table(name = "settlement_import_error")
public class SettlementImportError extends TenantScopedEntity {

    public static final List<String> COLUMNS = List.of("import_id", "line_no", "seq", "field", "rule", "message",
            "version");

    @Column(name = "import_id") private long importId;
    @Column(name = "line_no") private int lineNo;
    private int seq;
    private String field;
    private String rule;
    private String message;

    protected SettlementImportError() {
    }

    /** The values of one error row in the order of {@link #COLUMNS}, each cut to its column (never a failed write). */
    public static Object[] values(long importId, int seq, LineError e) {
        return new Object[] {importId, e.lineNo(), seq, BoundedText.cut(e.field(), 40), BoundedText.cut(e.rule(), 40),
                BoundedText.cut(e.message(), 500), 0L};
    }

    public LineError toLineError() {
        return new LineError(lineNo, field, rule, message);
    }
}
