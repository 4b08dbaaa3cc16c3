-- Tenants (city offices) known to the platform; written by the provisioning tool, read by the app.
CREATE TABLE tenant (
  id          VARCHAR(32)  NOT NULL PRIMARY KEY,
  name_zh     VARCHAR(200) NOT NULL,
  name_en     VARCHAR(200) NOT NULL,
  status      VARCHAR(16)  NOT NULL,
  created_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The tenant's working-day calendar: official holidays and swapped working days (national + tenant extras).
CREATE TABLE tenant_calendar_day (
  tenant_id   VARCHAR(32)  NOT NULL,
  day         DATE         NOT NULL,
  kind        VARCHAR(16)  NOT NULL,
  name        VARCHAR(100) NOT NULL,
  PRIMARY KEY (tenant_id, day)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
