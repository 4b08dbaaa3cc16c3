-- A new version an office admin is drafting in the portal: the whole plan file with the draft version added.
-- One draft per plan; publishing moves it into plan_file and deletes the draft.
CREATE TABLE plan_draft (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id   VARCHAR(32)  NOT NULL,
  plan_code   VARCHAR(48)  NOT NULL,
  content     MEDIUMTEXT   NOT NULL,
  drafted_by  VARCHAR(100) NOT NULL,
  drafted_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  version     BIGINT       NOT NULL DEFAULT 0,
  UNIQUE KEY uk_plan_draft (tenant_id, plan_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
