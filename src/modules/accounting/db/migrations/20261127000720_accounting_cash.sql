-- Till cash sessions (opened with a float, closed with a count) and payment-provider settlements imported
-- from CSV, matched to orders by reference; rows that do not match are the reconciliation exceptions.

CREATE SEQUENCE cash_session_number;

CREATE TABLE cash_session (
  id            uuid PRIMARY KEY,
  number        text NOT NULL UNIQUE,
  location_id   uuid NOT NULL REFERENCES location (id),
  status        text NOT NULL CHECK (status IN ('open', 'closed')),
  opening_float bigint NOT NULL CHECK (opening_float >= 0),
  opened_at     timestamptz NOT NULL,
  opened_by     uuid NOT NULL,
  closed_at     timestamptz,
  closed_by     uuid,
  expected      bigint,
  counted       bigint CHECK (counted >= 0),
  difference    bigint,
  CHECK ((status = 'closed') = (closed_at IS NOT NULL AND counted IS NOT NULL AND expected IS NOT NULL AND difference = counted - expected))
);
-- One open session per till.
CREATE UNIQUE INDEX cash_session_open ON cash_session (location_id) WHERE status = 'open';
CREATE INDEX cash_session_location ON cash_session (location_id, opened_at);

CREATE SEQUENCE settlement_number;

CREATE TABLE settlement_import (
  id          uuid PRIMARY KEY,
  number      text NOT NULL UNIQUE,
  filename    text,
  rows        integer NOT NULL CHECK (rows >= 0),
  matched     integer NOT NULL CHECK (matched >= 0),
  exceptions  integer NOT NULL CHECK (exceptions >= 0),
  entry_id    uuid REFERENCES journal_entry (id),
  actor_id    uuid NOT NULL,
  imported_at timestamptz NOT NULL,
  CHECK (matched + exceptions = rows)
);

CREATE TABLE settlement_line (
  import_id  uuid NOT NULL REFERENCES settlement_import (id),
  row_no     integer NOT NULL CHECK (row_no > 0),
  settled_on text NOT NULL,
  reference  text NOT NULL,
  gross      bigint,
  fee        bigint,
  net        bigint,
  order_id   uuid,
  status     text NOT NULL CHECK (status IN ('matched', 'exception')),
  reason     text,
  PRIMARY KEY (import_id, row_no),
  CHECK ((status = 'matched') = (reason IS NULL AND order_id IS NOT NULL))
);
-- A capture is settled once.
CREATE UNIQUE INDEX settlement_line_capture ON settlement_line (order_id) WHERE status = 'matched' AND gross > 0;
CREATE INDEX settlement_line_order ON settlement_line (order_id) WHERE status = 'matched';
CREATE INDEX settlement_line_exceptions ON settlement_line (import_id, row_no) WHERE status = 'exception';
