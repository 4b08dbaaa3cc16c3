-- Who does a piece of cluster-wide work now (a scheduled round, a background job): one row per piece, held by one
-- server until `until` (the database's clock, so servers' clocks need not agree) and renewed by it while it works;
-- another server takes the piece over once that time has passed (its holder stopped renewing: it died). Not a
-- tenant's table: the names carry the tenant where the work is a tenant's (Leases).
CREATE TABLE lease (
  name    VARCHAR(190) NOT NULL PRIMARY KEY,
  holder  VARCHAR(100) NOT NULL,
  until   DATETIME(3)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
