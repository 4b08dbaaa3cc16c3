-- The relief fund (温暖基金): one fund row per tenant holding the balance (locked by every movement), an
-- append-only ledger whose every entry records the balance after it, and applications that go up the levels.
CREATE TABLE relief_fund (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id     VARCHAR(32)  NOT NULL,
  balance_fen   BIGINT       NOT NULL DEFAULT 0,
  donated_fen   BIGINT       NOT NULL DEFAULT 0,
  granted_fen   BIGINT       NOT NULL DEFAULT 0,
  version       BIGINT       NOT NULL DEFAULT 0,
  UNIQUE KEY uq_relief_fund (tenant_id),
  CONSTRAINT ck_relief_fund_balance CHECK (balance_fen >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE fund_entry (
  id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id          VARCHAR(32)  NOT NULL,
  kind               VARCHAR(12)  NOT NULL,
  amount_fen         BIGINT       NOT NULL,
  balance_after_fen  BIGINT       NOT NULL,
  donor              VARCHAR(100) NULL,
  receipt_no         VARCHAR(40)  NULL,
  application_id     BIGINT       NULL,
  entry_date         DATE         NOT NULL,
  recorded_by        VARCHAR(100) NOT NULL,
  at                 DATETIME(3)  NOT NULL,
  version            BIGINT       NOT NULL DEFAULT 0,
  UNIQUE KEY uq_fund_entry_receipt (tenant_id, receipt_no),
  KEY ix_fund_entry_date (tenant_id, entry_date, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TRIGGER fund_entry_no_update BEFORE UPDATE ON fund_entry FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'fund_entry is append-only';
CREATE TRIGGER fund_entry_no_delete BEFORE DELETE ON fund_entry FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'fund_entry is append-only';

CREATE TABLE relief_application (
  id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id            VARCHAR(32)  NOT NULL,
  member_id            BIGINT       NOT NULL,
  member_name          VARCHAR(60)  NOT NULL,
  org_path             VARCHAR(400) NOT NULL,
  kind                 VARCHAR(16)  NOT NULL,
  illness_category     VARCHAR(40)  NULL,
  self_paid_fen        BIGINT       NOT NULL DEFAULT 0,
  loss_fen             BIGINT       NOT NULL DEFAULT 0,
  income_per_head_fen  BIGINT       NOT NULL DEFAULT 0,
  proposed_fen         BIGINT       NOT NULL,
  status               VARCHAR(16)  NOT NULL,
  filed_by             VARCHAR(100) NOT NULL,
  filed_at             DATETIME(3)  NOT NULL,
  checked_by           VARCHAR(100) NULL,
  checked_at           DATETIME(3)  NULL,
  check_note           VARCHAR(500) NULL,
  decided_by           VARCHAR(100) NULL,
  decided_at           DATETIME(3)  NULL,
  committee            VARCHAR(500) NULL,
  decision_reason      VARCHAR(500) NULL,
  granted_fen          BIGINT       NULL,
  payout_run_id        BIGINT       NULL,
  paid_on              DATE         NULL,
  fail_reason          VARCHAR(200) NULL,
  version              BIGINT       NOT NULL DEFAULT 0,
  KEY ix_relief_application_path (tenant_id, org_path(191)),
  KEY ix_relief_application_payable (tenant_id, status, payout_run_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The tenant's own list of major-illness categories; no rows: IllnessCategories.DEFAULTS.
CREATE TABLE relief_illness_category (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id     VARCHAR(32)  NOT NULL,
  code          VARCHAR(40)  NOT NULL,
  version       BIGINT       NOT NULL DEFAULT 0,
  UNIQUE KEY uq_relief_illness_category (tenant_id, code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
