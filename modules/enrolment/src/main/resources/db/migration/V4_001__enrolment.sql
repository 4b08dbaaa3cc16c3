-- Enrolment imports: a clerk's list, kept (encrypted) until the job is done so that a check or a submit
-- interrupted by a restart resumes where its last committed chunk ended.
CREATE TABLE enrolment_import (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id       VARCHAR(32)  NOT NULL,
  union_id        BIGINT       NOT NULL,
  union_code      VARCHAR(40)  NOT NULL,
  term_start      DATE         NOT NULL,
  file_name       VARCHAR(255) NOT NULL,
  file_kind       VARCHAR(8)   NOT NULL,
  file_sha256     BINARY(32)   NOT NULL,
  status          VARCHAR(16)  NOT NULL,
  total_rows      INT          NOT NULL DEFAULT 0,
  checked_rows    INT          NOT NULL DEFAULT 0,
  good_rows       INT          NOT NULL DEFAULT 0,
  bad_rows        INT          NOT NULL DEFAULT 0,
  submitted_rows  INT          NOT NULL DEFAULT 0,
  enrolled_rows   INT          NOT NULL DEFAULT 0,
  fee_fen         BIGINT       NOT NULL DEFAULT 0,
  paid_fen        BIGINT       NOT NULL DEFAULT 0,
  paid_in_full_on DATE         NULL,
  failure         VARCHAR(1000) NULL,
  created_by      VARCHAR(100) NOT NULL,
  created_at      DATETIME(3)  NOT NULL,
  submitted_by    VARCHAR(100) NULL,
  submitted_at    DATETIME(3)  NULL,
  version         BIGINT       NOT NULL DEFAULT 0,
  KEY ix_enrolment_import_union (tenant_id, union_id, id),
  KEY ix_enrolment_import_status (tenant_id, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The uploaded file in encrypted pieces of at most 1 MB (it holds ID numbers in clear).
CREATE TABLE enrolment_import_file (
  id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id  VARCHAR(32) NOT NULL,
  import_id  BIGINT      NOT NULL,
  piece      INT         NOT NULL,
  content    LONGBLOB    NOT NULL,
  version    BIGINT      NOT NULL DEFAULT 0,
  UNIQUE KEY uk_import_file_piece (tenant_id, import_id, piece)
) ENGINE=InnoDB;

-- Every problem of every bad row: row number, field, rule and message (never an ID in clear).
CREATE TABLE enrolment_import_error (
  id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id  VARCHAR(32)  NOT NULL,
  import_id  BIGINT       NOT NULL,
  row_no     INT          NOT NULL,
  seq        INT          NOT NULL,
  field      VARCHAR(20)  NOT NULL,
  rule       VARCHAR(40)  NOT NULL,
  message_zh VARCHAR(300) NOT NULL,
  message_en VARCHAR(300) NOT NULL,
  version    BIGINT       NOT NULL DEFAULT 0,
  UNIQUE KEY uk_import_error (tenant_id, import_id, row_no, seq)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Totals of the good rows per plan, for the clerk's review and the fee statement.
CREATE TABLE enrolment_import_total (
  id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id  VARCHAR(32) NOT NULL,
  import_id  BIGINT      NOT NULL,
  plan_code  VARCHAR(40) NOT NULL,
  members    INT         NOT NULL,
  units      INT         NOT NULL,
  fee_fen    BIGINT      NOT NULL,
  version    BIGINT      NOT NULL DEFAULT 0,
  UNIQUE KEY uk_import_total (tenant_id, import_id, plan_code)
) ENGINE=InnoDB;

-- One member covered by one plan for one term. The unique key is what makes a re-upload or a resumed
-- submit enrol nobody twice.
CREATE TABLE enrolment (
  id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id    VARCHAR(32) NOT NULL,
  member_id    BIGINT      NOT NULL,
  plan_code    VARCHAR(40) NOT NULL,
  plan_version INT         NOT NULL,
  term_start   DATE        NOT NULL,
  term_end     DATE        NOT NULL,
  units        INT         NOT NULL,
  fee_fen      BIGINT      NOT NULL,
  union_id     BIGINT      NOT NULL,
  union_code   VARCHAR(40) NOT NULL,
  agency_id    BIGINT      NULL,
  import_id    BIGINT      NOT NULL,
  cover_start  DATE        NULL,
  enrolled_at  DATETIME(3) NOT NULL,
  version      BIGINT      NOT NULL DEFAULT 0,
  UNIQUE KEY uk_enrolment (tenant_id, member_id, plan_code, term_start),
  KEY ix_enrolment_import (tenant_id, import_id),
  KEY ix_enrolment_term (tenant_id, term_start, plan_code),
  KEY ix_enrolment_union (tenant_id, union_id, term_start, plan_code)
) ENGINE=InnoDB;

-- Payments recorded against an import's fee statement, in full or in part.
CREATE TABLE enrolment_payment (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id   VARCHAR(32)  NOT NULL,
  import_id   BIGINT       NOT NULL,
  amount_fen  BIGINT       NOT NULL,
  paid_on     DATE         NOT NULL,
  reference   VARCHAR(100) NULL,
  recorded_by VARCHAR(100) NOT NULL,
  recorded_at DATETIME(3)  NOT NULL,
  version     BIGINT       NOT NULL DEFAULT 0,
  KEY ix_enrolment_payment_import (tenant_id, import_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
