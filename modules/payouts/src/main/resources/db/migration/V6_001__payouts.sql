-- Payout runs (周赔): approved claims gathered into one run, approved by a second person, paid by the bank
-- straight to the member card (直赔到卡) from a file, settled from the bank's result file.
-- The run's payment_count and total_fen move with its payments in the same transaction.
CREATE TABLE payout_run (
  id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id         VARCHAR(32)  NOT NULL,
  status            VARCHAR(16)  NOT NULL,
  run_trigger       VARCHAR(10)  NOT NULL,
  -- The payout day of a scheduled run; NULL for runs gathered by hand (at most one scheduled run a day).
  scheduled_on      DATE         NULL,
  payout_date       DATE         NOT NULL,
  created_by        VARCHAR(100) NOT NULL,
  created_at        DATETIME(3)  NOT NULL,
  gathered_chunks   INT          NOT NULL DEFAULT 0,
  payment_count     INT          NOT NULL DEFAULT 0,
  total_fen         BIGINT       NOT NULL DEFAULT 0,
  paid_count        INT          NOT NULL DEFAULT 0,
  paid_fen          BIGINT       NOT NULL DEFAULT 0,
  failed_count      INT          NOT NULL DEFAULT 0,
  failed_fen        BIGINT       NOT NULL DEFAULT 0,
  approved_by       VARCHAR(100) NULL,
  approved_at       DATETIME(3)  NULL,
  file_sha256       CHAR(64)     NULL,
  file_issued_by    VARCHAR(100) NULL,
  file_issued_at    DATETIME(3)  NULL,
  file_issues       INT          NOT NULL DEFAULT 0,
  settled_at        DATETIME(3)  NULL,
  version           BIGINT       NOT NULL DEFAULT 0,
  UNIQUE KEY uk_payout_run_scheduled (tenant_id, scheduled_on),
  KEY ix_payout_run_status (tenant_id, status, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One payment of one claim on one run. A claim is in at most one live payment: live_claim_id is the claim
-- while the payment is not FAILED, and unique per tenant, so a retried or resumed run cannot pay it twice;
-- a failed payment frees the claim for a new payment on a later run.
CREATE TABLE payout_payment (
  id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id         VARCHAR(32)  NOT NULL,
  run_id            BIGINT       NOT NULL,
  claim_id          BIGINT       NOT NULL,
  member_id         BIGINT       NOT NULL,
  member_name       VARCHAR(60)  NOT NULL,
  amount_fen        BIGINT       NOT NULL,
  reference         VARCHAR(40)  NOT NULL,
  status            VARCHAR(10)  NOT NULL,
  bank_reference    VARCHAR(64)  NULL,
  failure_reason    VARCHAR(200) NULL,
  settled_on        DATE         NULL,
  version           BIGINT       NOT NULL DEFAULT 0,
  live_claim_id     BIGINT
      GENERATED ALWAYS AS (CASE WHEN status = 'FAILED' THEN NULL ELSE claim_id END) STORED,
  UNIQUE KEY uk_payout_payment_live_claim (tenant_id, live_claim_id),
  UNIQUE KEY uk_payout_payment_reference (tenant_id, reference),
  KEY ix_payout_payment_run (tenant_id, run_id, status, id),
  KEY ix_payout_payment_claim (tenant_id, claim_id),
  CONSTRAINT ck_payout_payment_amount CHECK (amount_fen > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A bank result file as received (no personal data in it: references, outcome, bank reference, reason),
-- applied a chunk at a time; applied_lines moves with each chunk's payments in one transaction.
CREATE TABLE payout_result_import (
  id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id         VARCHAR(32)  NOT NULL,
  run_id            BIGINT       NOT NULL,
  status            VARCHAR(10)  NOT NULL,
  sha256            CHAR(64)     NOT NULL,
  content           MEDIUMTEXT   NOT NULL,
  total_lines       INT          NOT NULL,
  valid_lines       INT          NOT NULL,
  applied_lines     INT          NOT NULL DEFAULT 0,
  paid              INT          NOT NULL DEFAULT 0,
  failed            INT          NOT NULL DEFAULT 0,
  unchanged         INT          NOT NULL DEFAULT 0,
  imported_by       VARCHAR(100) NOT NULL,
  imported_at       DATETIME(3)  NOT NULL,
  finished_at       DATETIME(3)  NULL,
  version           BIGINT       NOT NULL DEFAULT 0,
  KEY ix_payout_result_import_run (tenant_id, run_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The lines of a result file that changed nothing, with their line number and why.
CREATE TABLE payout_result_problem (
  id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id         VARCHAR(32)  NOT NULL,
  import_id         BIGINT       NOT NULL,
  line_no           INT          NOT NULL,
  reason            VARCHAR(300) NOT NULL,
  version           BIGINT       NOT NULL DEFAULT 0,
  UNIQUE KEY uk_payout_result_problem (tenant_id, import_id, line_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
