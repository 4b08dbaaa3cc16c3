package org.huzhu.demodata;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.huzhu.demodata.DemoDataGenerator.OrgNode;

/**
 * Writes the three-level org tree of a demo tenant in one transaction: city office, its agency offices
 * and under each {@code <agencyCode>-001..} grassroots unions named after made-up employers, then the new unions
 * the spec names (registered, no members yet).
 */
final class OrgTreeWriter {

    private static final String[] TRADE_NAMES = {"华信", "恒达", "金泰", "鑫源", "宏远", "中联", "瑞丰", "博通", "天成",
        "永盛", "国安", "新华", "安捷", "盛世", "长城", "顺达", "汇通", "东方", "正大", "万隆"};
    private static final String[] INDUSTRIES = {"科技", "物流", "建设", "商贸", "餐饮", "医药", "机械", "电子",
        "物业", "运输", "食品", "印刷", "快递", "环卫"};
    private static final String[] FORMS = {"有限公司", "股份有限公司", "集团有限公司"};

    private OrgTreeWriter() {
    }

    /** @return the grassroots unions where members go (not the new ones) */
    static List<OrgNode> write(Connection c, DemoSpec spec) throws SQLException {
        c.setAutoCommit(false);
        try {
            Random random = new Random(spec.seed());
            String region6 = (spec.regionPrefix() + "010101").substring(0, 6);
            String tenant = spec.tenantId();
            OrgNode city = insert(c, tenant, spec.cityOfficeCode(), spec.cityOfficeName(), "CITY_OFFICE", null, null, null);
            List<OrgNode> unions = new ArrayList<>();
            Map<String, OrgNode> offices = new HashMap<>();
            for (AgencySpec agency : spec.agencyOffices()) {
                OrgNode office = insert(c, tenant, agency.code(), agency.name(), "AGENCY_OFFICE", city, null, null);
                offices.put(agency.code(), office);
                String area = agency.name().replaceFirst("(总工会|工会)$", "");
                for (int i = 1; i <= spec.grassrootsPerAgency(); i++) {
                    String name = area + pick(random, TRADE_NAMES) + pick(random, INDUSTRIES) + pick(random, FORMS)
                            + "工会";
                    unions.add(insert(c, tenant, String.format("%s-%03d", agency.code(), i), name, "GRASSROOTS_UNION",
                            office, RandomCreditCode.random(region6, random), 50 + random.nextInt(2_000)));
                }
            }
            for (NewUnionSpec union : spec.newUnions()) {
                insert(c, tenant, union.code(), union.name(), "GRASSROOTS_UNION", offices.get(union.parentCode()),
                        RandomCreditCode.random(region6, random), union.headcount());
            }
            c.commit();
            return unions;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** The path needs the generated id, so it is set right after the insert in the same transaction. */
    private static OrgNode insert(Connection c, String tenant, String code, String name, String kind, OrgNode parent,
                                String creditCode, Integer headcount) throws SQLException {
        long id;
        try (PreparedStatement s = c.prepareStatement("INSERT INTO org_unit (tenant_id, code, name, kind, parent_id, "
                + "path, credit_code, headcount, version) VALUES (?, ?, ?, ?, ?, '/', ?, ?, 0)",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, tenant);
            s.setString(2, code);
            s.setString(3, name);
            s.setString(4, kind);
            s.setObject(5, parent == null ? null : parent.id());
            s.setString(6, creditCode);
            s.setObject(7, headcount);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        String path = (parent == null ? "/" : parent.path()) + id + "/";
        try (PreparedStatement s = c.prepareStatement("UPDATE org_unit SET path = ? WHERE id = ?")) {
            s.setString(1, path);
            s.setLong(2, id);
            s.executeUpdate();
        }
        return new OrgNode(id, path);
    }

    private static String pick(Random random, String[] words) {
        return words[random.nextInt(words.length)];
    }
}
