package org.huzhu.microloans.api;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Writes a tenant's microloan settings in the caller's transaction (the provisioning tool's): the SQL stays
 * beside this module's migrations. Products are upserted by code, products the file no longer lists are set
 * inactive (applications and loans keep naming them); rates are upserted by name and day, none is deleted (the
 * history is the rate; a rate added in the portal survives).
 */
public final class MicroloanSettingsWriter {

    private MicroloanSettingsWriter() {
    }

    public static void write(Connection c, String tenantId, MicroloanSettings settings) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO loan_reference_rate (tenant_id, name, "
                + "effective_from, percent) VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE percent = VALUES(percent)")) {
            for (MicroloanSettings.RatePoint r : settings.referenceRates()) {
                s.setString(1, tenantId);
                s.setString(2, r.name());
                s.setDate(3, Date.valueOf(r.effectiveFrom()));
                s.setBigDecimal(4, r.percent());
                s.addBatch();
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE loan_product SET active = FALSE WHERE tenant_id = ?")) {
            s.setString(1, tenantId);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO loan_product (tenant_id, code, name_zh, name_en, "
                + "borrower_kind, min_amount_fen, max_amount_fen, min_months, max_months, bank_percent, "
                + "borrower_fixed_percent, reference_rate, margin_bp, repayment_method, settlement, subsidy_months, "
                + "required_documents, partner_banks, guarantors, active) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE) ON DUPLICATE KEY UPDATE "
                + "name_zh = VALUES(name_zh), name_en = VALUES(name_en), borrower_kind = VALUES(borrower_kind), "
                + "min_amount_fen = VALUES(min_amount_fen), max_amount_fen = VALUES(max_amount_fen), "
                + "min_months = VALUES(min_months), max_months = VALUES(max_months), bank_percent = VALUES(bank_percent), "
                + "borrower_fixed_percent = VALUES(borrower_fixed_percent), reference_rate = VALUES(reference_rate), "
                + "margin_bp = VALUES(margin_bp), repayment_method = VALUES(repayment_method), "
                + "settlement = VALUES(settlement), subsidy_months = VALUES(subsidy_months), "
                + "required_documents = VALUES(required_documents), partner_banks = VALUES(partner_banks), "
                + "guarantors = VALUES(guarantors), active = TRUE, version = version + 1")) {
            for (ProductTerms p : settings.products()) {
                bind(s, tenantId, p);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void bind(PreparedStatement s, String tenantId, ProductTerms p) throws SQLException {
        s.setString(1, tenantId);
        s.setString(2, p.code());
        s.setString(3, p.nameZh());
        s.setString(4, p.nameEn());
        s.setString(5, p.borrowerKind().name());
        s.setLong(6, p.minAmountFen());
        s.setLong(7, p.maxAmountFen());
        s.setInt(8, p.minMonths());
        s.setInt(9, p.maxMonths());
        s.setBigDecimal(10, p.bankPercent());
        s.setBigDecimal(11, p.borrowerFixedPercent());
        s.setString(12, p.referenceRate());
        s.setObject(13, p.marginBp());
        s.setString(14, p.method().name());
        s.setString(15, p.settlement().name());
        s.setObject(16, p.subsidyMonths());
        s.setString(17, join(p.requiredDocuments().stream().map(Enum::name).toList()));
        s.setString(18, join(p.partnerBanks()));
        s.setString(19, join(p.guarantors()));
    }

    private static String join(List<String> values) {
        return String.join("|", values);
    }
}
