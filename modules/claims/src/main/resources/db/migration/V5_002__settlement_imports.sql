-- Medical-insurance settlement files (医保结算导入): each line a hospital stay that becomes a secondary-
-- reimbursement claim (channel SETTLEMENT, source_ref = the settlement number, unique per tenant in claim).
-- Counters move forward one committed chunk at a time with the chunk's claims and bad lines. The file itself is
-- kept encrypted in job_file (tenancy), kind 'settlement-import'.
CREATE TABLE settlement_import (
  id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id         VARCHAR(32)  NOT NULL,
  plan_code         VARCHAR(60)  NOT NULL,
  benefit_code      VARCHAR(60)  NOT NULL,
  file_name         VARCHAR(255) NOT NULL,
  file_sha256       CHAR(64)     NOT NULL,
  status            VARCHAR(12)  NOT NULL,
  total_lines       INT          NOT NULL DEFAULT 0,
  processed_lines   INT          NOT NULL DEFAULT 0,
  claims_created    INT          NOT NULL DEFAULT 0,
  approved          INT          NOT NULL DEFAULT 0,
  in_review         INT          NOT NULL DEFAULT 0,
  rejected          INT          NOT NULL DEFAULT 0,
  already_imported  INT          NOT NULL DEFAULT 0,
  bad_lines         INT          NOT NULL DEFAULT 0,
  approved_fen      BIGINT       NOT NULL DEFAULT 0,
  failure           VARCHAR(1000) NULL,
  created_by        VARCHAR(100) NOT NULL,
  created_at        DATETIME(3)  NOT NULL,
  finished_at       DATETIME(3)  NULL,
  version           BIGINT       NOT NULL DEFAULT 0,
  KEY ix_settlement_import_status (tenant_id, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every problem of every bad line: line number, field, rule, message (never an ID in clear).
CREATE TABLE settlement_import_error (
  id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id  VARCHAR(32)  NOT NULL,
  import_id  BIGINT       NOT NULL,
  line_no    INT          NOT NULL,
  seq        INT          NOT NULL,
  field      VARCHAR(40)  NOT NULL,
  rule       VARCHAR(40)  NOT NULL,
  message    VARCHAR(500) NOT NULL,
  version    BIGINT       NOT NULL DEFAULT 0,
  KEY ix_settlement_error (tenant_id, import_id, line_no, seq)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
