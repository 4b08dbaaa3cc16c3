package org.huzhu.campaigns.domain.giveaway;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.huzhu.campaigns.api.giveaway.TicketStatus;
import org.huzhu.tenancy.api.TenantScopedEntity;

/** A won ticket, read through JPA; written by the grab and the hold job with SQL (see {@code GrabStore}). */
@Entity
@Table(name = "giveaway_ticket")
public class GiveawayTicket extends TenantScopedEntity {

    /** The columns the grab inserts, in the order of {@link #row}. */
    public static final java.util.List<String> COLUMNS = java.util.List.of("giveaway_id", "member_id", "slot", "code",
            "status", "idempotency_key", "from_waitlist", "won_at", "hold_until", "reminded", "version");

    @Column(name = "giveaway_id") private long giveawayId;
    @Column(name = "member_id") private long memberId;
    private int slot;
    private String code;
    @Enumerated(EnumType.STRING) private TicketStatus status;
    @Column(name = "idempotency_key") private String idempotencyKey;
    @Column(name = "from_waitlist") private boolean fromWaitlist;
    @Column(name = "won_at") private LocalDateTime wonAt;
    @Column(name = "hold_until") private LocalDateTime holdUntil;
    private boolean reminded;
    @Column(name = "confirmed_at") private LocalDateTime confirmedAt;
    @Column(name = "released_at") private LocalDateTime releasedAt;

    protected GiveawayTicket() {
    }

    /** A new held ticket's row for {@code TenantSql}. */
    public static Object[] row(long giveawayId, long memberId, int slot, String code, String idempotencyKey,
                               boolean fromWaitlist, LocalDateTime wonAt, LocalDateTime holdUntil) {
        return new Object[] {giveawayId, memberId, slot, code, TicketStatus.HELD.name(), idempotencyKey, fromWaitlist,
                wonAt, holdUntil, false, 0L};
    }

    public long giveawayId() { return giveawayId; }
    public long memberId() { return memberId; }
    public int slot() { return slot; }
    public String code() { return code; }
    public TicketStatus status() { return status; }
    public String idempotencyKey() { return idempotencyKey; }
    public boolean fromWaitlist() { return fromWaitlist; }
    public LocalDateTime wonAt() { return wonAt; }
    public LocalDateTime holdUntil() { return holdUntil; }
    public boolean reminded() { return reminded; }
    public LocalDateTime confirmedAt() { return confirmedAt; }
    public LocalDateTime releasedAt() { return releasedAt; }
}
