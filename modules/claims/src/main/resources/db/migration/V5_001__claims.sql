-- Claims (理赔): a member's request for a benefit under the enrolment in force on the event date, with the
-- facts the benefit needs, the automatic checks' outcome, the engine's valuation and the decisions taken.
CREATE TABLE claim (
  id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id         VARCHAR(32)  NOT NULL,
  member_id         BIGINT       NOT NULL,
  member_name       VARCHAR(60)  NOT NULL,
  org_path          VARCHAR(400) NOT NULL,
  agency_id         BIGINT       NULL,
  enrolment_id      BIGINT       NULL,
  plan_code         VARCHAR(60)  NOT NULL,
  plan_version      INT          NULL,
  benefit_code      VARCHAR(60)  NOT NULL,
  channel           VARCHAR(16)  NOT NULL,
  source_ref        VARCHAR(64)  NULL,
  event_date        DATE         NOT NULL,
  disease_code      VARCHAR(60)  NULL,
  disability_grade  INT          NULL,
  death             BOOLEAN      NOT NULL DEFAULT FALSE,
  admission         DATE         NULL,
  discharge         DATE         NULL,
  self_paid_fen     BIGINT       NULL,
  invoice_no        VARCHAR(64)  NULL,
  status            VARCHAR(20)  NOT NULL,
  review_level      VARCHAR(8)   NULL,
  reason_code       VARCHAR(40)  NULL,
  reason_message    VARCHAR(500) NULL,
  checks            TEXT         NULL,
  assessed_fen      BIGINT       NULL,
  approved_fen      BIGINT       NULL,
  explanation       MEDIUMTEXT   NULL,
  filed_by          VARCHAR(100) NOT NULL,
  filed_at          DATETIME(3)  NOT NULL,
  filed_on          DATE         NOT NULL,
  due_date          DATE         NOT NULL,
  escalated         BOOLEAN      NOT NULL DEFAULT FALSE,
  proposed_by       VARCHAR(100) NULL,
  proposed_outcome  VARCHAR(10)  NULL,
  proposed_fen      BIGINT       NULL,
  proposed_note     VARCHAR(500) NULL,
  decided_by        VARCHAR(100) NULL,
  decided_at        DATETIME(3)  NULL,
  payout_run_id     BIGINT       NULL,
  paid_on           DATE         NULL,
  payment_failure   VARCHAR(200) NULL,
  version           BIGINT       NOT NULL DEFAULT 0,
  UNIQUE KEY uk_claim_source (tenant_id, source_ref),
  KEY ix_claim_queue (tenant_id, status, due_date),
  KEY ix_claim_member (tenant_id, member_id, id),
  KEY ix_claim_enrolment (tenant_id, enrolment_id, status),
  KEY ix_claim_org (tenant_id, org_path(120), status),
  KEY ix_claim_run (tenant_id, payout_run_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Receipts (票据) and other documents: the content encrypted (medical data), the SHA-256 of the plain bytes kept
-- so the same receipt cannot back two claims.
CREATE TABLE claim_document (
  id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id         VARCHAR(32)  NOT NULL,
  claim_id          BIGINT       NOT NULL,
  doc_type          VARCHAR(40)  NOT NULL,
  file_name         VARCHAR(255) NOT NULL,
  content_type      VARCHAR(100) NOT NULL,
  size_bytes        BIGINT       NOT NULL,
  sha256            CHAR(64)     NOT NULL,
  content_cipher    LONGBLOB     NOT NULL,
  uploaded_by       VARCHAR(100) NOT NULL,
  uploaded_at       DATETIME(3)  NOT NULL,
  version           BIGINT       NOT NULL DEFAULT 0,
  KEY ix_claim_document_claim (tenant_id, claim_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A receipt in use: by its checksum and by its invoice number, each at most once per tenant (the unique key
-- holds even when two clerks file the same receipt at the same moment). Released when its claim is rejected.
CREATE TABLE claim_receipt (
  id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id         VARCHAR(32)  NOT NULL,
  kind              VARCHAR(10)  NOT NULL,
  receipt_key       VARCHAR(64)  NOT NULL,
  claim_id          BIGINT       NOT NULL,
  version           BIGINT       NOT NULL DEFAULT 0,
  UNIQUE KEY uk_claim_receipt (tenant_id, kind, receipt_key),
  KEY ix_claim_receipt_claim (tenant_id, claim_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The audit trail: every change of state and every money figure of a claim or payout run, who and when.
-- Append-only: the triggers below refuse any change or removal, whoever asks.
CREATE TABLE claim_audit (
  id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id         VARCHAR(32)  NOT NULL,
  subject           VARCHAR(16)  NOT NULL,
  subject_id        BIGINT       NOT NULL,
  action            VARCHAR(40)  NOT NULL,
  actor             VARCHAR(100) NOT NULL,
  at                DATETIME(3)  NOT NULL,
  status_before     VARCHAR(20)  NULL,
  status_after      VARCHAR(20)  NULL,
  amount_before_fen BIGINT       NULL,
  amount_after_fen  BIGINT       NULL,
  detail            VARCHAR(500) NULL,
  version           BIGINT       NOT NULL DEFAULT 0,
  KEY ix_claim_audit_subject (tenant_id, subject, subject_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TRIGGER claim_audit_no_update BEFORE UPDATE ON claim_audit FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'claim_audit is append-only';

CREATE TRIGGER claim_audit_no_delete BEFORE DELETE ON claim_audit FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'claim_audit is append-only';

-- The office's claim policy, from tenant-config (claims: in tenant.yaml): the share of claims sampled for
-- review, the amount above which every claim is reviewed, the payout day, and each role's approval limit.
CREATE TABLE claim_policy (
  tenant_id         VARCHAR(32)  NOT NULL PRIMARY KEY,
  review_percent    INT          NOT NULL,
  review_above_fen  BIGINT       NOT NULL,
  payout_weekday    VARCHAR(10)  NOT NULL,
  limits            VARCHAR(500) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
