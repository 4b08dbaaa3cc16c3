-- Distribution campaigns (夏送清凉, 冬送温暖, 送福字, 三八, custom): settings, running spend, quotas per agency office,
-- the allotment to unions, and every hand-out per person (nobody twice in one campaign).
CREATE TABLE campaign (
  id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id      VARCHAR(32)  NOT NULL,
  type           VARCHAR(20)  NOT NULL,
  name           VARCHAR(100) NOT NULL,
  period_start   DATE         NOT NULL,
  period_end     DATE         NOT NULL,
  budget_fen     BIGINT       NOT NULL,
  spent_fen      BIGINT       NOT NULL DEFAULT 0,
  benefit        VARCHAR(8)   NOT NULL,
  item           VARCHAR(100) NOT NULL,
  unit_fen       BIGINT       NOT NULL,
  scope_unit_id  BIGINT       NULL,
  scope_path     VARCHAR(400) NOT NULL,
  gender         CHAR(1)      NULL,
  min_age        INT          NULL,
  max_age        INT          NULL,
  job_flags      VARCHAR(100) NOT NULL,
  hardship_only  BOOLEAN      NOT NULL DEFAULT FALSE,
  delivery       VARCHAR(10)  NOT NULL,
  cloned_from    BIGINT       NULL,
  allotted_at    DATETIME(3)  NULL,
  created_by     VARCHAR(100) NOT NULL,
  created_at     DATETIME(3)  NOT NULL,
  version        BIGINT       NOT NULL DEFAULT 0,
  KEY ix_campaign_period (tenant_id, period_start),
  CONSTRAINT ck_campaign_spend CHECK (spent_fen >= 0 AND spent_fen <= budget_fen)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE campaign_quota (
  id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id    VARCHAR(32) NOT NULL,
  campaign_id  BIGINT      NOT NULL,
  agency_id    BIGINT      NOT NULL,
  quota        BIGINT      NOT NULL,
  used         BIGINT      NOT NULL DEFAULT 0,
  version      BIGINT      NOT NULL DEFAULT 0,
  UNIQUE KEY uk_campaign_quota (tenant_id, campaign_id, agency_id),
  CONSTRAINT ck_campaign_quota CHECK (used >= 0 AND used <= quota)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE campaign_allotment (
  id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id    VARCHAR(32) NOT NULL,
  campaign_id  BIGINT      NOT NULL,
  union_id     BIGINT      NOT NULL,
  agency_id    BIGINT      NULL,
  eligible     BIGINT      NOT NULL,
  share        BIGINT      NOT NULL,
  version      BIGINT      NOT NULL DEFAULT 0,
  UNIQUE KEY uk_campaign_allotment (tenant_id, campaign_id, union_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE campaign_delivery (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id       VARCHAR(32)  NOT NULL,
  campaign_id     BIGINT       NOT NULL,
  member_id       BIGINT       NOT NULL,
  member_name     VARCHAR(60)  NOT NULL,
  org_unit_id     BIGINT       NOT NULL,
  org_path        VARCHAR(400) NOT NULL,
  agency_id       BIGINT       NULL,
  benefit         VARCHAR(8)   NOT NULL,
  item            VARCHAR(100) NOT NULL,
  amount_fen      BIGINT       NOT NULL,
  method          VARCHAR(10)  NOT NULL,
  tracking_no     VARCHAR(40)  NULL,
  added_by_hand   BOOLEAN      NOT NULL,
  reason          VARCHAR(200) NULL,
  confirmed_by    VARCHAR(100) NOT NULL,
  confirmed_at    DATETIME(3)  NOT NULL,
  cash_state      VARCHAR(16)  NOT NULL,
  payout_run_id   BIGINT       NULL,
  paid_on         DATE         NULL,
  failure_reason  VARCHAR(300) NULL,
  version         BIGINT       NOT NULL DEFAULT 0,
  UNIQUE KEY uk_campaign_delivery_member (tenant_id, campaign_id, member_id),
  KEY ix_campaign_delivery_path (tenant_id, campaign_id, org_path(120), id),
  KEY ix_campaign_delivery_cash (tenant_id, cash_state, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
