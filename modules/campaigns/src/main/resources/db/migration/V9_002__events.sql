-- Events (lectures, sports contests, health checks, clerk training): a series with its rule of dates, expanded
-- to one occurrence per date, each with its own capacity. registered counts live registrations and is raised
-- by a conditional increment, so an occurrence never takes more than its capacity; the rest wait in order.
CREATE TABLE event_series (
  id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id         VARCHAR(32)  NOT NULL,
  title             VARCHAR(200) NOT NULL,
  kind              VARCHAR(20)  NOT NULL,
  place             VARCHAR(200) NOT NULL,
  capacity          INT          NOT NULL,
  rule_text         VARCHAR(200) NULL,
  starts_at         TIME         NOT NULL,
  ends_at           TIME         NOT NULL,
  created_by        VARCHAR(100) NOT NULL,
  created_at        DATETIME     NOT NULL,
  version           BIGINT       NOT NULL DEFAULT 0,
  KEY ix_event_series_tenant (tenant_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE event_occurrence (
  id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id         VARCHAR(32)  NOT NULL,
  series_id         BIGINT       NOT NULL,
  day               DATE         NOT NULL,
  capacity          INT          NOT NULL,
  registered        INT          NOT NULL DEFAULT 0,
  version           BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT ck_event_occurrence_capacity CHECK (registered >= 0 AND registered <= capacity),
  UNIQUE KEY uk_event_occurrence_day (tenant_id, series_id, day),
  KEY ix_event_occurrence_day (tenant_id, day)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A member's registration for one occurrence; live_member is the member while the registration is not cancelled,
-- so a member holds at most one live registration per occurrence.
CREATE TABLE event_registration (
  id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id         VARCHAR(32)  NOT NULL,
  occurrence_id     BIGINT       NOT NULL,
  member_id         BIGINT       NOT NULL,
  status            VARCHAR(12)  NOT NULL,
  code              VARCHAR(16)  NOT NULL,
  registered_at     DATETIME(3)  NOT NULL,
  checked_in_at     DATETIME(3)  NULL,
  checked_in_by     VARCHAR(100) NULL,
  version           BIGINT       NOT NULL DEFAULT 0,
  live_member       BIGINT
      GENERATED ALWAYS AS (CASE WHEN status = 'CANCELLED' THEN NULL ELSE member_id END) STORED,
  UNIQUE KEY uk_event_registration_member (tenant_id, occurrence_id, live_member),
  UNIQUE KEY uk_event_registration_code (tenant_id, code),
  KEY ix_event_registration_order (tenant_id, occurrence_id, status, id),
  KEY ix_event_registration_member (tenant_id, member_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
