-- The exception queue: what needs someone's attention today, raised by the write that caused it or by the daily
-- checks. At most one exception per kind, subject and location is open (not resolved) at any time: the partial
-- unique index below is what raising inserts against (ON CONFLICT), never a check-then-insert.

CREATE TABLE operations_exception (
  id               uuid PRIMARY KEY,
  company_id       integer NOT NULL DEFAULT 1 REFERENCES company (id),
  kind             text NOT NULL CHECK (kind IN ('stock_discrepancy', 'delayed_receipt', 'transfer_overdue', 'bill_mismatch',
                     'settlement_unmatched', 'integration_failed', 'return_anomaly', 'negative_margin_sale', 'stockout_risk',
                     'approval_overdue')),
  severity         text NOT NULL CHECK (severity IN ('low', 'medium', 'high')),
  -- Where it happened, and so who may see it; null (settlements) only for unscoped users.
  location_id      uuid REFERENCES location (id),
  subject_type     text NOT NULL CHECK (char_length(subject_type) BETWEEN 1 AND 64),
  subject_id       text NOT NULL CHECK (char_length(subject_id) BETWEEN 1 AND 200),
  summary          text NOT NULL CHECK (char_length(summary) BETWEEN 1 AND 1000),
  -- First detection; last_detected_at moves when the cause is seen again while the exception is open.
  detected_at      timestamptz NOT NULL,
  last_detected_at timestamptz NOT NULL,
  status           text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'acknowledged', 'resolved')),
  owner_role       text NOT NULL,
  assignee_id      uuid REFERENCES app_user (id),
  due_at           timestamptz NOT NULL,
  value_at_risk    bigint NOT NULL CHECK (value_at_risk >= 0),
  acknowledged_at  timestamptz,
  acknowledged_by  uuid,
  resolved_at      timestamptz,
  resolved_by      uuid,
  resolution_note  text,
  CHECK ((status = 'resolved') = (resolved_at IS NOT NULL)),
  CHECK (status <> 'resolved' OR resolution_note IS NOT NULL)
);
CREATE UNIQUE INDEX operations_exception_open ON operations_exception
  (company_id, kind, subject_type, subject_id, (coalesce(location_id, '00000000-0000-0000-0000-000000000000'::uuid)))
  WHERE status <> 'resolved';
-- The queue: most urgent first.
CREATE INDEX operations_exception_queue ON operations_exception (company_id, status, due_at, id);
CREATE INDEX operations_exception_location ON operations_exception (company_id, location_id, status);

-- A location's own tolerance for stock discrepancies (counts and transfer receipts); without a row, the defaults
-- of domain/tolerance.ts. A line is a discrepancy when its units OR its value exceed the tolerance.
CREATE TABLE exception_tolerance (
  company_id  integer NOT NULL DEFAULT 1 REFERENCES company (id),
  location_id uuid NOT NULL REFERENCES location (id),
  units       bigint NOT NULL CHECK (units >= 0),
  value       bigint NOT NULL CHECK (value >= 0),
  updated_at  timestamptz NOT NULL,
  PRIMARY KEY (company_id, location_id)
);
