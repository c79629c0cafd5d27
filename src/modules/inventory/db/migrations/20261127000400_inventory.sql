-- The stock ledger: append-only moves, the cached level per product and location, reservations,
-- average-cost valuation, adjustments, cycle counts and transfers.

CREATE TABLE stock_move (
  id               bigserial PRIMARY KEY,
  product_id       uuid NOT NULL REFERENCES product (id),
  from_location_id uuid NOT NULL REFERENCES location (id),
  to_location_id   uuid NOT NULL REFERENCES location (id),
  quantity         bigint NOT NULL CHECK (quantity > 0),
  -- The cost of all moved units (minor units); unit cost = value / quantity.
  value            bigint NOT NULL CHECK (value >= 0),
  source_type      text NOT NULL,
  source_id        text NOT NULL,
  actor_id         uuid NOT NULL,
  moved_at         timestamptz NOT NULL,
  CHECK (from_location_id <> to_location_id)
);
CREATE INDEX stock_move_product_to ON stock_move (product_id, to_location_id);
CREATE INDEX stock_move_product_from ON stock_move (product_id, from_location_id);
CREATE INDEX stock_move_source ON stock_move (source_type, source_id);
CREATE INDEX stock_move_moved_at ON stock_move (moved_at);

-- A cache of the ledger for stock-holding locations (warehouses, stores, transit), updated in the same
-- transaction as every move; available = on_hand - reserved can never go below zero.
CREATE TABLE stock_level (
  product_id  uuid NOT NULL REFERENCES product (id),
  location_id uuid NOT NULL REFERENCES location (id),
  on_hand     bigint NOT NULL DEFAULT 0,
  reserved    bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (product_id, location_id),
  CHECK (reserved >= 0 AND reserved <= on_hand)
);
CREATE INDEX stock_level_location ON stock_level (location_id, product_id);

CREATE TABLE reservation (
  id          uuid PRIMARY KEY,
  product_id  uuid NOT NULL REFERENCES product (id),
  location_id uuid NOT NULL REFERENCES location (id),
  quantity    bigint NOT NULL CHECK (quantity > 0),
  status      text NOT NULL CHECK (status IN ('active', 'consumed', 'released')),
  source_type text NOT NULL,
  source_id   text NOT NULL,
  created_at  timestamptz NOT NULL,
  closed_at   timestamptz,
  CHECK ((status = 'active') = (closed_at IS NULL))
);
CREATE INDEX reservation_active ON reservation (product_id, location_id) WHERE status = 'active';
CREATE INDEX reservation_source ON reservation (source_type, source_id);

-- Perpetual average cost per product over everything the company holds (locations and transit).
CREATE TABLE product_valuation (
  product_id uuid PRIMARY KEY REFERENCES product (id),
  quantity   bigint NOT NULL DEFAULT 0 CHECK (quantity >= 0),
  value      bigint NOT NULL DEFAULT 0 CHECK (value >= 0),
  CHECK (quantity > 0 OR value = 0)
);

CREATE SEQUENCE document_number;

CREATE TABLE inventory_adjustment (
  id          uuid PRIMARY KEY,
  number      text NOT NULL UNIQUE,
  location_id uuid NOT NULL REFERENCES location (id),
  reason      text NOT NULL,
  actor_id    uuid NOT NULL,
  created_at  timestamptz NOT NULL
);
CREATE TABLE inventory_adjustment_line (
  adjustment_id uuid NOT NULL REFERENCES inventory_adjustment (id),
  line_no       integer NOT NULL,
  product_id    uuid NOT NULL REFERENCES product (id),
  delta         bigint NOT NULL CHECK (delta <> 0),
  value         bigint NOT NULL CHECK (value >= 0),
  PRIMARY KEY (adjustment_id, line_no)
);
CREATE INDEX inventory_adjustment_location ON inventory_adjustment (location_id, created_at);

CREATE TABLE inventory_count (
  id          uuid PRIMARY KEY,
  number      text NOT NULL UNIQUE,
  location_id uuid NOT NULL REFERENCES location (id),
  actor_id    uuid NOT NULL,
  counted_at  timestamptz NOT NULL
);
CREATE TABLE inventory_count_line (
  count_id         uuid NOT NULL REFERENCES inventory_count (id),
  line_no          integer NOT NULL,
  product_id       uuid NOT NULL REFERENCES product (id),
  counted          bigint NOT NULL CHECK (counted >= 0),
  on_hand_at_count bigint NOT NULL CHECK (on_hand_at_count >= 0),
  value            bigint NOT NULL CHECK (value >= 0),
  PRIMARY KEY (count_id, line_no)
);
CREATE INDEX inventory_count_location ON inventory_count (location_id, counted_at);

CREATE TABLE transfer (
  id               uuid PRIMARY KEY,
  number           text NOT NULL UNIQUE,
  from_location_id uuid NOT NULL REFERENCES location (id),
  to_location_id   uuid NOT NULL REFERENCES location (id),
  status           text NOT NULL CHECK (status IN ('requested', 'reserved', 'in_transit', 'received', 'rejected', 'cancelled')),
  requested_by     uuid NOT NULL,
  note             text,
  created_at       timestamptz NOT NULL,
  approved_at      timestamptz,
  shipped_at       timestamptz,
  received_at      timestamptz,
  closed_at        timestamptz,
  CHECK (from_location_id <> to_location_id)
);
CREATE INDEX transfer_from_status ON transfer (from_location_id, status);
CREATE INDEX transfer_to_status ON transfer (to_location_id, status);

CREATE TABLE transfer_line (
  transfer_id    uuid NOT NULL REFERENCES transfer (id),
  line_no        integer NOT NULL,
  product_id     uuid NOT NULL REFERENCES product (id),
  quantity       bigint NOT NULL CHECK (quantity > 0),
  reservation_id uuid REFERENCES reservation (id),
  shipped_value  bigint CHECK (shipped_value >= 0),
  received       bigint CHECK (received >= 0 AND received <= quantity),
  PRIMARY KEY (transfer_id, line_no)
);
