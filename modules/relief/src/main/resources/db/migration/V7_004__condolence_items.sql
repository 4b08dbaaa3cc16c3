-- Condolence items (慰问): a yearly item's rule (who: org subtree, gender, hardship register, model-worker flag,
-- explicit member ids; how much each; the budget), its state (defined, computed, approved by a second person)
-- and its totals.
CREATE TABLE condolence_item (
  id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id            VARCHAR(32)   NOT NULL,
  name                 VARCHAR(100)  NOT NULL,
  kind                 VARCHAR(24)   NOT NULL,
  item_year            INT           NOT NULL,
  org_path             VARCHAR(400)  NOT NULL,
  gender               VARCHAR(8)    NULL,
  hardship_only        BOOLEAN       NOT NULL,
  model_workers_only   BOOLEAN       NOT NULL,
  member_ids           MEDIUMTEXT    NOT NULL,
  amount_fen           BIGINT        NOT NULL,
  budget_fen           BIGINT        NOT NULL,
  status               VARCHAR(12)   NOT NULL,
  created_by           VARCHAR(100)  NOT NULL,
  created_at           DATETIME(3)   NOT NULL,
  computed_at          DATETIME(3)   NULL,
  approved_by          VARCHAR(100)  NULL,
  approved_at          DATETIME(3)   NULL,
  line_count           INT           NOT NULL DEFAULT 0,
  lines_within         INT           NOT NULL DEFAULT 0,
  total_within_fen     BIGINT        NOT NULL DEFAULT 0,
  lines_cut            INT           NOT NULL DEFAULT 0,
  total_cut_fen        BIGINT        NOT NULL DEFAULT 0,
  version              BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT ck_condolence_item_amounts CHECK (amount_fen > 0 AND budget_fen > 0),
  KEY ix_condolence_item_year (tenant_id, item_year, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One member's line of one item: a member at most once per item (the unique key). Lines within the budget become
-- APPROVED with the item, then SCHEDULED on a payout run (kind CONDOLENCE), then PAID or PAYMENT_FAILED.
CREATE TABLE condolence_line (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id        VARCHAR(32)   NOT NULL,
  item_id          BIGINT        NOT NULL,
  position         INT           NOT NULL,
  member_id        BIGINT        NOT NULL,
  member_name      VARCHAR(60)   NOT NULL,
  org_path         VARCHAR(400)  NOT NULL,
  hardship         BOOLEAN       NOT NULL,
  amount_fen       BIGINT        NOT NULL,
  within_budget    BOOLEAN       NOT NULL,
  status           VARCHAR(16)   NOT NULL,
  payout_run_id    BIGINT        NULL,
  paid_on          DATE          NULL,
  fail_reason      VARCHAR(200)  NULL,
  version          BIGINT        NOT NULL DEFAULT 0,
  UNIQUE KEY uq_condolence_line_member (tenant_id, item_id, member_id),
  KEY ix_condolence_line_item (tenant_id, item_id, position),
  KEY ix_condolence_line_payable (tenant_id, status, payout_run_id),
  CONSTRAINT fk_condolence_line_item FOREIGN KEY (item_id) REFERENCES condolence_item (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
