package org.huzhu.demodata;

import com.mysql.cj.conf.PropertyKey;
import com.mysql.cj.jdbc.JdbcConnection;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntConsumer;
import javax.sql.DataSource;
import org.huzhu.kernel.pii.PersonalDataProtector;

/**
 * Writes a demo org tree and members for one tenant with plain JDBC ({@link OrgTreeWriter},
 * {@link MemberLoader}): this is a loading tool, and an ORM would cost ten times the time at a million rows. The data source's URL
 * should carry {@code rewriteBatchedStatements=true} (a warning is logged otherwise), which turns a batch
 * into a few multi-row INSERTs.
 */
public final class DemoDataGenerator {

    private static final System.Logger LOG = System.getLogger(DemoDataGenerator.class.getName());

    private final DataSource dataSource;
    private final PersonalDataProtector protector;
    private final Clock clock;
    private IntConsumer progress = done -> { };

    public DemoDataGenerator(DataSource dataSource, PersonalDataProtector protector) {
        this(dataSource, protector, Clock.systemDefaultZone());
    }

    /** Ages and joining dates are counted back from the clock's today. */
    DemoDataGenerator(DataSource dataSource, PersonalDataProtector protector, Clock clock) {
        this.dataSource = dataSource;
        this.protector = protector;
        this.clock = clock;
    }

    /** Called after each batch with the number of members sent so far (never with personal data). */
    public DemoDataGenerator onProgress(IntConsumer listener) {
        this.progress = listener;
        return this;
    }

    /** Creates the org tree and members unless the tenant already has org units (then skipped=true). */
    public DemoDataResult generate(DemoSpec spec) {
        try (Connection c = dataSource.getConnection()) {
            if (count(c, "SELECT COUNT(*) FROM org_unit WHERE tenant_id = ?", spec.tenantId()) > 0) {
                return new DemoDataResult(0, 0, true);
            }
            List<OrgNode> unions = OrgTreeWriter.write(c, spec);
            int members = insertMembers(c, spec.tenantId(), unions, spec.regionPrefix(), spec.members(), spec.seed());
            int units = 1 + spec.agencyOffices().size() + unions.size() + spec.newUnions().size();
            return new DemoDataResult(units, members, false);
        } catch (SQLException e) {
            throw new IllegalStateException("demo data for tenant " + spec.tenantId() + " failed: " + e.getMessage(), e);
        }
    }

    /** Enrols the tenant's demo members in the given covers; returns the number of enrolments made. */
    public int enrol(String tenantId, List<DemoCover> covers) {
        try (Connection c = dataSource.getConnection()) {
            return DemoEnrolments.write(c, tenantId, covers);
        } catch (SQLException e) {
            throw new IllegalStateException("demo enrolments for tenant " + tenantId + " failed: " + e.getMessage(), e);
        }
    }

    /** Adds members to an existing tenant's grassroots unions (for the million-member scale test). */
    public int addMembers(String tenantId, String regionPrefix, int count, long seed) {
        try (Connection c = dataSource.getConnection()) {
            List<OrgNode> unions = grassrootsUnions(c, tenantId);
            if (unions.isEmpty()) {
                throw new IllegalStateException("tenant " + tenantId + " has no grassroots unions: generate it first");
            }
            return insertMembers(c, tenantId, unions, regionPrefix, count, seed);
        } catch (SQLException e) {
            throw new IllegalStateException("adding members to " + tenantId + " failed: " + e.getMessage(), e);
        }
    }

    private int insertMembers(Connection c, String tenant, List<OrgNode> unions, String regionPrefix, int count,
                              long seed) throws SQLException {
        warnIfBatchesAreNotRewritten(c);
        // The seed is mixed with the members already there, so adding with the same seed adds new people
        // instead of regenerating the ones loaded first; a fresh tenant gets exactly the spec's seed.
        Random random = new Random(seed ^ (MemberLoader.existing(c, tenant) * 0x9E3779B97F4A7C15L));
        PersonFactory people = new PersonFactory(random.nextLong(), regionPrefix, cardPrefix(tenant),
                LocalDate.now(clock));
        MemberRows rows = new MemberRows(people, random, unions, protector);
        return new MemberLoader(c, tenant, rows, progress).load(count);
    }

    /** 6215 (a UnionPay debit BIN) and four digits of the tenant, as the issuing bank numbers a city's cards. */
    static String cardPrefix(String tenant) {
        return "6215" + String.format("%04d", Math.floorMod(tenant.hashCode(), 10_000));
    }

    private static void warnIfBatchesAreNotRewritten(Connection c) throws SQLException {
        if (c.isWrapperFor(JdbcConnection.class) && !c.unwrap(JdbcConnection.class).getPropertySet()
                .getBooleanProperty(PropertyKey.rewriteBatchedStatements).getValue()) {
            LOG.log(System.Logger.Level.WARNING, "rewriteBatchedStatements=true is missing from the JDBC URL: "
                    + "members are inserted one statement at a time, many times slower");
        }
    }

    private static List<OrgNode> grassrootsUnions(Connection c, String tenant) throws SQLException {
        List<OrgNode> unions = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id, path FROM org_unit WHERE tenant_id = ? AND kind = 'GRASSROOTS_UNION' ORDER BY id")) {
            s.setString(1, tenant);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    unions.add(new OrgNode(rs.getLong(1), rs.getString(2)));
                }
            }
        }
        return unions;
    }

    static long count(Connection c, String sql, String tenant) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, tenant);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** An org unit as members and children refer to it: id and path (copied into member.org_path). */
    record OrgNode(long id, String path) {
    }
}
