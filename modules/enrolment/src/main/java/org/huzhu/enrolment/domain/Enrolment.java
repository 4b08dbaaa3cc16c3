package org.huzhu.enrolment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import org.huzhu.tenancy.api.TenantScopedEntity;

/**
 * A member covered by a plan version for a term. Made in bulk at submit (one per member, plan and term:
 * the unique key refuses a second), read by JPA. Cover starts once the union's fee is paid in full.
 */
@Entity
@Table(name = "enrolment")
public class Enrolment extends TenantScopedEntity {

    public static final List<String> COLUMNS = List.of("member_id", "plan_code", "plan_version", "term_start",
            "term_end", "units", "fee_fen", "union_id", "union_code", "agency_id", "import_id", "enrolled_at", "version");

    @Column(name = "member_id", nullable = false)
    private long memberId;
    @Column(name = "plan_code", nullable = false)
    private String planCode;
    @Column(name = "plan_version", nullable = false)
    private int planVersion;
    @Column(name = "term_start", nullable = false)
    private LocalDate termStart;
    @Column(name = "term_end", nullable = false)
    private LocalDate termEnd;
    private int units;
    @Column(name = "fee_fen")
    private long feeFen;
    @Column(name = "union_id")
    private long unionId;
    @Column(name = "union_code")
    private String unionCode;
    @Column(name = "agency_id")
    private Long agencyId;
    @Column(name = "import_id")
    private long importId;
    @Column(name = "cover_start")
    private LocalDate coverStart;

    protected Enrolment() {
    }

    public long memberId() { return memberId; }
    public String planCode() { return planCode; }
    public int planVersion() { return planVersion; }
    public LocalDate termStart() { return termStart; }
    public LocalDate termEnd() { return termEnd; }
    public int units() { return units; }
    public long feeFen() { return feeFen; }
    public long unionId() { return unionId; }
    public String unionCode() { return unionCode; }
    public long importId() { return importId; }
    public LocalDate coverStart() { return coverStart; }
}
