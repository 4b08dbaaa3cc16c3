package org.huzhu.demodata;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntConsumer;
import javax.sql.DataSource;
import org.huzhu.kernel.pii.Masking;
import org.huzhu.kernel.pii.PersonalDataProtector;

/**
 * Writes a demo org tree and members for one tenant. Plain JDBC in batches: this is a loading tool, and
 * the ORM would cost ten times the time at a million rows. Members are inserted with INSERT IGNORE, so a
 * generated ID that happens to exist already is skipped rather than failing the load.
 */
public final class DemoDataGenerator {

    private static final int BATCH = 2_000;
    private static final String INSERT_MEMBER = "INSERT IGNORE INTO member (tenant_id, name, gender, birth_date, "
            + "id_number_cipher, id_number_hash, id_number_masked, card_no_hash, card_no_masked, phone_cipher, "
            + "phone_masked, org_unit_id, org_path, status, gig_worker, joined_on, version) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, 0)";

    private final DataSource dataSource;
    private final PersonalDataProtector protector;
    private IntConsumer progress = done -> { };

    public DemoDataGenerator(DataSource dataSource, PersonalDataProtector protector) {
        this.dataSource = dataSource;
        this.protector = protector;
    }

    /** Called with the number of members written so far after each batch. */
    public DemoDataGenerator onProgress(IntConsumer listener) {
        this.progress = listener;
        return this;
    }

    /** Creates the org tree and members unless the tenant already has org units (then skipped). */
    public DemoDataResult generate(DemoSpec spec) {
        try (Connection c = dataSource.getConnection()) {
            if (count(c, "SELECT COUNT(*) FROM org_unit WHERE tenant_id = ?", spec.tenantId()) > 0) {
                return new DemoDataResult(0, 0, true);
            }
            List<Union> unions = createOrgTree(c, spec);
            int members = insertMembers(c, spec.tenantId(), unions, spec.regionPrefix(), spec.members(), spec.seed());
            return new DemoDataResult(1 + spec.agencyOffices().size() * (1 + spec.grassrootsPerAgency()), members, false);
        } catch (SQLException e) {
            throw new IllegalStateException("demo data for tenant " + spec.tenantId() + " failed: " + e.getMessage(), e);
        }
    }

    /** Adds members to an existing tenant's grassroots unions (for the large-tenant scale check). */
    public int addMembers(String tenantId, String regionPrefix, int count, long seed) {
        try (Connection c = dataSource.getConnection()) {
            List<Union> unions = grassrootsUnions(c, tenantId);
            if (unions.isEmpty()) {
                throw new IllegalStateException("tenant " + tenantId + " has no grassroots unions: apply it first");
            }
            return insertMembers(c, tenantId, unions, regionPrefix, count, seed);
        } catch (SQLException e) {
            throw new IllegalStateException("adding members to " + tenantId + " failed: " + e.getMessage(), e);
        }
    }

    private List<Union> createOrgTree(Connection c, DemoSpec spec) throws SQLException {
        c.setAutoCommit(false);
        Random random = new Random(spec.seed());
        long city = insertUnit(c, spec.tenantId(), spec.cityOfficeCode(), spec.cityOfficeName(), "CITY_OFFICE", null,
                "/", null, null);
        List<Union> unions = new ArrayList<>();
        for (AgencySpec agency : spec.agencyOffices()) {
            String cityPath = "/" + city + "/";
            long agencyId = insertUnit(c, spec.tenantId(), agency.code(), agency.name(), "AGENCY_OFFICE", city,
                    cityPath, null, null);
            String agencyPath = cityPath + agencyId + "/";
            for (int i = 1; i <= spec.grassrootsPerAgency(); i++) {
                String code = agency.code() + String.format("-%03d", i);
                String name = agency.name().replaceFirst("(总工会|工会)$", "") + "第" + i + "基层工会";
                long id = insertUnit(c, spec.tenantId(), code, name, "GRASSROOTS_UNION", agencyId, agencyPath,
                        creditCode(random), 50 + random.nextInt(2000));
                unions.add(new Union(id, agencyPath + id + "/"));
            }
        }
        c.commit();
        return unions;
    }

    private static long insertUnit(Connection c, String tenant, String code, String name, String kind, Long parent,
                                   String parentPath, String creditCode, Integer headcount) throws SQLException {
        long id;
        try (PreparedStatement s = c.prepareStatement("INSERT INTO org_unit (tenant_id, code, name, kind, parent_id, "
                + "path, credit_code, headcount, version) VALUES (?, ?, ?, ?, ?, '', ?, ?, 0)",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, tenant);
            s.setString(2, code);
            s.setString(3, name);
            s.setString(4, kind);
            s.setObject(5, parent);
            s.setString(6, creditCode);
            s.setObject(7, headcount);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE org_unit SET path = ? WHERE id = ?")) {
            s.setString(1, parentPath + id + "/");
            s.setLong(2, id);
            s.executeUpdate();
        }
        return id;
    }

    /** A unified social credit code of the right shape (18 characters, registration-authority prefix 81: union). */
    private static String creditCode(Random random) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder code = new StringBuilder("81");
        while (code.length() < 18) {
            code.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return code.toString();
    }

    private int insertMembers(Connection c, String tenant, List<Union> unions, String regionPrefix, int count,
                              long seed) throws SQLException {
        long before = count(c, "SELECT COUNT(*) FROM member WHERE tenant_id = ?", tenant);
        PersonFactory people = new PersonFactory(seed, regionPrefix);
        Random placement = new Random(seed + 1);
        c.setAutoCommit(false);
        try (PreparedStatement s = c.prepareStatement(INSERT_MEMBER)) {
            for (int i = 0; i < count; i++) {
                bind(s, tenant, people.next(i), unions.get(placement.nextInt(unions.size())));
                s.addBatch();
                if ((i + 1) % BATCH == 0 || i == count - 1) {
                    s.executeBatch();
                    c.commit();
                    progress.accept(i + 1);
                }
            }
        }
        c.setAutoCommit(true);
        return (int) (count(c, "SELECT COUNT(*) FROM member WHERE tenant_id = ?", tenant) - before);
    }

    private void bind(PreparedStatement s, String tenant, PersonFactory.Person p, Union union) throws SQLException {
        s.setString(1, tenant);
        s.setString(2, p.name());
        s.setString(3, p.id().gender().name().substring(0, 1));
        s.setDate(4, Date.valueOf(p.id().birthDate()));
        s.setBytes(5, protector.encrypt(p.id().value()));
        s.setBytes(6, protector.lookupHash(p.id().value()));
        s.setString(7, p.id().masked());
        s.setBytes(8, protector.lookupHash(p.cardNo()));
        s.setString(9, Masking.cardNo(p.cardNo()));
        s.setBytes(10, protector.encrypt(p.phone()));
        s.setString(11, Masking.phone(p.phone()));
        s.setLong(12, union.id());
        s.setString(13, union.path());
        s.setBoolean(14, p.gigWorker());
        s.setDate(15, Date.valueOf(p.joinedOn()));
    }

    private static List<Union> grassrootsUnions(Connection c, String tenant) throws SQLException {
        List<Union> unions = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id, path FROM org_unit WHERE tenant_id = ? AND kind = 'GRASSROOTS_UNION' ORDER BY id")) {
            s.setString(1, tenant);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    unions.add(new Union(rs.getLong(1), rs.getString(2)));
                }
            }
        }
        return unions;
    }

    private static long count(Connection c, String sql, String tenant) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, tenant);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private record Union(long id, String path) {
    }
}
