-- Rows of a list whose 基层工会 column names another union than the one the list is uploaded for: a warning
-- the clerk confirms before submitting. The count, and the first row numbers to name in the warning.
ALTER TABLE enrolment_import
  ADD COLUMN other_union_rows  INT          NOT NULL DEFAULT 0 AFTER bad_rows,
  ADD COLUMN other_union_first VARCHAR(200) NULL AFTER other_union_rows;
