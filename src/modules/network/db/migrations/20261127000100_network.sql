-- The network: the company, its physical locations, and the virtual locations the stock ledger needs.

CREATE TABLE company (
  id               integer PRIMARY KEY CHECK (id = 1),
  name             text NOT NULL,
  currency         char(3) NOT NULL,
  default_tax_rate integer NOT NULL CHECK (default_tax_rate BETWEEN 0 AND 10000)
);
INSERT INTO company (id, name, currency, default_tax_rate) VALUES (1, 'Emporium', 'EUR', 2000);

CREATE TABLE location (
  id                 uuid PRIMARY KEY,
  code               text NOT NULL UNIQUE,
  name               text NOT NULL,
  kind               text NOT NULL CHECK (kind IN ('warehouse', 'store', 'online',
                       'supplier', 'customer', 'inventory_loss', 'inventory_gain', 'transit', 'scrap')),
  ships_to_customers boolean NOT NULL DEFAULT false,
  pickup_point       boolean NOT NULL DEFAULT false,
  priority           integer NOT NULL DEFAULT 100,
  created_at         timestamptz NOT NULL DEFAULT now(),
  CHECK (kind IN ('warehouse', 'store') OR NOT (ships_to_customers OR pickup_point))
);
CREATE INDEX location_kind ON location (kind, priority, code);

-- Virtual locations: every stock move goes from one location to another, so each product's moves sum
-- to zero across all locations, these included. Their codes start with '@' and they are never listed.
INSERT INTO location (id, code, name, kind) VALUES
  ('00000000-0000-4000-8000-000000000101', '@supplier', 'Suppliers', 'supplier'),
  ('00000000-0000-4000-8000-000000000102', '@customer', 'Customers', 'customer'),
  ('00000000-0000-4000-8000-000000000103', '@inventory-loss', 'Inventory loss', 'inventory_loss'),
  ('00000000-0000-4000-8000-000000000104', '@inventory-gain', 'Inventory gain', 'inventory_gain'),
  ('00000000-0000-4000-8000-000000000105', '@transit', 'In transit', 'transit'),
  ('00000000-0000-4000-8000-000000000106', '@scrap', 'Scrap', 'scrap');
