package org.huzhu.payouts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.List;
import org.huzhu.kernel.text.BoundedText;
import org.huzhu.tenancy.api.TenantScopedEntity;

/** A line of a result file that changed nothing: its number and why. */
@Entity
@Table(name = "payout_result_problem")
public class ResultProblem extends TenantScopedEntity {

    public static final List<String> COLUMNS = List.of("import_id", "line_no", "reason", "version");

    @Column(name = "import_id", nullable = false)
    private long importId;
    @Column(name = "line_no", nullable = false)
    private int lineNo;
    @Column(nullable = false)
    private String reason;

    protected ResultProblem() {
    }

    public static Object[] values(long importId, int lineNo, String reason) {
        return new Object[] {importId, lineNo, BoundedText.cut(reason, 300), 0L};
    }

    public int lineNo() { return lineNo; }
    public String reason() { return reason; }
}
