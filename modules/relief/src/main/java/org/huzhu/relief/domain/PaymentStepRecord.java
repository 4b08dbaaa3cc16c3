package org.huzhu.relief.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.List;
import org.huzhu.relief.api.PaymentStep;
import org.huzhu.tenancy.api.TenantScopedEntity;

/** One row of the append-only payment trail; written in bulk ({@link #COLUMNS}), read back as {@link PaymentStep}. */
@Entity
@Table(name = "relief_payment_step")
public class PaymentStepRecord extends TenantScopedEntity {

    public static final List<String> COLUMNS = List.of("subject", "subject_id", "step", "payout_run_id", "detail",
            "actor", "at", "version");
    public static final int MAX_DETAIL = 200;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PaymentStep.Subject subject;
    @Column(name = "subject_id", nullable = false)
    private long subjectId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PaymentStep.Kind step;
    @Column(name = "payout_run_id")
    private Long payoutRunId;
    private String detail;
    @Column(nullable = false)
    private String actor;
    @Column(nullable = false)
    private LocalDateTime at;

    protected PaymentStepRecord() {
    }

    public PaymentStep view() {
        return new PaymentStep(step, payoutRunId, detail, actor, at);
    }
}
