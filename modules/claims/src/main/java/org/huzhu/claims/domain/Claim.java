package org.huzhu.claims.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.huzhu.claims.api.ClaimStatus;
import org.huzhu.tenancy.api.Refused;
import org.huzhu.tenancy.api.TenantScopedEntity;

/**
 * A claim from filing to payment. Its state changes only through the methods below, each of which refuses a
 * change its current state does not allow; the services write each change to the audit trail.
 */
@Entity
@Table(name = "claim")
public class Claim extends TenantScopedEntity {

    @Column(name = "member_id") private long memberId;
    @Column(name = "member_name") private String memberName;
    @Column(name = "org_path") private String orgPath;
    @Column(name = "agency_id") private Long agencyId;
    @Column(name = "enrolment_id") private Long enrolmentId;
    @Column(name = "plan_code") private String planCode;
    @Column(name = "plan_version") private Integer planVersion;
    @Column(name = "benefit_code") private String benefitCode;
    private String channel;
    @Column(name = "source_ref") private String sourceRef;
    @Column(name = "event_date") private LocalDate eventDate;
    @Column(name = "disease_code") private String diseaseCode;
    @Column(name = "disability_grade") private Integer disabilityGrade;
    private boolean death;
    private LocalDate admission;
    private LocalDate discharge;
    @Column(name = "self_paid_fen") private Long selfPaidFen;
    @Column(name = "invoice_no") private String invoiceNo;
    @Enumerated(EnumType.STRING) private ClaimStatus status;
    @Enumerated(EnumType.STRING) @Column(name = "review_level") private ReviewLevel reviewLevel;
    @Column(name = "reason_code") private String reasonCode;
    @Column(name = "reason_message") private String reasonMessage;
    private String checks;
    @Column(name = "assessed_fen") private Long assessedFen;
    @Column(name = "approved_fen") private Long approvedFen;
    private String explanation;
    @Column(name = "filed_by") private String filedBy;
    @Column(name = "filed_at") private LocalDateTime filedAt;
    @Column(name = "filed_on") private LocalDate filedOn;
    @Column(name = "due_date") private LocalDate dueDate;
    private boolean escalated;
    @Column(name = "proposed_by") private String proposedBy;
    @Column(name = "proposed_outcome") private String proposedOutcome;
    @Column(name = "proposed_fen") private Long proposedFen;
    @Column(name = "proposed_note") private String proposedNote;
    @Column(name = "decided_by") private String decidedBy;
    @Column(name = "decided_at") private LocalDateTime decidedAt;
    @Column(name = "payout_run_id") private Long payoutRunId;
    @Column(name = "paid_on") private LocalDate paidOn;
    @Column(name = "payment_failure") private String paymentFailure;

    /** The columns a bulk insert writes, in the order of {@link #values()} (the tenant column is TenantSql's). */
    public static final List<String> COLUMNS = List.of("member_id", "member_name", "org_path", "agency_id",
            "enrolment_id", "plan_code", "plan_version", "benefit_code", "channel", "source_ref", "event_date",
            "disease_code", "disability_grade", "death", "admission", "discharge", "self_paid_fen", "invoice_no",
            "status", "review_level", "reason_code", "reason_message", "checks", "assessed_fen", "approved_fen",
            "explanation", "filed_by", "filed_at", "filed_on", "due_date", "escalated", "decided_by", "decided_at",
            "version");

    protected Claim() {
    }

    public Claim(ClaimFiling f, LocalDateTime now, LocalDate dueDate) {
        this.memberId = f.memberId();
        this.memberName = f.memberName();
        this.orgPath = f.orgPath();
        this.agencyId = f.agencyId();
        this.planCode = f.planCode();
        this.benefitCode = f.benefitCode();
        this.channel = f.channel();
        this.sourceRef = f.sourceRef();
        this.eventDate = f.eventDate();
        this.diseaseCode = f.diseaseCode();
        this.disabilityGrade = f.disabilityGrade();
        this.death = f.death();
        this.admission = f.admission();
        this.discharge = f.discharge();
        this.selfPaidFen = f.selfPaidFen();
        this.invoiceNo = f.invoiceNo();
        this.filedBy = f.filedBy();
        this.filedAt = now;
        this.filedOn = now.toLocalDate();
        this.dueDate = dueDate;
        this.status = ClaimStatus.WAITING_DOCUMENTS;
    }

    /** The automatic checks' outcome: an auto-approval approves the assessed amount. */
    public void assessed(CoverInForce cover, Assessment a, ReviewLevel level, String explanationJson) {
        requireIn(ClaimStatus.WAITING_DOCUMENTS, ClaimStatus.IN_REVIEW);
        this.enrolmentId = cover == null ? null : cover.enrolmentId();
        this.planVersion = cover == null ? null : cover.planVersion();
        this.status = a.status();
        this.checks = String.join("\n", a.checks().stream().map(Check::line).toList());
        this.reasonCode = a.reasonCode();
        this.reasonMessage = a.reasonMessage();
        this.assessedFen = a.assessedFen();
        this.explanation = explanationJson;
        this.reviewLevel = a.status() == ClaimStatus.IN_REVIEW ? level : null;
        this.approvedFen = a.status() == ClaimStatus.APPROVED ? a.assessedFen() : null;
        if (a.status() == ClaimStatus.APPROVED || a.status() == ClaimStatus.REJECTED) {
            this.decidedBy = "system";
            this.decidedAt = LocalDateTime.now();
        }
    }

