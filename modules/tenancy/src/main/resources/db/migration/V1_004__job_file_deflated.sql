-- Pieces are deflated before they are encrypted: a million-line file is 124 MB of CSV, about as much as a
-- default InnoDB buffer pool, and deflates to about a sixth.
-- Pieces stored before this change stay as they are (deflated = FALSE) and are read as before.
ALTER TABLE job_file ADD COLUMN deflated BOOLEAN NOT NULL DEFAULT FALSE AFTER piece;
