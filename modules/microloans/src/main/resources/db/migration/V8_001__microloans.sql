-- Start-up microloans with interest subsidy (小额贷款 / 贴息). Figures in fen, rates in percent a year.

-- A tenant's loan products, written from tenant.yaml `microloans:` by provisioning.
CREATE TABLE loan_product (
  id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id              VARCHAR(32)   NOT NULL,
  code                   VARCHAR(40)   NOT NULL,
  name_zh                VARCHAR(100)  NOT NULL,
  name_en                VARCHAR(100)  NOT NULL,
  borrower_kind          VARCHAR(20)   NOT NULL,
  min_amount_fen         BIGINT        NOT NULL,
  max_amount_fen         BIGINT        NOT NULL,
  min_months             INT           NOT NULL,
  max_months             INT           NOT NULL,
  bank_percent           DECIMAL(7,4)  NOT NULL,
  borrower_fixed_percent DECIMAL(7,4)  NULL,
  reference_rate         VARCHAR(20)   NULL,
  margin_bp              INT           NULL,
  repayment_method       VARCHAR(40)   NOT NULL,
  settlement             VARCHAR(20)   NOT NULL,
  subsidy_months         INT           NULL,
  required_documents     VARCHAR(300)  NOT NULL,
  partner_banks          VARCHAR(1000) NOT NULL,
  guarantors             VARCHAR(1000) NOT NULL,
  active                 BOOLEAN       NOT NULL DEFAULT TRUE,
  version                BIGINT        NOT NULL DEFAULT 0,
  UNIQUE KEY uk_loan_product (tenant_id, code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A reference rate's history (LPR1Y ...): every published value is kept, a borrower's rate follows it.
CREATE TABLE loan_reference_rate (
  id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id      VARCHAR(32)  NOT NULL,
  name           VARCHAR(20)  NOT NULL,
  effective_from DATE         NOT NULL,
  percent        DECIMAL(7,4) NOT NULL,
  version        BIGINT       NOT NULL DEFAULT 0,
  UNIQUE KEY uk_loan_reference_rate (tenant_id, name, effective_from)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE loan_application (
  id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id           VARCHAR(32)   NOT NULL,
  product_code        VARCHAR(40)   NOT NULL,
  borrower_kind       VARCHAR(20)   NOT NULL,
  member_id           BIGINT        NOT NULL,
  org_path            VARCHAR(400)  NOT NULL,
  enterprise_name     VARCHAR(100)  NOT NULL,
  credit_code         CHAR(18)      NOT NULL,
  amount_fen          BIGINT        NOT NULL,
  months              INT           NOT NULL,
  park                VARCHAR(100)  NULL,
  district            VARCHAR(100)  NULL,
  account_cipher      VARBINARY(255) NOT NULL,
  account_masked      VARCHAR(40)   NOT NULL,
  account_holder      VARCHAR(100)  NOT NULL,
  status              VARCHAR(20)   NOT NULL,
  filed_by            VARCHAR(100)  NOT NULL,
  filed_at            DATETIME(3)   NOT NULL,
  investigated_on     DATE          NULL,
  investigators       VARCHAR(300)  NULL,
  findings            VARCHAR(2000) NULL,
  recommendation      VARCHAR(20)   NULL,
  guarantor           VARCHAR(100)  NULL,
  guarantee_note      VARCHAR(500)  NULL,
  guarantee_on        DATE          NULL,
  bank                VARCHAR(100)  NULL,
  approved_amount_fen BIGINT        NULL,
  approved_months     INT           NULL,
  approved_percent    DECIMAL(7,4)  NULL,
  contract_no         VARCHAR(64)   NULL,
  approved_on         DATE          NULL,
  disbursed_on        DATE          NULL,
  loan_id             BIGINT        NULL,
  closed_reason       VARCHAR(500)  NULL,
  version             BIGINT        NOT NULL DEFAULT 0,
  KEY ix_loan_application_status (tenant_id, status, id),
  KEY ix_loan_application_member (tenant_id, member_id),
  KEY ix_loan_application_org (tenant_id, org_path(120))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Documents (licence, founder's ID, business plan): encrypted, with the SHA-256 of the plain bytes.
CREATE TABLE loan_document (
  id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id      VARCHAR(32)  NOT NULL,
  application_id BIGINT       NOT NULL,
  kind           VARCHAR(20)  NOT NULL,
  file_name      VARCHAR(200) NOT NULL,
  content_type   VARCHAR(60)  NOT NULL,
  size_bytes     BIGINT       NOT NULL,
  sha256         CHAR(64)     NOT NULL,
  content_cipher LONGBLOB     NOT NULL,
  uploaded_by    VARCHAR(100) NOT NULL,
  uploaded_at    DATETIME(3)  NOT NULL,
  version        BIGINT       NOT NULL DEFAULT 0,
  KEY ix_loan_document_application (tenant_id, application_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A disbursed loan; its schedule is computed from these terms and the reference rate's history.
CREATE TABLE loan (
  id                     BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id              VARCHAR(32)    NOT NULL,
  application_id         BIGINT         NOT NULL,
  member_id              BIGINT         NOT NULL,
  org_path               VARCHAR(400)   NOT NULL,
  product_code           VARCHAR(40)    NOT NULL,
  contract_no            VARCHAR(64)    NOT NULL,
  borrower_name          VARCHAR(100)   NOT NULL,
  amount_fen             BIGINT         NOT NULL,
  months                 INT            NOT NULL,
  bank_percent           DECIMAL(7,4)   NOT NULL,
  borrower_fixed_percent DECIMAL(7,4)   NULL,
  reference_rate         VARCHAR(20)    NULL,
  margin_bp              INT            NULL,
  repayment_method       VARCHAR(40)    NOT NULL,
  settlement             VARCHAR(20)    NOT NULL,
  subsidy_months         INT            NULL,
  disbursed_on           DATE           NOT NULL,
  extended_on            DATE           NULL,
  stopped_on             DATE           NULL,
  account_cipher         VARBINARY(255) NOT NULL,
  account_masked         VARCHAR(40)    NOT NULL,
  account_holder         VARCHAR(100)   NOT NULL,
  status                 VARCHAR(20)    NOT NULL,
  version                BIGINT         NOT NULL DEFAULT 0,
  UNIQUE KEY uk_loan_contract (tenant_id, contract_no),
  UNIQUE KEY uk_loan_application (tenant_id, application_id),
  KEY ix_loan_org (tenant_id, org_path(120))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Repayments: the bank's transaction reference is unique per loan, so a file imported twice records nothing twice.
CREATE TABLE loan_repayment (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id     VARCHAR(32)  NOT NULL,
  loan_id       BIGINT       NOT NULL,
  instalment    INT          NOT NULL,
  paid_on       DATE         NOT NULL,
  principal_fen BIGINT       NOT NULL,
  interest_fen  BIGINT       NOT NULL,
  penalty_fen   BIGINT       NOT NULL,
  source        VARCHAR(10)  NOT NULL,
  reference     VARCHAR(64)  NOT NULL,
  recorded_by   VARCHAR(100) NOT NULL,
  recorded_at   DATETIME(3)  NOT NULL,
  version       BIGINT       NOT NULL DEFAULT 0,
  UNIQUE KEY uk_loan_repayment (tenant_id, loan_id, reference),
  KEY ix_loan_repayment_loan (tenant_id, loan_id, instalment)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A loan's subsidy for one settlement period: one per loan and period, so it is paid exactly once.
CREATE TABLE loan_subsidy (
  id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id      VARCHAR(32)  NOT NULL,
  loan_id        BIGINT       NOT NULL,
  member_id      BIGINT       NOT NULL,
  org_path       VARCHAR(400) NOT NULL,
  period_name    VARCHAR(10)  NOT NULL,
  period_from    DATE         NOT NULL,
  period_to      DATE         NOT NULL,
  amount_fen     BIGINT       NOT NULL,
  working        MEDIUMTEXT   NOT NULL,
  status         VARCHAR(20)  NOT NULL,
  computed_by    VARCHAR(100) NOT NULL,
  computed_at    DATETIME(3)  NOT NULL,
  approved_by    VARCHAR(100) NULL,
  approved_at    DATETIME(3)  NULL,
  run_id         BIGINT       NULL,
  paid_on        DATE         NULL,
  failure_reason VARCHAR(300) NULL,
  version        BIGINT       NOT NULL DEFAULT 0,
  UNIQUE KEY uk_loan_subsidy (tenant_id, loan_id, period_name),
  KEY ix_loan_subsidy_status (tenant_id, status, id),
  KEY ix_loan_subsidy_run (tenant_id, run_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The audit trail: codes and parameters, translated when shown. Append-only: the triggers refuse any change.
CREATE TABLE loan_audit (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id     VARCHAR(32)   NOT NULL,
  subject       VARCHAR(12)   NOT NULL,
  subject_id    BIGINT        NOT NULL,
  code          VARCHAR(40)   NOT NULL,
  actor         VARCHAR(100)  NOT NULL,
  recorded_at   DATETIME(3)   NOT NULL,
  status_before VARCHAR(20)   NULL,
  status_after  VARCHAR(20)   NULL,
  params        VARCHAR(1000) NOT NULL,
  version       BIGINT        NOT NULL DEFAULT 0,
  KEY ix_loan_audit_subject (tenant_id, subject, subject_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TRIGGER loan_audit_no_update BEFORE UPDATE ON loan_audit FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'loan_audit is append-only';

CREATE TRIGGER loan_audit_no_delete BEFORE DELETE ON loan_audit FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'loan_audit is append-only';
