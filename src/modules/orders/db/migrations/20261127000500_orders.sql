-- Orders from every channel: lines with prices and tax, allocations (reserved, backordered, fulfilled),
-- payments, and the order timeline.

CREATE SEQUENCE order_number;

CREATE TABLE sales_order (
  id                 uuid PRIMARY KEY,
  number             text NOT NULL UNIQUE,
  channel            text NOT NULL CHECK (channel IN ('store', 'web', 'marketplace')),
  fulfillment        text NOT NULL CHECK (fulfillment IN ('carry_out', 'ship', 'pickup')),
  status             text NOT NULL CHECK (status IN ('reserved', 'backordered', 'completed', 'cancelled')),
  location_id        uuid REFERENCES location (id),
  pickup_location_id uuid REFERENCES location (id),
  customer_email     text,
  customer_name      text,
  subtotal           bigint NOT NULL CHECK (subtotal >= 0),
  discount           bigint NOT NULL CHECK (discount >= 0),
  tax                bigint NOT NULL CHECK (tax >= 0),
  total              bigint NOT NULL CHECK (total >= 0),
  created_by         uuid NOT NULL,
  placed_at          timestamptz NOT NULL,
  completed_at       timestamptz,
  cancelled_at       timestamptz,
  CHECK (total = subtotal - discount + tax)
);
CREATE INDEX sales_order_placed ON sales_order (placed_at);
CREATE INDEX sales_order_location ON sales_order (location_id, placed_at);
CREATE INDEX sales_order_pickup ON sales_order (pickup_location_id, placed_at);
CREATE INDEX sales_order_status ON sales_order (status, placed_at);

CREATE TABLE order_line (
  order_id   uuid NOT NULL REFERENCES sales_order (id),
  line_no    integer NOT NULL,
  product_id uuid NOT NULL REFERENCES product (id),
  quantity   bigint NOT NULL CHECK (quantity > 0),
  unit_price bigint NOT NULL CHECK (unit_price >= 0),
  discount   bigint NOT NULL CHECK (discount >= 0),
  tax_rate   integer NOT NULL CHECK (tax_rate BETWEEN 0 AND 10000),
  tax        bigint NOT NULL CHECK (tax >= 0),
  -- Cost of goods of the line once its units have left (average cost at that moment).
  cost       bigint CHECK (cost >= 0),
  PRIMARY KEY (order_id, line_no),
  CHECK (discount <= quantity * unit_price)
);
CREATE INDEX order_line_product ON order_line (product_id);

CREATE TABLE order_allocation (
  id             uuid PRIMARY KEY,
  order_id       uuid NOT NULL REFERENCES sales_order (id),
  line_no        integer NOT NULL,
  -- Null for a backorder that any location shipping to customers may fill.
  location_id    uuid REFERENCES location (id),
  quantity       bigint NOT NULL CHECK (quantity > 0),
  status         text NOT NULL CHECK (status IN ('reserved', 'backordered', 'fulfilled', 'released')),
  reservation_id uuid REFERENCES reservation (id),
  value          bigint CHECK (value >= 0),
  created_at     timestamptz NOT NULL,
  fulfilled_at   timestamptz,
  CHECK (status <> 'reserved' OR reservation_id IS NOT NULL),
  CHECK (status <> 'backordered' OR reservation_id IS NULL),
  FOREIGN KEY (order_id, line_no) REFERENCES order_line (order_id, line_no)
);
CREATE INDEX order_allocation_order ON order_allocation (order_id);
CREATE INDEX order_allocation_backorders ON order_allocation (created_at) WHERE status = 'backordered';

CREATE TABLE order_payment (
  id       uuid PRIMARY KEY,
  order_id uuid NOT NULL REFERENCES sales_order (id),
  kind     text NOT NULL CHECK (kind IN ('payment', 'refund')),
  method   text NOT NULL CHECK (method IN ('cash', 'card', 'store_credit', 'online')),
  amount   bigint NOT NULL CHECK (amount >= 0),
  location_id uuid REFERENCES location (id),
  at       timestamptz NOT NULL
);
CREATE INDEX order_payment_order ON order_payment (order_id);

CREATE TABLE order_event (
  id       bigserial PRIMARY KEY,
  order_id uuid NOT NULL REFERENCES sales_order (id),
  at       timestamptz NOT NULL,
  type     text NOT NULL,
  detail   jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX order_event_order ON order_event (order_id, id);
