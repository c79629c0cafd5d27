-- Read models that keep KPI reads bounded by the period, not by the history (docs/kpis.md, Speed):
-- stock_position, the current on hand and its value per warehouse or store and SKU (on hand at a date = position −
-- the stock facts after it) and the first day it has facts (so a period before that shows no row for it), and lead_time_fact, customer order lines per fulfilment day and lead time in seconds
-- (percentiles over distinct durations, not over every order). Both are sums, upserted in the same statement as
-- stock_fact and fulfilment_fact, so they stay exact under concurrency; insights_backfill() rebuilds them too.

CREATE TABLE stock_position (
  company_id  integer NOT NULL DEFAULT 1 REFERENCES company (id),
  location_id uuid NOT NULL REFERENCES location (id),
  product_id  uuid NOT NULL REFERENCES product (id),
  units       bigint NOT NULL DEFAULT 0,
  value       bigint NOT NULL DEFAULT 0,
  first_day   date NOT NULL,
  PRIMARY KEY (company_id, location_id, product_id)
);

-- Stock aging walks each SKU-location's arrivals newest first: only the days something came in.
CREATE INDEX stock_fact_arrivals ON stock_fact (company_id, product_id, location_id, day DESC) INCLUDE (units_in, value_in) WHERE units_in > 0;

CREATE TABLE lead_time_fact (
  company_id  integer NOT NULL DEFAULT 1 REFERENCES company (id),
  day         date NOT NULL,
  location_id uuid NOT NULL REFERENCES location (id),
  channel     text NOT NULL CHECK (channel IN ('store', 'web', 'marketplace')),
  seconds     bigint NOT NULL CHECK (seconds >= 0),
  lines       bigint NOT NULL CHECK (lines > 0),
  PRIMARY KEY (company_id, day, location_id, channel, seconds)
);

-- The facts as before, then the read models derived from them.
ALTER FUNCTION insights_backfill() RENAME TO insights_backfill_facts;

CREATE FUNCTION insights_backfill() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM insights_backfill_facts();
  -- Rebuilt rows come out in hash order; daily writes append by day. Periods are read by day, so store them so.
  CLUSTER sales_fact USING sales_fact_pkey;
  CLUSTER stock_fact USING stock_fact_pkey;
  DELETE FROM stock_position;
  DELETE FROM lead_time_fact;

  INSERT INTO stock_position (location_id, product_id, units, value, first_day)
  SELECT location_id, product_id, sum(units_in - units_out), sum(value_in - value_out), min(day) FROM stock_fact GROUP BY location_id, product_id;

  INSERT INTO lead_time_fact (day, location_id, channel, seconds, lines)
  SELECT day, location_id, channel, seconds, sum(lines) FROM fulfilment_fact GROUP BY day, location_id, channel, seconds;
END;
$$;

SELECT insights_backfill();
