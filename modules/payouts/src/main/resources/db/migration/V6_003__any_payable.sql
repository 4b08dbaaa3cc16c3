-- Payout runs pay any approved payable, not claims only (claims, secondary aid, condolences, relief grants, loan
-- subsidies, campaign cash): a payment names its source's kind and the id in that module. Existing payments were
-- all claims: they become kind CLAIM with their claim id as source id.
ALTER TABLE payout_payment
  DROP INDEX uk_payout_payment_live_claim,
  DROP INDEX ix_payout_payment_claim,
  DROP COLUMN live_claim_id;

ALTER TABLE payout_payment
  ADD COLUMN payable_kind VARCHAR(16) NOT NULL DEFAULT 'CLAIM' AFTER run_id,
  CHANGE COLUMN claim_id source_id BIGINT NOT NULL,
  -- the payee may be an enterprise (a loan subsidy paid to its account), whose name is longer than a person's
  MODIFY COLUMN member_name VARCHAR(120) NOT NULL;

ALTER TABLE payout_payment ALTER COLUMN payable_kind DROP DEFAULT;

-- A payable is in at most one live payment: live_source_id is the source id unless the payment FAILED, unique
-- per tenant and kind (claim 7 and relief grant 7 are different payables), so a retried or resumed run cannot
-- pay it twice; a failed payment frees the payable for a later run.
ALTER TABLE payout_payment
  ADD COLUMN live_source_id BIGINT
      GENERATED ALWAYS AS (CASE WHEN status = 'FAILED' THEN NULL ELSE source_id END) STORED,
  ADD UNIQUE KEY uk_payout_payment_live_source (tenant_id, payable_kind, live_source_id),
  ADD KEY ix_payout_payment_source (tenant_id, payable_kind, source_id);

-- A run's history, append only: which event, who, when, the run's status before and after and its counters at
-- that moment (codes and numbers; the portal translates them). Until now these lines went to the claims audit
-- trail (claim_audit, subject PAYOUT_RUN); they are copied here once, without the counters those lines did not
-- keep (the total was kept as amount_after_fen). The old lines stay where they are.
CREATE TABLE payout_run_event (
  id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id         VARCHAR(32)  NOT NULL,
  run_id            BIGINT       NOT NULL,
  event             VARCHAR(24)  NOT NULL,
  actor             VARCHAR(100) NOT NULL,
  at                DATETIME(3)  NOT NULL,
  status_before     VARCHAR(16)  NULL,
  status_after      VARCHAR(16)  NULL,
  payment_count     INT          NULL,
  total_fen         BIGINT       NULL,
  paid_count        INT          NULL,
  paid_fen          BIGINT       NULL,
  failed_count      INT          NULL,
  failed_fen        BIGINT       NULL,
  -- RESULT_IMPORTED / RESULT_FAILED: the result file; FILE_ISSUED: the bank file's SHA-256
  import_id         BIGINT       NULL,
  file_sha256       CHAR(64)     NULL,
  version           BIGINT       NOT NULL DEFAULT 0,
  KEY ix_payout_run_event_run (tenant_id, run_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TRIGGER payout_run_event_no_update BEFORE UPDATE ON payout_run_event FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'payout_run_event is append-only';

CREATE TRIGGER payout_run_event_no_delete BEFORE DELETE ON payout_run_event FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'payout_run_event is append-only';

INSERT INTO payout_run_event (tenant_id, run_id, event, actor, at, status_before, status_after, total_fen)
  SELECT tenant_id, subject_id, LEFT(action, 24), actor, at, LEFT(status_before, 16), LEFT(status_after, 16),
         amount_after_fen
  FROM claim_audit WHERE subject = 'PAYOUT_RUN' ORDER BY id;

-- The weekly payout day (周赔) is payouts' own setting, written by provisioning from tenant.yaml (payouts.weekday,
-- or claims.payoutWeekday as before); it was read from claims' claim_policy, copied here once.
CREATE TABLE payout_policy (
  tenant_id         VARCHAR(32)  NOT NULL PRIMARY KEY,
  payout_weekday    VARCHAR(10)  NOT NULL,
  version           BIGINT       NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO payout_policy (tenant_id, payout_weekday) SELECT tenant_id, payout_weekday FROM claim_policy;
