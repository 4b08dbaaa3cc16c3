-- Notices to members waiting to be sent (outbox): written in the transaction that gives rise to them,
-- sent after it commits, so a notice is never sent for work that rolled back and never lost for work done.
-- The body is what the member reads; it carries personal data only masked. The phone number is encrypted.
CREATE TABLE notice_outbox (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id     VARCHAR(32)   NOT NULL,
  member_id     BIGINT        NOT NULL,
  channel       VARCHAR(10)   NOT NULL,
  kind          VARCHAR(30)   NOT NULL,
  reference     VARCHAR(100)  NOT NULL,
  phone_cipher  VARBINARY(80) NULL,
  body          VARCHAR(500)  NOT NULL,
  created_at    DATETIME(3)   NOT NULL,
  sent_at       DATETIME(3)   NULL,
  attempts      INT           NOT NULL DEFAULT 0,
  version       BIGINT        NOT NULL DEFAULT 0,
  UNIQUE KEY uk_notice (tenant_id, kind, reference),
  KEY ix_notice_pending (tenant_id, sent_at, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
