-- The monthly report of each office, generated on a schedule after the month ends and kept as it was made (a
-- claim paid later changes the dashboard, not the report the office filed): the office dashboard of that month
-- against the same month last year as PDF and Excel, in Chinese and English. One file per month, format and
-- language (the unique key also stops two servers keeping two).
CREATE TABLE monthly_report (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id     VARCHAR(32)  NOT NULL,
  report_month  DATE         NOT NULL,
  format        VARCHAR(8)   NOT NULL,
  language      VARCHAR(8)   NOT NULL,
  content       LONGBLOB     NOT NULL,
  bytes         INT          NOT NULL,
  sha256        CHAR(64)     NOT NULL,
  generated_at  DATETIME(3)  NOT NULL,
  version       BIGINT       NOT NULL DEFAULT 0,
  UNIQUE KEY uq_monthly_report (tenant_id, report_month, format, language)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
