-- The org tree of one tenant: city office -> agency offices -> grassroots unions.
-- path is the chain of ids from the root, e.g. '/1/5/23/', so a subtree is one prefix range.
CREATE TABLE org_unit (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id    VARCHAR(32)  NOT NULL,
  code         VARCHAR(40)  NOT NULL,
  name         VARCHAR(200) NOT NULL,
  kind         VARCHAR(20)  NOT NULL,
  parent_id    BIGINT       NULL,
  path         VARCHAR(400) NOT NULL,
  credit_code  VARCHAR(18)  NULL,
  headcount    INT          NULL,
  version      BIGINT       NOT NULL DEFAULT 0,
  UNIQUE KEY uk_org_unit_code (tenant_id, code),
  KEY ix_org_unit_parent (tenant_id, parent_id),
  KEY ix_org_unit_path (tenant_id, path)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Member registry, one per tenant, matched by national ID (keyed hash; the number itself is encrypted).
CREATE TABLE member (
  id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id         VARCHAR(32)  NOT NULL,
  name              VARCHAR(60)  NOT NULL,
  gender            CHAR(1)      NOT NULL,
  birth_date        DATE         NOT NULL,
  id_number_cipher  VARBINARY(80) NOT NULL,
  id_number_hash    BINARY(32)   NOT NULL,
  id_number_masked  VARCHAR(18)  NOT NULL,
  card_no_hash      BINARY(32)   NULL,
  card_no_masked    VARCHAR(32)  NULL,
  phone_cipher      VARBINARY(80) NULL,
  phone_masked      VARCHAR(11)  NULL,
  org_unit_id       BIGINT       NOT NULL,
  org_path          VARCHAR(400) NOT NULL,
  status            VARCHAR(16)  NOT NULL,
  gig_worker        BOOLEAN      NOT NULL DEFAULT FALSE,
  joined_on         DATE         NOT NULL,
  version           BIGINT       NOT NULL DEFAULT 0,
  UNIQUE KEY uk_member_id_number (tenant_id, id_number_hash),
  KEY ix_member_tenant (tenant_id, id),
  KEY ix_member_name (tenant_id, name, id),
  KEY ix_member_card (tenant_id, card_no_hash),
  KEY ix_member_org (tenant_id, org_path(120), id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
