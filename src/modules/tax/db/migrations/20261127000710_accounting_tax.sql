-- Sales tax by jurisdiction: each location (store) has one jurisdiction; a rule table
-- (jurisdiction, tax category) → rate overrides the product's own rate there. Category '*' is the
-- jurisdiction's rate for every category without a rule of its own.

CREATE TABLE tax_jurisdiction (
  id                 uuid PRIMARY KEY,
  code               text NOT NULL UNIQUE CHECK (char_length(code) BETWEEN 1 AND 64),
  name               text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
  -- Shelf prices there include the tax (VAT-style price lists): tax is taken out of the price, not added.
  prices_include_tax boolean NOT NULL DEFAULT false,
  created_at         timestamptz NOT NULL
);

CREATE TABLE location_tax_jurisdiction (
  location_id     uuid PRIMARY KEY REFERENCES location (id),
  jurisdiction_id uuid NOT NULL REFERENCES tax_jurisdiction (id)
);
CREATE INDEX location_tax_jurisdiction_jurisdiction ON location_tax_jurisdiction (jurisdiction_id);

CREATE TABLE tax_rule (
  jurisdiction_id uuid NOT NULL REFERENCES tax_jurisdiction (id),
  tax_category    text NOT NULL CHECK (char_length(tax_category) BETWEEN 1 AND 64),
  rate            integer NOT NULL CHECK (rate BETWEEN 0 AND 10000),
  updated_at      timestamptz NOT NULL,
  PRIMARY KEY (jurisdiction_id, tax_category)
);
