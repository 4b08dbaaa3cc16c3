-- Which member a member login is: the member portal and app show that member's own cover and claims.
CREATE TABLE member_login (
  id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id  VARCHAR(32)  NOT NULL,
  username   VARCHAR(100) NOT NULL,
  member_id  BIGINT       NOT NULL,
  version    BIGINT       NOT NULL DEFAULT 0,
  UNIQUE KEY uk_member_login (tenant_id, username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
