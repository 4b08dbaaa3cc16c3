-- Reporting's read models: figures kept up to date in the transaction that changes their records (synchronous
-- CDI observers of the source modules' events) and recounted from the raw tables by the rebuild. One row per
-- figure and cell; plan_code '' and agency_id 0 stand for "not split that way" (or the city office itself).
-- Four grains of the same shape, so a dashboard reads few rows whatever its period: days and months per plan
-- and agency office (the office dashboard), days and months per plan for the whole city (headquarters).
CREATE TABLE report_day (
  tenant_id  VARCHAR(32) NOT NULL,
  period     DATE        NOT NULL,
  figure     VARCHAR(32) NOT NULL,
  plan_code  VARCHAR(60) NOT NULL,
  agency_id  BIGINT      NOT NULL,
  cnt        BIGINT      NOT NULL,
  fen        BIGINT      NOT NULL,
  PRIMARY KEY (tenant_id, period, figure, plan_code, agency_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE report_month LIKE report_day;
CREATE TABLE report_city_day LIKE report_day;
CREATE TABLE report_city_month LIKE report_day;

-- The last day a claim filed on filed_on counts as paid within 10 working days (the tenant's calendar), written
-- by the rebuild so that the recount is one INSERT ... SELECT.
CREATE TABLE report_deadline (
  tenant_id    VARCHAR(32) NOT NULL,
  filed_on     DATE        NOT NULL,
  within_until DATE        NOT NULL,
  PRIMARY KEY (tenant_id, filed_on)
) ENGINE=InnoDB;

-- When a tenant's figures were last recounted: a tenant without a row is recounted at start-up (figures written
-- before reporting existed, or by SQL: demo data, migrations).
CREATE TABLE report_state (
  tenant_id    VARCHAR(32) NOT NULL PRIMARY KEY,
  rebuilt_at   DATETIME(3) NOT NULL
) ENGINE=InnoDB;

-- Headquarters reads every city's months at once: by period first, covering the sums.
ALTER TABLE report_city_month ADD KEY ix_report_city_month_hq (period, tenant_id, figure, plan_code, cnt, fen);
ALTER TABLE report_city_day ADD KEY ix_report_city_day_hq (period, tenant_id, figure, plan_code, cnt, fen);
