-- The national holiday arrangement of years headquarters uploaded (the State Council's notice of the year): one row
-- per day, no tenant. Every tenant's calendar is these days overridden by its own (tenant_calendar_day: the
-- tenant-config files and the office's own uploads).
CREATE TABLE national_calendar_day (
  day          DATE         NOT NULL PRIMARY KEY,
  kind         VARCHAR(16)  NOT NULL,
  name         VARCHAR(100) NOT NULL,
  uploaded_by  VARCHAR(100) NOT NULL,
  uploaded_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
