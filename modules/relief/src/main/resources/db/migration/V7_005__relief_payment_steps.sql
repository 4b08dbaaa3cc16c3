-- Every payment step of what relief pays (a secondary-aid line, a condolence line, a relief fund grant), append
-- only (triggers refuse UPDATE and DELETE), written in the same transaction as the step: put on a payout run, paid,
-- refused by the bank (its reason), put back for the next run. The row of the line or grant holds only its latest
-- state; this is how it got there. Codes, run ids and the bank's words, never a card or an ID.
CREATE TABLE relief_payment_step (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id       VARCHAR(32)  NOT NULL,
  subject         VARCHAR(20)  NOT NULL,
  subject_id      BIGINT       NOT NULL,
  step            VARCHAR(16)  NOT NULL,
  payout_run_id   BIGINT       NULL,
  detail          VARCHAR(200) NULL,
  actor           VARCHAR(100) NOT NULL,
  at              DATETIME(3)  NOT NULL,
  version         BIGINT       NOT NULL DEFAULT 0,
  KEY ix_relief_payment_step_subject (tenant_id, subject, subject_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TRIGGER relief_payment_step_no_update BEFORE UPDATE ON relief_payment_step FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'relief_payment_step is append-only';
CREATE TRIGGER relief_payment_step_no_delete BEFORE DELETE ON relief_payment_step FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'relief_payment_step is append-only';
