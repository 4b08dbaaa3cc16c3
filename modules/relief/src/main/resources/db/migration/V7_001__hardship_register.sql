-- The hardship register (困难职工档案): one file per household. The member is the file's holder; every
-- household member's national ID is kept encrypted with its keyed hash (unique per tenant: an ID on one file
-- only) and masked form; incomes are encrypted. The income per head a month is kept in clear: the category and
-- the office's figures are read from it, and it names no one.
CREATE TABLE hardship_file (
  id                    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id             VARCHAR(32)  NOT NULL,
  member_id             BIGINT       NOT NULL,
  member_name           VARCHAR(60)  NOT NULL,
  org_path              VARCHAR(400) NOT NULL,
  household_size        INT          NOT NULL,
  income_cipher         VARBINARY(128) NOT NULL,
  fixed_costs_cipher    VARBINARY(128) NOT NULL,
  illness_costs_cipher  VARBINARY(128) NOT NULL,
  income_per_head_fen   BIGINT       NOT NULL,
  category              VARCHAR(24)  NOT NULL,
  causes                VARCHAR(200) NOT NULL,
  model_worker          BOOLEAN      NOT NULL DEFAULT FALSE,
  status                VARCHAR(20)  NOT NULL,
  out_on                DATE         NULL,
  out_reason            VARCHAR(24)  NULL,
  filed_by              VARCHAR(100) NOT NULL,
  filed_on              DATE         NOT NULL,
  reviewed_on           DATE         NOT NULL,
  version               BIGINT       NOT NULL DEFAULT 0,
  UNIQUE KEY uq_hardship_file_member (tenant_id, member_id),
  KEY ix_hardship_file_path (tenant_id, org_path(191)),
  KEY ix_hardship_file_review (tenant_id, status, reviewed_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE hardship_person (
  id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id         VARCHAR(32)  NOT NULL,
  file_id           BIGINT       NOT NULL,
  name              VARCHAR(60)  NOT NULL,
  relation          VARCHAR(16)  NOT NULL,
  id_cipher         VARBINARY(128) NOT NULL,
  id_hash           BINARY(32)   NOT NULL,
  id_masked         VARCHAR(18)  NOT NULL,
  member_id         BIGINT       NULL,
  health            VARCHAR(24)  NOT NULL,
  income_cipher     VARBINARY(128) NOT NULL,
  occupation        VARCHAR(24)  NOT NULL,
  version           BIGINT       NOT NULL DEFAULT 0,
  UNIQUE KEY uq_hardship_person_id (tenant_id, id_hash),
  KEY ix_hardship_person_file (tenant_id, file_id),
  KEY ix_hardship_person_member (tenant_id, member_id),
  CONSTRAINT fk_hardship_person_file FOREIGN KEY (file_id) REFERENCES hardship_file (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Measures taken and home visits: the clerk's own notes, as written.
CREATE TABLE hardship_measure (
  id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id         VARCHAR(32)  NOT NULL,
  file_id           BIGINT       NOT NULL,
  kind              VARCHAR(24)  NOT NULL,
  taken_on          DATE         NOT NULL,
  amount_fen        BIGINT       NOT NULL DEFAULT 0,
  note              VARCHAR(500) NULL,
  recorded_by       VARCHAR(100) NOT NULL,
  version           BIGINT       NOT NULL DEFAULT 0,
  KEY ix_hardship_measure_file (tenant_id, file_id),
  CONSTRAINT fk_hardship_measure_file FOREIGN KEY (file_id) REFERENCES hardship_file (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE hardship_visit (
  id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id         VARCHAR(32)  NOT NULL,
  file_id           BIGINT       NOT NULL,
  visited_on        DATE         NOT NULL,
  visitor           VARCHAR(100) NOT NULL,
  note              VARCHAR(500) NULL,
  version           BIGINT       NOT NULL DEFAULT 0,
  KEY ix_hardship_visit_file (tenant_id, file_id),
  CONSTRAINT fk_hardship_visit_file FOREIGN KEY (file_id) REFERENCES hardship_file (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every change of a file, append only (triggers refuse UPDATE and DELETE): what happened, who, when, and the
-- file's category, status and income per head after it. Codes and figures, never a sentence or an ID.
CREATE TABLE hardship_event (
  id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id           VARCHAR(32)  NOT NULL,
  file_id             BIGINT       NOT NULL,
  action              VARCHAR(24)  NOT NULL,
  actor               VARCHAR(100) NOT NULL,
  at                  DATETIME(3)  NOT NULL,
  category            VARCHAR(24)  NOT NULL,
  status              VARCHAR(20)  NOT NULL,
  income_per_head_fen BIGINT       NOT NULL,
  household_size      INT          NOT NULL,
  detail              VARCHAR(200) NULL,
  version             BIGINT       NOT NULL DEFAULT 0,
  KEY ix_hardship_event_file (tenant_id, file_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TRIGGER hardship_event_no_update BEFORE UPDATE ON hardship_event FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'hardship_event is append-only';
CREATE TRIGGER hardship_event_no_delete BEFORE DELETE ON hardship_event FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'hardship_event is append-only';

-- The tenant's hardship lines; no row: the platform defaults (ReliefSettings.DEFAULTS).
CREATE TABLE relief_settings (
  id                      BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id               VARCHAR(32)  NOT NULL,
  minimum_living_fen      BIGINT       NOT NULL,
  illness_share_percent   INT          NOT NULL,
  updated_by              VARCHAR(100) NOT NULL,
  version                 BIGINT       NOT NULL DEFAULT 0,
  UNIQUE KEY uq_relief_settings (tenant_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
