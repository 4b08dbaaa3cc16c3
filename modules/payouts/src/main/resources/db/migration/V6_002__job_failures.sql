-- A gathering or a result file that cannot finish ends FAILED with its reason (JobFailure: code and a short
-- detail), instead of staying GATHERING or RECEIVED for good.
ALTER TABLE payout_run ADD COLUMN failure VARCHAR(1000) NULL;
ALTER TABLE payout_result_import ADD COLUMN failure VARCHAR(1000) NULL;
