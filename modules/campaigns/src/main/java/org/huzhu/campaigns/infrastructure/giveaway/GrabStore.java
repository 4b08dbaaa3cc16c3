package org.huzhu.campaigns.infrastructure.giveaway;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.huzhu.campaigns.domain.giveaway.GiveawayTicket;
import org.huzhu.campaigns.domain.giveaway.WaitlistEntry;
import org.huzhu.tenancy.api.Notice;
import org.huzhu.tenancy.api.Notices;
import org.huzhu.tenancy.api.TenantSql;

/**
 * The writes of grabs and holds, each ONE short transaction. A grab inserts its ticket first (its unique keys refuse
 * a second ticket for the same attempt or a slot past the limit without touching the pool) and its notice, and only
 * then takes one from the pool with a conditional decrement of the giveaway row: the hot row is locked from that
 * statement to the commit and no longer. Rows are tenant-checked before (the giveaway and tickets are read through
 * JPA); the inserts go through {@link TenantSql}, which fills the tenant.
 */
@ApplicationScoped
public class GrabStore {

    static final String TAKE = "UPDATE giveaway SET remaining = remaining - 1 WHERE id = ? AND remaining > 0 "
            + "AND per_member_limit > ?";

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    @Inject
    TenantSql sql;

    @Inject
    Notices notices;

    /** Why a grab's transaction was rolled back. */
    public enum Miss { POOL_EMPTY, PAST_LIMIT, DUPLICATE_ATTEMPT, SLOT_TAKEN, CODE_TAKEN }

    /** A rolled-back grab: cheap to throw (no stack), it only carries why. */
    public static final class Missed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final Miss miss;

        Missed(Miss miss) {
            super(miss.name(), null, false, false);
            this.miss = miss;
        }

        public Miss miss() {
            return miss;
        }
    }

    /**
     * Takes one ticket from the pool for the member in {@code slot}: all or nothing. Throws {@link Missed} (the
     * transaction rolled back) when the pool is empty, the slot is past the limit, the attempt already won, the slot
     * is taken by a concurrent grab of the same member, or the code is in use.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void take(Object[] ticketRow, Notice notice, long giveawayId, int slot) {
        insertTicket(ticketRow);
        notices.enqueue(List.of(notice));
        try (Connection c = dataSource.getConnection(); PreparedStatement take = c.prepareStatement(TAKE)) {
            take.setLong(1, giveawayId);
            take.setInt(2, slot);
            if (take.executeUpdate() == 1) {
                return;
            }
            throw new Missed(pastLimit(c, giveawayId, slot) ? Miss.PAST_LIMIT : Miss.POOL_EMPTY);
        } catch (SQLException e) {
            throw new IllegalStateException("grab failed: " + e.getSQLState(), e);
        }
    }

    private static boolean pastLimit(Connection c, long giveawayId, int slot) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT per_member_limit FROM giveaway WHERE id = ?")) {
            s.setLong(1, giveawayId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() && r.getInt(1) <= slot;
            }
        }
    }

    private void insertTicket(Object[] row) {
        try {
            sql.insert("giveaway_ticket", GiveawayTicket.COLUMNS, List.<Object[]>of(row), null);
        } catch (IllegalStateException e) {
            throw duplicate(e);
        }
    }

    /** A duplicate key (SQL state class 23, wherever the driver and the pool wrap it) told by the key's name. */
    private static RuntimeException duplicate(IllegalStateException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                String message = String.valueOf(e.getMessage()) + " " + sql.getMessage();
                if (message.contains("uk_giveaway_ticket_idem")) {
                    return new Missed(Miss.DUPLICATE_ATTEMPT);
                }
                if (message.contains("uk_giveaway_ticket_slot")) {
                    return new Missed(Miss.SLOT_TAKEN);
                }
                if (message.contains("uk_giveaway_ticket_code")) {
                    return new Missed(Miss.CODE_TAKEN);
                }
            }
        }
        return e;
    }

    /** What the pool holds now (a plain read of the row: a hint for a grab arriving after the pool ran dry). */
    public int remaining(long giveawayId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT remaining FROM giveaway WHERE id = ?")) {
            s.setLong(1, giveawayId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getInt(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the pool failed: " + e.getSQLState(), e);
        }
    }

    /** Puts the member on the waitlist (once: a second ask keeps the first place). */
    @Transactional
    public void joinWaitlist(long giveawayId, long memberId, LocalDateTime now) {
        sql.insert("giveaway_waitlist", WaitlistEntry.COLUMNS,
                List.<Object[]>of(new Object[] {giveawayId, memberId, WaitlistEntry.WAITING, now, 0L}), "id = id");
    }

    /** Moves the pool by {@code delta} (a quota change) unless it would go below zero; false when refused. */
    public boolean movePool(long giveawayId, int newQuota) {
        return update("UPDATE giveaway SET remaining = remaining + (? - quota), quota = ? "
                + "WHERE id = ? AND remaining + (? - quota) >= 0", newQuota, newQuota, giveawayId, newQuota) == 1;
    }

    /** Locks the giveaway row (serialises a limit change or a waitlist promotion with the grabs of that giveaway). */
    public void lock(long giveawayId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT id FROM giveaway WHERE id = ? FOR UPDATE")) {
            s.setLong(1, giveawayId);
            s.executeQuery().close();
        } catch (SQLException e) {
            throw new IllegalStateException("locking the giveaway failed: " + e.getSQLState(), e);
        }
    }

    /** Runs a conditional update by id (rows read through JPA first, so of the tenant); returns the rows changed. */
    public int update(String statement, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(statement)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("update failed: " + e.getSQLState(), e);
        }
    }

    /** Inserts a ticket handed to the first on the waitlist (in the caller's transaction). */
    public void insertPromoted(Object[] ticketRow) {
        insertTicket(ticketRow);
    }
}