    /** The maker's half of a manual decision. */
    public void propose(String by, boolean approve, long amountFen, String note) {
        requireIn(ClaimStatus.IN_REVIEW);
        this.proposedBy = by;
        this.proposedOutcome = approve ? "APPROVE" : "REJECT";
        this.proposedFen = approve ? amountFen : 0L;
        this.proposedNote = note;
        this.status = ClaimStatus.AWAITING_CHECK;
    }

    /** The checker agrees: the proposal becomes the decision. */
    public void confirm(String by, LocalDateTime at) {
        requireIn(ClaimStatus.AWAITING_CHECK);
        boolean approve = "APPROVE".equals(proposedOutcome);
        this.status = approve ? ClaimStatus.APPROVED : ClaimStatus.REJECTED;
        this.approvedFen = approve ? proposedFen : null;
        if (!approve) {
            this.reasonCode = ReasonCodes.MANUAL_REJECTION;
            this.reasonMessage = proposedNote;
        }
        this.decidedBy = proposedBy + " / " + by;
        this.decidedAt = at;
    }

    /** The checker disagrees: back to review, the proposal dropped. */
    public void sendBack() {
        requireIn(ClaimStatus.AWAITING_CHECK);
        this.status = ClaimStatus.IN_REVIEW;
        this.proposedBy = null;
        this.proposedOutcome = null;
        this.proposedFen = null;
        this.proposedNote = null;
    }

    /** Overdue at the agency office: the city office takes it over. */
    public void escalate() {
        requireIn(ClaimStatus.IN_REVIEW, ClaimStatus.AWAITING_CHECK, ClaimStatus.WAITING_DOCUMENTS);
        this.escalated = true;
        this.reviewLevel = reviewLevel == null ? null : ReviewLevel.CITY;
    }

    public void retryPayment() {
        requireIn(ClaimStatus.PAYMENT_FAILED);
        this.status = ClaimStatus.APPROVED;
        this.payoutRunId = null;
    }

    private void requireIn(ClaimStatus... allowed) {
        if (!Arrays.asList(allowed).contains(status)) {
            throw Refused.conflict("claims.refused.wrongStatus", String.valueOf(id()));
        }
    }

    /** A new claim's row for a bulk insert, in the order of {@link #COLUMNS}. */
    public Object[] values() {
        return new Object[] {memberId, memberName, orgPath, agencyId, enrolmentId, planCode, planVersion, benefitCode,
                channel, sourceRef, eventDate, diseaseCode, disabilityGrade, death, admission, discharge, selfPaidFen,
                invoiceNo, status.name(), reviewLevel == null ? null : reviewLevel.name(), reasonCode, reasonMessage,
                checks, assessedFen, approvedFen, explanation, filedBy, filedAt, filedOn, dueDate, escalated, decidedBy,
                decidedAt, 0L};
    }

    /** The facts as filed, to value the claim again (or first, before it is stored). */
    public ClaimFiling facts() {
        return new ClaimFiling(memberId, memberName, orgPath, agencyId, planCode, benefitCode, channel, sourceRef,
                eventDate, diseaseCode, disabilityGrade, death, admission, discharge, selfPaidFen, invoiceNo, filedBy);
    }

    public List<Check> checkList() {
        return checks == null || checks.isBlank() ? List.of() : checks.lines().map(Check::parse).toList();
    }

    public long memberId() { return memberId; }
    public String memberName() { return memberName; }
    public String orgPath() { return orgPath; }
    public Long agencyId() { return agencyId; }
    public Long enrolmentId() { return enrolmentId; }
    public String planCode() { return planCode; }
    public Integer planVersion() { return planVersion; }
    public String benefitCode() { return benefitCode; }
    public String channel() { return channel; }
    public String sourceRef() { return sourceRef; }
    public LocalDate eventDate() { return eventDate; }
    public String diseaseCode() { return diseaseCode; }
    public Integer disabilityGrade() { return disabilityGrade; }
    public boolean death() { return death; }
    public LocalDate admission() { return admission; }
    public LocalDate discharge() { return discharge; }
    public Long selfPaidFen() { return selfPaidFen; }
    public String invoiceNo() { return invoiceNo; }
    public ClaimStatus status() { return status; }
    public ReviewLevel reviewLevel() { return reviewLevel; }
    public String reasonCode() { return reasonCode; }
    public String reasonMessage() { return reasonMessage; }
    public Long assessedFen() { return assessedFen; }
    public Long approvedFen() { return approvedFen; }
    public String explanation() { return explanation; }
    public String filedBy() { return filedBy; }
    public LocalDate filedOn() { return filedOn; }
    public LocalDate dueDate() { return dueDate; }
    public boolean escalated() { return escalated; }
    public String proposedBy() { return proposedBy; }
    public String proposedOutcome() { return proposedOutcome; }
    public Long proposedFen() { return proposedFen; }
    public String proposedNote() { return proposedNote; }
    public Long payoutRunId() { return payoutRunId; }
    public LocalDate paidOn() { return paidOn; }
    public String paymentFailure() { return paymentFailure; }
}
