-- A tenant's plan catalogue as its plan files (YAML), written by the provisioning tool after every file
-- of the tenant was checked, replaced as a whole, and read by the app. Published versions in them never
-- change: the tool refuses a file that alters one.
CREATE TABLE plan_file (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id   VARCHAR(32)  NOT NULL,
  plan_code   VARCHAR(48)  NOT NULL,
  file_name   VARCHAR(200) NOT NULL,
  content     MEDIUMTEXT   NOT NULL,
  applied_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  version     BIGINT       NOT NULL DEFAULT 0,
  UNIQUE KEY uk_plan_file (tenant_id, plan_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
