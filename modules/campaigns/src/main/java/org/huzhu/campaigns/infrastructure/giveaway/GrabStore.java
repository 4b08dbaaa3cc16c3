package org.huzhu.campaigns.infrastructure.giveaway;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.huzhu.campaigns.api.giveaway.TicketStatus;
import org.huzhu.campaigns.domain.giveaway.GiveawayTicket;
import org.huzhu.campaigns.domain.giveaway.WaitlistEntry;
import org.huzhu.tenancy.api.Notice;
import org.huzhu.tenancy.api.Notices;
import org.huzhu.tenancy.api.TenantSql;

/**
 * The writes of grabs and holds. A batch of grabs ({@link #inBatch}) is ONE local transaction on the grabs' own pool
 * ({@code jdbc/huzhuGrabs}, outside the container's transactions): the giveaway's row locked first, then the askers'
 * tickets read, then the tickets, their notices, the waitlist places and the pool's decrement written. Why a pool of
 * its own: the request threads waiting for a batch may each hold a connection of the main pool until their request
 * ends; the batch that answers them must never wait for one of those. The holds' and edits' writes run in the
 * caller's container transaction. Reads name the giveaway by an id read through JPA first (so of the tenant); the
 * tenant's condition and column are filled in by {@link TenantSql}.
 */
@ApplicationScoped
public class GrabStore {

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    @Resource(lookup = "jdbc/huzhuGrabs")
    DataSource grabsPool;

    @Inject
    TenantSql sql;

    @Inject
    Notices notices;

    /** The pool and the limit as stored. */
    public record Pool(int remaining, int limit) {
    }

    /** A stored ticket of an asking member, as a batch needs it. */
    public record StoredTicket(long memberId, String key, int slot, TicketStatus status, String code,
                               LocalDateTime wonAt, LocalDateTime holdUntil, LocalDateTime confirmedAt) {
    }

    /** Work on one batch's connection. */
    @FunctionalInterface
    public interface BatchWork<T> {
        T run(Batch batch);
    }

    /** Runs the work in one local transaction of the grabs' pool: committed when it returns, else rolled back. */
    public <T> T inBatch(BatchWork<T> work) {
        try (Connection c = grabsPool.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(new Batch(c));
                c.commit();
                return result;
            } catch (RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("a batch of grabs failed: " + e.getSQLState(), e);
        }
    }

    /** One batch's reads and writes, on its connection. */
    public final class Batch {

        private final Connection connection;

        Batch(Connection connection) {
            this.connection = connection;
        }

        /** Locks the giveaway's row until the commit and reads its pool and limit. */
        public Pool lockPool(long giveawayId) {
            return sql.select(connection, "giveaway", "remaining, per_member_limit", "id = ?", "FOR UPDATE",
                    List.of(giveawayId), r -> new Pool(r.getInt(1), r.getInt(2))).stream().findFirst()
                    .orElseThrow(() -> new IllegalStateException("giveaway " + giveawayId + " is gone"));
        }

        /** The members' tickets of the giveaway, any status, in the order they were won. */
        public Map<Long, List<StoredTicket>> tickets(long giveawayId, Collection<Long> memberIds) {
            List<Object> params = new ArrayList<>();
            params.add(giveawayId);
            params.addAll(memberIds);
            return sql.select(connection, "giveaway_ticket", "member_id, idempotency_key, slot, status, code, won_at, "
                            + "hold_until, confirmed_at", "giveaway_id = ? AND member_id IN ("
                            + TenantSql.marks(memberIds.size()) + ")", "ORDER BY id",
                    params, r -> new StoredTicket(r.getLong(1), r.getString(2), r.getInt(3),
                            TicketStatus.valueOf(r.getString(4)), r.getString(5), time(r, 6), time(r, 7), time(r, 8)))
                    .stream().collect(Collectors.groupingBy(StoredTicket::memberId));
        }

        /** Whether some ticket of the giveaway is still held (its hold may lapse and go to the first waiting). */
        public boolean holdsOpen(long giveawayId) {
            return !sql.select(connection, "giveaway_ticket", "id", "giveaway_id = ? AND status = 'HELD'", "LIMIT 1",
                    List.of(giveawayId), r -> r.getLong(1)).isEmpty();
        }

        /**
         * Writes what the batch decided: the tickets (their unique keys refuse a second ticket for an attempt or a
         * slot past the limit, rolling the batch back), their notices, the waitlist places (once per member), and
         * the pool less the tickets.
         */
        public void write(long giveawayId, List<Object[]> tickets, List<Notice> won, List<Long> waitlisted,
                          LocalDateTime now) {
            if (!tickets.isEmpty()) {
                sql.insert(connection, "giveaway_ticket", GiveawayTicket.COLUMNS, tickets, null);
                notices.enqueue(connection, won);
                try (PreparedStatement take = connection.prepareStatement("UPDATE giveaway SET remaining = remaining - ? "
                        + "WHERE id = ? AND remaining >= ?")) {
                    take.setInt(1, tickets.size());
                    take.setLong(2, giveawayId);
                    take.setInt(3, tickets.size());
                    if (take.executeUpdate() != 1) {
                        throw new IllegalStateException("the pool of giveaway " + giveawayId + " moved under its lock");
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException("taking from the pool failed: " + e.getSQLState(), e);
                }
            }
            sql.insert(connection, "giveaway_waitlist", WaitlistEntry.COLUMNS, waitlisted.stream()
                    .map(m -> new Object[] {giveawayId, m, WaitlistEntry.WAITING, now, 0L}).toList(), TenantSql.KEEP_STORED);
        }
    }

    private static LocalDateTime time(ResultSet r, int column) throws SQLException {
        java.sql.Timestamp t = r.getTimestamp(column);
        return t == null ? null : t.toLocalDateTime();
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
        sql.insert("giveaway_ticket", GiveawayTicket.COLUMNS, List.<Object[]>of(ticketRow), null);
    }
}
