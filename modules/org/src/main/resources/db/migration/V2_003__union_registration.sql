-- Grassroots unions register themselves and are approved by the city office or their agency office.
-- Units that existed before (and those the demo generator writes) are ACTIVE; a registration starts PENDING.
ALTER TABLE org_unit
  ADD COLUMN status            VARCHAR(16)  NOT NULL DEFAULT 'ACTIVE',
  ADD COLUMN clerk_username    VARCHAR(64)  NULL,
  ADD COLUMN direct_enrolment  BOOLEAN      NOT NULL DEFAULT FALSE,
  ADD COLUMN registered_at     DATETIME(3)  NULL,
  ADD COLUMN registered_by     VARCHAR(64)  NULL,
  ADD COLUMN approved_at       DATETIME(3)  NULL,
  ADD COLUMN approved_by       VARCHAR(64)  NULL,
  ADD COLUMN rejection_reason  VARCHAR(500) NULL,
  -- A credit code is held by at most one pending or active unit of a tenant; a rejected one frees it again.
  ADD COLUMN live_credit_code  VARCHAR(18)
      GENERATED ALWAYS AS (CASE WHEN status = 'REJECTED' THEN NULL ELSE credit_code END) STORED,
  ADD UNIQUE KEY uk_org_unit_credit_code (tenant_id, live_credit_code),
  ADD KEY ix_org_unit_status (tenant_id, status);

-- What happened to a unit, in order: append only (rows are inserted, never updated or deleted).
CREATE TABLE org_unit_event (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id    VARCHAR(32)  NOT NULL,
  org_unit_id  BIGINT       NOT NULL,
  kind         VARCHAR(20)  NOT NULL,
  from_value   VARCHAR(500) NULL,
  to_value     VARCHAR(500) NULL,
  actor        VARCHAR(64)  NOT NULL,
  occurred_at  DATETIME(3)  NOT NULL,
  version      BIGINT       NOT NULL DEFAULT 0,
  KEY ix_org_unit_event_unit (tenant_id, org_unit_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
