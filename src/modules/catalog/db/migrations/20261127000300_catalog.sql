-- The catalog: products (SKUs) with barcode, classification, style variants, unit of measure, cost, price and own tax rate.

CREATE TABLE product (
  id              uuid PRIMARY KEY,
  sku             text NOT NULL UNIQUE CHECK (char_length(sku) BETWEEN 1 AND 64),
  name            text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
  -- A GTIN-8, -12, -13 or -14 (the check digit is verified by the application before it gets here).
  barcode         text CHECK (barcode ~ '^([0-9]{8}|[0-9]{12,14})$'),
  category        text,
  family          text,
  style           text,
  attributes      jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(attributes) = 'object'),
  unit_of_measure text NOT NULL DEFAULT 'unit' CHECK (unit_of_measure <> ''),
  cost            bigint NOT NULL CHECK (cost >= 0),
  price           bigint NOT NULL CHECK (price >= 0),
  -- Basis points; NULL means the company default applies, so changing that default reaches the product.
  tax_rate        integer CHECK (tax_rate BETWEEN 0 AND 10000),
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now()
);

-- Barcodes are unique as GTINs: compared in their 14-digit form, a UPC-A 012345678905 and its EAN-13
-- spelling 0012345678905 are the same product. This is stricter than a plain UNIQUE on barcode (which it
-- implies) and is the index barcode lookups use. NULLs (no barcode) do not collide.
CREATE UNIQUE INDEX product_gtin ON product (lpad(barcode, 14, '0'));

-- Barcode prefix search (LIKE 'digits%'), whatever the database collation.
CREATE INDEX product_barcode_prefix ON product (barcode text_pattern_ops);

-- Filtered lists come out ordered by sku, so the filter and the order share one index each.
CREATE INDEX product_family ON product (family, sku);
CREATE INDEX product_style ON product (style, sku);

-- The text search (SKU prefix OR name substring, case-insensitive) walks the sku index in order and
-- filters: a name substring cannot use a btree, and pg_trgm is not loaded in the embedded PGlite.
