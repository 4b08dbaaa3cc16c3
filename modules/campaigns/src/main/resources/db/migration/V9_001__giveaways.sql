-- Giveaways (抢票/抢券): a quota of tickets members grab first come first served. remaining is the pool: a grab
-- takes one with a conditional decrement in the same short transaction as its ticket insert, so the tickets
-- live (held or confirmed) never exceed the quota; a lapsed hold puts one back or passes it to the waitlist.
CREATE TABLE giveaway (
  id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id         VARCHAR(32)  NOT NULL,
  title             VARCHAR(200) NOT NULL,
  item              VARCHAR(20)  NOT NULL,
  quota             INT          NOT NULL,
  remaining         INT          NOT NULL,
  opens_at          DATETIME     NOT NULL,
  closes_at         DATETIME     NULL,
  per_member_limit  INT          NOT NULL,
  org_unit_id       BIGINT       NULL,
  org_path          VARCHAR(400) NULL,
  gender            CHAR(1)      NULL,
  min_age           INT          NULL,
  quiz_question     VARCHAR(500) NULL,
  quiz_answer       VARCHAR(100) NULL,
  hold_minutes      INT          NOT NULL,
  created_by        VARCHAR(100) NOT NULL,
  created_at        DATETIME     NOT NULL,
  version           BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT ck_giveaway_remaining CHECK (remaining >= 0 AND remaining <= quota),
  CONSTRAINT ck_giveaway_limit CHECK (per_member_limit >= 1),
  KEY ix_giveaway_opens (tenant_id, opens_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A won ticket. slot numbers a member's tickets of one giveaway (0 .. limit-1); live_slot is the slot while the
-- ticket is held or confirmed, so the unique key holds a member to the limit in the database and a released ticket
-- frees its slot. The idempotency key is unique per member and giveaway: a retried or double-clicked grab finds
-- the ticket its first attempt won instead of winning a second.
CREATE TABLE giveaway_ticket (
  id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id         VARCHAR(32)  NOT NULL,
  giveaway_id       BIGINT       NOT NULL,
  member_id         BIGINT       NOT NULL,
  slot              INT          NOT NULL,
  code              VARCHAR(16)  NOT NULL,
  status            VARCHAR(12)  NOT NULL,
  idempotency_key   VARCHAR(64)  NOT NULL,
  from_waitlist     BOOLEAN      NOT NULL DEFAULT FALSE,
  won_at            DATETIME(3)  NOT NULL,
  hold_until        DATETIME(3)  NOT NULL,
  reminded          BOOLEAN      NOT NULL DEFAULT FALSE,
  confirmed_at      DATETIME(3)  NULL,
  released_at       DATETIME(3)  NULL,
  version           BIGINT       NOT NULL DEFAULT 0,
  live_slot         INT
      GENERATED ALWAYS AS (CASE WHEN status = 'RELEASED' THEN NULL ELSE slot END) STORED,
  CONSTRAINT ck_giveaway_ticket_slot CHECK (slot >= 0),
  UNIQUE KEY uk_giveaway_ticket_slot (tenant_id, giveaway_id, member_id, live_slot),
  UNIQUE KEY uk_giveaway_ticket_idem (tenant_id, giveaway_id, member_id, idempotency_key),
  UNIQUE KEY uk_giveaway_ticket_code (tenant_id, code),
  KEY ix_giveaway_ticket_hold (tenant_id, status, hold_until),
  KEY ix_giveaway_ticket_giveaway (tenant_id, giveaway_id, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Members who asked when the pool was empty while holds were still open: promoted in order of asking (id) when
-- a hold lapses. One place per member and giveaway.
CREATE TABLE giveaway_waitlist (
  id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id         VARCHAR(32)  NOT NULL,
  giveaway_id       BIGINT       NOT NULL,
  member_id         BIGINT       NOT NULL,
  status            VARCHAR(12)  NOT NULL,
  joined_at         DATETIME(3)  NOT NULL,
  ticket_id         BIGINT       NULL,
  version           BIGINT       NOT NULL DEFAULT 0,
  UNIQUE KEY uk_giveaway_waitlist_member (tenant_id, giveaway_id, member_id),
  KEY ix_giveaway_waitlist_order (tenant_id, giveaway_id, status, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
