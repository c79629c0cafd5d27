-- Findings of the daily anomaly checks that are not exceptions (return-rate anomalies are: they go to the
-- exception queue). Each carries the figures it came from and its reason. At most one finding per kind and
-- subject is open at a time: the partial unique index below is what a run upserts against; a run resolves the
-- open findings of a kind it no longer finds.

CREATE TABLE anomaly_finding (
  id               uuid PRIMARY KEY,
  company_id       integer NOT NULL DEFAULT 1 REFERENCES company (id),
  kind             text NOT NULL CHECK (kind IN ('shrink', 'lead_time_drift', 'overstock', 'slow_mover', 'margin_erosion')),
  subject_type     text NOT NULL CHECK (subject_type IN ('product', 'location', 'vendor', 'family')),
  -- The product, location or vendor id, or the family's name; subject_key is its natural key (SKU, code, name).
  subject_id       text NOT NULL CHECK (char_length(subject_id) BETWEEN 1 AND 200),
  subject_key      text NOT NULL CHECK (char_length(subject_key) BETWEEN 1 AND 200),
  -- Where it is, and so who may see it; null (vendors, families) only for unscoped users.
  location_id      uuid REFERENCES location (id),
  window_from      date NOT NULL,
  window_to        date NOT NULL CHECK (window_to >= window_from),
  observed         double precision NOT NULL,
  expected         double precision NOT NULL,
  unit             text NOT NULL CHECK (unit IN ('ratio', 'days', 'weeks', 'units')),
  score            double precision NOT NULL,
  threshold        double precision NOT NULL,
  value_at_risk    bigint NOT NULL CHECK (value_at_risk >= 0),
  evidence         jsonb NOT NULL,
  reason           text NOT NULL CHECK (char_length(reason) BETWEEN 1 AND 1000),
  detected_at      timestamptz NOT NULL,
  last_detected_at timestamptz NOT NULL,
  status           text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
  resolved_at      timestamptz,
  CHECK ((status = 'resolved') = (resolved_at IS NOT NULL))
);
CREATE UNIQUE INDEX anomaly_finding_open ON anomaly_finding
  (company_id, kind, subject_type, subject_id, (coalesce(location_id, '00000000-0000-0000-0000-000000000000'::uuid)))
  WHERE status = 'open';
-- The lists: most extreme first, per status and kind.
CREATE INDEX anomaly_finding_list ON anomaly_finding (company_id, status, kind, score DESC, id);
