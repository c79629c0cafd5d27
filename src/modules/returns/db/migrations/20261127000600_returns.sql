-- Returns from any channel, taken at any store or warehouse, with reason, disposition and refund per line.

CREATE TABLE return_document (
  id            uuid PRIMARY KEY,
  number        text NOT NULL UNIQUE,
  order_id      uuid NOT NULL REFERENCES sales_order (id),
  location_id   uuid NOT NULL REFERENCES location (id),
  refund_amount bigint NOT NULL CHECK (refund_amount >= 0),
  refund_method text NOT NULL,
  actor_id      uuid NOT NULL,
  created_at    timestamptz NOT NULL
);
CREATE INDEX return_document_order ON return_document (order_id);
CREATE INDEX return_document_location ON return_document (location_id, created_at);

CREATE TABLE return_line (
  return_id     uuid NOT NULL REFERENCES return_document (id),
  line_no       integer NOT NULL,
  order_id      uuid NOT NULL,
  order_line_no integer NOT NULL,
  product_id    uuid NOT NULL REFERENCES product (id),
  quantity      bigint NOT NULL CHECK (quantity > 0),
  reason_code   text NOT NULL CHECK (reason_code IN ('damaged', 'wrong_size', 'changed_mind', 'not_as_described', 'late_delivery', 'other')),
  reason        text NOT NULL,
  disposition   text NOT NULL CHECK (disposition IN ('restock', 'scrap')),
  net           bigint NOT NULL CHECK (net >= 0),
  tax           bigint NOT NULL CHECK (tax >= 0),
  cost          bigint NOT NULL CHECK (cost >= 0),
  PRIMARY KEY (return_id, line_no),
  FOREIGN KEY (order_id, order_line_no) REFERENCES order_line (order_id, line_no)
);
CREATE INDEX return_line_order_line ON return_line (order_id, order_line_no);
