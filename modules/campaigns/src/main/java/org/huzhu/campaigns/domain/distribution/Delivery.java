package org.huzhu.campaigns.domain.distribution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.huzhu.campaigns.api.distribution.BenefitKind;
import org.huzhu.campaigns.api.distribution.CashState;
import org.huzhu.campaigns.api.distribution.DeliveryMethod;
import org.huzhu.campaigns.api.distribution.HandOut;
import org.huzhu.tenancy.api.TenantScopedEntity;

/**
 * What one member received in one campaign (unique per campaign and member: nobody is served twice), with who
 * confirmed it and when, the courier's tracking number, and for cash its way through the payout runs.
 */
@Entity
@Table(name = "campaign_delivery")
public class Delivery extends TenantScopedEntity {

    @Column(name = "campaign_id", nullable = false)
    private long campaignId;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Column(name = "member_name", nullable = false)
    private String memberName;

    @Column(name = "org_unit_id", nullable = false)
    private long orgUnitId;

    @Column(name = "org_path", nullable = false)
    private String orgPath;

    @Column(name = "agency_id")
    private Long agencyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BenefitKind benefit;

    @Column(nullable = false)
    private String item;

    @Column(name = "amount_fen", nullable = false)
    private long amountFen;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeliveryMethod method;

    @Column(name = "tracking_no")
    private String trackingNo;

    @Column(name = "added_by_hand", nullable = false)
    private boolean addedByHand;

    @Column
    private String reason;

    @Column(name = "confirmed_by", nullable = false)
    private String confirmedBy;

    @Column(name = "confirmed_at", nullable = false)
    private LocalDateTime confirmedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "cash_state", nullable = false)
    private CashState cashState;

    @Column(name = "payout_run_id")
    private Long payoutRunId;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    @Column(name = "failure_reason")
    private String failureReason;

    protected Delivery() {
    }

    /** A checked row of a delivery list (or one confirmation) made a hand-out of the campaign. */
    public static Delivery confirmed(Campaign campaign, DeliveryListCheck.Accepted row, String actor, LocalDateTime at) {
        Delivery d = new Delivery();
        d.campaignId = campaign.id();
        d.memberId = row.memberId();
        d.memberName = row.memberName();
        d.orgUnitId = row.orgUnitId();
        d.orgPath = row.orgPath();
        d.agencyId = row.agencyId();
        d.benefit = campaign.benefit();
        d.item = campaign.item();
        d.amountFen = campaign.unitFen();
        d.method = campaign.delivery();
        d.trackingNo = row.trackingNo();
        d.addedByHand = row.reason() != null;
        d.reason = row.reason();
        d.confirmedBy = actor;
        d.confirmedAt = at;
        d.cashState = campaign.benefit() == BenefitKind.CASH ? CashState.CONFIRMED : CashState.NOT_CASH;
        return d;
    }

    /** The card mended: a failed cash hand-out waits for the next payout run again; false unless its payment failed. */
    public boolean retryPayment() {
        if (cashState != CashState.PAYMENT_FAILED) {
            return false;
        }
        cashState = CashPayment.RETRY.apply(cashState);
        payoutRunId = null;
        failureReason = null;
        return true;
    }

    public HandOut toHandOut() {
        return new HandOut(id(), campaignId, memberId, memberName, orgUnitId, benefit, item, amountFen, method,
                trackingNo, addedByHand, reason, confirmedBy, confirmedAt, cashState);
    }
}
