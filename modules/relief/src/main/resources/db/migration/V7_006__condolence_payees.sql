-- Non-member charity (非会员慈善): an item of kind NON_MEMBER_CHARITY pays people who are not members, listed by
-- the office one by one: name, national ID and bank card (both personal data, kept as members' are: AES-GCM
-- encrypted, keyed hashes to find the same person or card again without decrypting, masked forms to show), and a
-- reason. A person is listed once per item (the unique key on the ID's hash).
CREATE TABLE condolence_payee (
  id               BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id        VARCHAR(32)    NOT NULL,
  item_id          BIGINT         NOT NULL,
  name             VARCHAR(60)    NOT NULL,
  id_cipher        VARBINARY(128) NOT NULL,
  id_hash          BINARY(32)     NOT NULL,
  id_masked        VARCHAR(18)    NOT NULL,
  card_cipher      VARBINARY(80)  NOT NULL,
  card_hash        BINARY(32)     NOT NULL,
  card_masked      VARCHAR(32)    NOT NULL,
  reason           VARCHAR(200)   NULL,
  added_by         VARCHAR(100)   NOT NULL,
  added_at         DATETIME(3)    NOT NULL,
  version          BIGINT         NOT NULL DEFAULT 0,
  UNIQUE KEY uq_condolence_payee_id (tenant_id, item_id, id_hash),
  KEY ix_condolence_payee_item (tenant_id, item_id, id),
  KEY ix_condolence_payee_card (tenant_id, card_hash),
  CONSTRAINT fk_condolence_payee_item FOREIGN KEY (item_id) REFERENCES condolence_item (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A line is a member's or a payee's, never both nor neither. Member lines keep their unique key (NULLs do not
-- collide in a unique key, so payee lines leave it alone); a payee once per item by the second key.
ALTER TABLE condolence_line
  MODIFY COLUMN member_id BIGINT NULL,
  ADD COLUMN payee_id BIGINT NULL AFTER member_id,
  ADD UNIQUE KEY uq_condolence_line_payee (tenant_id, item_id, payee_id),
  ADD CONSTRAINT ck_condolence_line_whom CHECK ((member_id IS NULL) <> (payee_id IS NULL)),
  ADD CONSTRAINT fk_condolence_line_payee FOREIGN KEY (payee_id) REFERENCES condolence_payee (id);
