-- A cell of the read models is kept in one row per database node that writes it (`node`: CRC32 of the node's
-- host name and port, as the writing connection sees them; 0 for rows written by the recount and before this
-- migration), and a read adds the rows of a cell up, as it already does for headquarters' shards. On one server
-- every write goes to one row per cell as before. On a Galera cluster two transactions on different nodes that add
-- to the same cell (a city's claims filed on one day) would otherwise change one row and the later commit would fail
-- certification (error 1213): with a row per node they never touch the same row, and writers on one node wait on
-- its row lock as they do on one server. MySQL 8 and MariaDB both have @@hostname and @@port.
ALTER TABLE report_day ADD COLUMN node INT UNSIGNED NOT NULL DEFAULT 0,
  DROP PRIMARY KEY, ADD PRIMARY KEY (tenant_id, period, figure, plan_code, agency_id, node);
ALTER TABLE report_month ADD COLUMN node INT UNSIGNED NOT NULL DEFAULT 0,
  DROP PRIMARY KEY, ADD PRIMARY KEY (tenant_id, period, figure, plan_code, agency_id, node);
ALTER TABLE report_city_day ADD COLUMN node INT UNSIGNED NOT NULL DEFAULT 0,
  DROP PRIMARY KEY, ADD PRIMARY KEY (tenant_id, period, figure, plan_code, agency_id, node);
ALTER TABLE report_city_month ADD COLUMN node INT UNSIGNED NOT NULL DEFAULT 0,
  DROP PRIMARY KEY, ADD PRIMARY KEY (tenant_id, period, figure, plan_code, agency_id, node);
ALTER TABLE report_city_total_day ADD COLUMN node INT UNSIGNED NOT NULL DEFAULT 0,
  DROP PRIMARY KEY, ADD PRIMARY KEY (tenant_id, period, figure, plan_code, agency_id, node);
ALTER TABLE report_city_total_month ADD COLUMN node INT UNSIGNED NOT NULL DEFAULT 0,
  DROP PRIMARY KEY, ADD PRIMARY KEY (tenant_id, period, figure, plan_code, agency_id, node);
ALTER TABLE report_hq_day ADD COLUMN node INT UNSIGNED NOT NULL DEFAULT 0,
  DROP PRIMARY KEY, ADD PRIMARY KEY (period, figure, plan_code, shard, node);
ALTER TABLE report_hq_month ADD COLUMN node INT UNSIGNED NOT NULL DEFAULT 0,
  DROP PRIMARY KEY, ADD PRIMARY KEY (period, figure, plan_code, shard, node);
