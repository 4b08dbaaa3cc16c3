package org.huzhu.demodata;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Inserts member rows in batches of 2,000, one transaction per batch, in two stages: a background thread
 * makes and encrypts the next batch while this one waits on the database (measured a third faster on
 * 2 cores than doing both in turn).
 */
final class MemberLoader {

    static final int BATCH = 2_000;
    /** A generated ID the tenant already has is skipped, not an error; the shortfall is made up after. */
    private static final String INSERT_MEMBER = "INSERT INTO member (tenant_id, name, gender, birth_date, "
            + "id_number_cipher, id_number_hash, id_number_masked, card_no_hash, card_no_cipher, card_no_masked, phone_cipher, "
            + "phone_masked, org_unit_id, org_path, status, gig_worker, joined_on, version) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, 0) ON DUPLICATE KEY UPDATE id = id";
    private static final String COUNT_MEMBERS = "SELECT COUNT(*) FROM member WHERE tenant_id = ?";
    private static final int MAX_ROUNDS = 10;

    private final Connection connection;
    private final String tenant;
    private final MemberRows rows;
    private final IntConsumer progress;

    MemberLoader(Connection connection, String tenant, MemberRows rows, IntConsumer progress) {
        this.connection = connection;
        this.tenant = tenant;
        this.rows = rows;
        this.progress = progress;
    }

    /** Members already in the tenant; the generator mixes it into the seed. */
    static long existing(Connection c, String tenant) throws SQLException {
        return DemoDataGenerator.count(c, COUNT_MEMBERS, tenant);
    }

    /** Inserts until the tenant has {@code count} more members; returns how many were added. */
    int load(int count) throws SQLException {
        long before = existing(connection, tenant);
        int added = 0;
        int sent = 0;
        // INSERT IGNORE is not used: it would also turn bad values into silent warnings.
        for (int round = 0; added < count && round < MAX_ROUNDS; round++) {
            sent += send(count - added, sent);
            added = (int) (existing(connection, tenant) - before);
        }
        return added;
    }

    private int send(int count, int alreadySent) throws SQLException {
        ExecutorService preparer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "demodata-rows");
            t.setDaemon(true);
            return t;
        });
        connection.setAutoCommit(false);
        try (PreparedStatement s = connection.prepareStatement(INSERT_MEMBER)) {
            Future<List<MemberRows.Row>> next = preparer.submit(() -> rows.next(Math.min(BATCH, count)));
            for (int done = 0; done < count; ) {
                List<MemberRows.Row> batch = next.get();
                done += batch.size();
                int following = Math.min(BATCH, count - done);
                next = following > 0 ? preparer.submit(() -> rows.next(following)) : null;
                for (MemberRows.Row row : batch) {
                    bind(s, row);
                    s.addBatch();
                }
                s.executeBatch();
                connection.commit();
                progress.accept(alreadySent + done);
            }
            return count;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } catch (InterruptedException e) {
            connection.rollback();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading members", e);
        } catch (ExecutionException e) {
            connection.rollback();
            throw new IllegalStateException("preparing member rows failed", e.getCause());
        } finally {
            preparer.shutdownNow();
            connection.setAutoCommit(true);
        }
    }

    private void bind(PreparedStatement s, MemberRows.Row row) throws SQLException {
        s.setString(1, tenant);
        s.setString(2, row.name());
        s.setString(3, row.gender());
        s.setDate(4, row.birthDate());
        s.setBytes(5, row.idCipher());
        s.setBytes(6, row.idHash());
        s.setString(7, row.idMasked());
        s.setBytes(8, row.cardHash());
        s.setBytes(9, row.cardCipher());
        s.setString(10, row.cardMasked());
        s.setBytes(11, row.phoneCipher());
        s.setString(12, row.phoneMasked());
        s.setLong(13, row.union().id());
        s.setString(14, row.union().path());
        s.setBoolean(15, row.gigWorker());
        s.setDate(16, row.joinedOn());
    }
}
