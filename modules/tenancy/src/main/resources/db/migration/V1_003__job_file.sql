-- Files that background jobs read again and again (enrolment lists, settlement files), AES-GCM encrypted in
-- pieces of at most 1 MB: they hold national IDs and medical data. One table for every kind of job.
CREATE TABLE job_file (
  id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id  VARCHAR(32) NOT NULL,
  job_kind   VARCHAR(32) NOT NULL,
  job_id     BIGINT      NOT NULL,
  piece      INT         NOT NULL,
  content    LONGBLOB    NOT NULL,
  version    BIGINT      NOT NULL DEFAULT 0,
  UNIQUE KEY uk_job_file_piece (tenant_id, job_kind, job_id, piece)
) ENGINE=InnoDB;
