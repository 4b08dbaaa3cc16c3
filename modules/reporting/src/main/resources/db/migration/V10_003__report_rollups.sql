-- Headquarters reads every city at once, so its reads must not grow with the plans of each city or with the
-- cities themselves:
-- * report_city_total_day / _month: a city's figures without the plan split (plan_code '' and agency_id 0 always),
--   kept with the other grains in the writing transaction; the per-city comparison reads these.
-- * report_hq_day / _month: all cities added up per figure and plan, in 16 shards (CRC32 of the tenant id mod 16)
--   so that writers of different cities rarely wait on the same row (a single row per cell would put every city's
--   writes in one queue, and conflict under Galera); a read adds the 16 shards up. Kept in the writing transaction
--   too; a tenant's recount takes its old share out and puts the new one in. Not tenant-owned: no tenant column.
CREATE TABLE report_city_total_day LIKE report_day;
CREATE TABLE report_city_total_month LIKE report_day;
ALTER TABLE report_city_total_month ADD KEY ix_report_city_total_month_hq (period, tenant_id, figure, cnt, fen);
ALTER TABLE report_city_total_day ADD KEY ix_report_city_total_day_hq (period, tenant_id, figure, cnt, fen);

CREATE TABLE report_hq_day (
  period     DATE        NOT NULL,
  figure     VARCHAR(32) NOT NULL,
  plan_code  VARCHAR(60) NOT NULL,
  shard      TINYINT     NOT NULL,
  cnt        BIGINT      NOT NULL,
  fen        BIGINT      NOT NULL,
  PRIMARY KEY (period, figure, plan_code, shard)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE report_hq_month LIKE report_hq_day;

-- What the cities already hold (read models written before this migration): one pass over the per-city tables.
INSERT INTO report_city_total_day (tenant_id, period, figure, plan_code, agency_id, cnt, fen)
  SELECT tenant_id, period, figure, '', 0, SUM(cnt), SUM(fen) FROM report_city_day GROUP BY tenant_id, period, figure;
INSERT INTO report_city_total_month (tenant_id, period, figure, plan_code, agency_id, cnt, fen)
  SELECT tenant_id, period, figure, '', 0, SUM(cnt), SUM(fen) FROM report_city_month GROUP BY tenant_id, period, figure;
INSERT INTO report_hq_day (period, figure, plan_code, shard, cnt, fen)
  SELECT period, figure, plan_code, CRC32(tenant_id) % 16, SUM(cnt), SUM(fen) FROM report_city_day
  GROUP BY period, figure, plan_code, CRC32(tenant_id) % 16;
INSERT INTO report_hq_month (period, figure, plan_code, shard, cnt, fen)
  SELECT period, figure, plan_code, CRC32(tenant_id) % 16, SUM(cnt), SUM(fen) FROM report_city_month
  GROUP BY period, figure, plan_code, CRC32(tenant_id) % 16;
