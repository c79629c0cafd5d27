-- Purchasing and replenishment: vendors and their supplier info per product, reorder rules (and templates per
-- location kind), replenishment runs and proposals, approval policies, purchase orders with their approval
-- steps, receipts, vendor bills with three-way-match exceptions, landed costs, and the settings row.

CREATE TABLE purchasing_settings (
  id                          integer PRIMARY KEY CHECK (id = 1),
  -- Receiving more than ordered × (1 + tolerance) is 409 over_receipt. Basis points (500 = 5 %).
  over_receipt_tolerance      integer NOT NULL DEFAULT 500 CHECK (over_receipt_tolerance BETWEEN 0 AND 10000),
  -- Three-way match: billed quantity beyond received × (1 + tolerance), or a unit cost off the order's by more
  -- than the tolerance, puts the bill on hold in the exception list.
  bill_quantity_tolerance     integer NOT NULL DEFAULT 0 CHECK (bill_quantity_tolerance BETWEEN 0 AND 10000),
  bill_price_tolerance        integer NOT NULL DEFAULT 200 CHECK (bill_price_tolerance BETWEEN 0 AND 10000),
  -- Expected demand: average daily net sales over this many days (8 weeks) until forecasting lands.
  demand_window_days          integer NOT NULL DEFAULT 56 CHECK (demand_window_days BETWEEN 1 AND 366),
  transfer_lead_time_days     integer NOT NULL DEFAULT 2 CHECK (transfer_lead_time_days BETWEEN 0 AND 365),
  -- The run submits the purchase orders it drafts to the approval policies (auto-approve or an inbox).
  submit_run_orders           boolean NOT NULL DEFAULT true,
  nightly_run_hour_utc        integer NOT NULL DEFAULT 2 CHECK (nightly_run_hour_utc BETWEEN 0 AND 23)
);
INSERT INTO purchasing_settings (id) VALUES (1);

CREATE TABLE vendor (
  id                 uuid PRIMARY KEY,
  code               text NOT NULL UNIQUE CHECK (char_length(code) BETWEEN 1 AND 64),
  name               text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
  payment_terms_days integer NOT NULL DEFAULT 30 CHECK (payment_terms_days BETWEEN 0 AND 365),
  -- The lead time of products whose supplier info does not name one.
  lead_time_days     integer NOT NULL DEFAULT 7 CHECK (lead_time_days BETWEEN 0 AND 365),
  contact_name       text,
  contact_email      text,
  contact_phone      text,
  active             boolean NOT NULL DEFAULT true,
  created_at         timestamptz NOT NULL,
  updated_at         timestamptz NOT NULL
);

-- Supplier info (Odoo's product.supplierinfo): what a vendor sells a product for, in which quantities, how fast.
CREATE TABLE supplier_product (
  vendor_id          uuid NOT NULL REFERENCES vendor (id),
  product_id         uuid NOT NULL REFERENCES product (id),
  vendor_sku         text,
  unit_cost          bigint NOT NULL CHECK (unit_cost >= 0),
  min_order_quantity bigint NOT NULL DEFAULT 1 CHECK (min_order_quantity >= 1),
  order_multiple     bigint NOT NULL DEFAULT 1 CHECK (order_multiple >= 1),
  lead_time_days     integer CHECK (lead_time_days BETWEEN 0 AND 365),
  preferred          boolean NOT NULL DEFAULT false,
  updated_at         timestamptz NOT NULL,
  PRIMARY KEY (vendor_id, product_id)
);
CREATE INDEX supplier_product_product ON supplier_product (product_id);
-- At most one preferred vendor per product.
CREATE UNIQUE INDEX supplier_product_preferred ON supplier_product (product_id) WHERE preferred;

CREATE TABLE reorder_rule (
  id                 uuid PRIMARY KEY,
  product_id         uuid NOT NULL REFERENCES product (id),
  location_id        uuid NOT NULL REFERENCES location (id),
  min_quantity       bigint NOT NULL CHECK (min_quantity >= 0),
  max_quantity       bigint NOT NULL,
  order_multiple     bigint NOT NULL DEFAULT 1 CHECK (order_multiple >= 1),
  trigger            text NOT NULL DEFAULT 'auto' CHECK (trigger IN ('auto', 'manual')),
  source             text NOT NULL CHECK (source IN ('purchase', 'transfer')),
  source_location_id uuid REFERENCES location (id),
  -- Overrides the vendor's (purchase) or the settings' (transfer) lead time.
  lead_time_days     integer CHECK (lead_time_days BETWEEN 0 AND 365),
  active             boolean NOT NULL DEFAULT true,
  created_at         timestamptz NOT NULL,
  updated_at         timestamptz NOT NULL,
  UNIQUE (product_id, location_id),
  CHECK (max_quantity >= min_quantity),
  CHECK ((source = 'transfer') = (source_location_id IS NOT NULL)),
  CHECK (source_location_id IS DISTINCT FROM location_id)
);
CREATE INDEX reorder_rule_location ON reorder_rule (location_id, product_id);

-- Rules a new location of a kind starts with (applied when the location is created).
CREATE TABLE reorder_rule_template (
  id                 uuid PRIMARY KEY,
  location_kind      text NOT NULL CHECK (location_kind IN ('warehouse', 'store')),
  product_id         uuid NOT NULL REFERENCES product (id),
  min_quantity       bigint NOT NULL CHECK (min_quantity >= 0),
  max_quantity       bigint NOT NULL,
  order_multiple     bigint NOT NULL DEFAULT 1 CHECK (order_multiple >= 1),
  trigger            text NOT NULL DEFAULT 'auto' CHECK (trigger IN ('auto', 'manual')),
  source             text NOT NULL CHECK (source IN ('purchase', 'transfer')),
  source_location_id uuid REFERENCES location (id),
  updated_at         timestamptz NOT NULL,
  UNIQUE (location_kind, product_id),
  CHECK (max_quantity >= min_quantity),
  CHECK ((source = 'transfer') = (source_location_id IS NOT NULL))
);

CREATE TABLE replenishment_run (
  id                     uuid PRIMARY KEY,
  actor_id               uuid NOT NULL,
  started_at             timestamptz NOT NULL,
  duration_ms            integer NOT NULL DEFAULT 0,
  rules_evaluated        integer NOT NULL DEFAULT 0,
  proposals_created      integer NOT NULL DEFAULT 0,
  purchase_orders_drafted integer NOT NULL DEFAULT 0,
  transfers_drafted      integer NOT NULL DEFAULT 0,
  purchase_orders_auto_approved integer NOT NULL DEFAULT 0
);
CREATE INDEX replenishment_run_started ON replenishment_run (started_at);

CREATE SEQUENCE purchasing_number;

CREATE TABLE approval_policy (
  id             uuid PRIMARY KEY,
  name           text NOT NULL UNIQUE,
  priority       integer NOT NULL DEFAULT 100,
  -- Applies when every line of the order is in this category (null: any).
  category       text,
  min_amount     bigint NOT NULL DEFAULT 0 CHECK (min_amount >= 0),
  max_amount     bigint,
  -- [{ "role": "buyer" } | { "userId": uuid, "email": text }, ...] in order; empty: approved automatically.
  steps          jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(steps) = 'array'),
  approval_hours integer CHECK (approval_hours > 0),
  active         boolean NOT NULL DEFAULT true,
  created_at     timestamptz NOT NULL,
  CHECK (max_amount IS NULL OR max_amount > min_amount)
);

CREATE TABLE purchase_order (
  id                 uuid PRIMARY KEY,
  number             text NOT NULL UNIQUE,
  vendor_id          uuid NOT NULL REFERENCES vendor (id),
  location_id        uuid NOT NULL REFERENCES location (id),
  status             text NOT NULL CHECK (status IN ('draft', 'to_approve', 'approved', 'sent', 'partially_received',
                       'received', 'billed', 'closed', 'cancelled')),
  origin             text NOT NULL CHECK (origin IN ('manual', 'replenishment')),
  run_id             uuid REFERENCES replenishment_run (id),
  total              bigint NOT NULL CHECK (total >= 0),
  approval_policy_id uuid REFERENCES approval_policy (id),
  note               text,
  expected_at        timestamptz NOT NULL,
  created_by         uuid NOT NULL,
  created_at         timestamptz NOT NULL,
  submitted_at       timestamptz,
  approved_at        timestamptz,
  sent_at            timestamptz,
  received_at        timestamptz,
  billed_at          timestamptz,
  closed_at          timestamptz,
  cancelled_at       timestamptz
);
CREATE INDEX purchase_order_status ON purchase_order (status, location_id);
CREATE INDEX purchase_order_vendor ON purchase_order (vendor_id, created_at);

CREATE TABLE purchase_order_line (
  purchase_order_id uuid NOT NULL REFERENCES purchase_order (id),
  line_no           integer NOT NULL,
  product_id        uuid NOT NULL REFERENCES product (id),
  quantity          bigint NOT NULL CHECK (quantity > 0),
  unit_cost         bigint NOT NULL CHECK (unit_cost >= 0),
  lead_time_days    integer NOT NULL CHECK (lead_time_days >= 0),
  -- The promised date: order date (sent, else created) + lead time. OTIF and delayed receipts use it.
  expected_at       timestamptz NOT NULL,
  received          bigint NOT NULL DEFAULT 0 CHECK (received >= 0),
  billed            bigint NOT NULL DEFAULT 0 CHECK (billed >= 0),
  first_received_at timestamptz,
  -- When received first reached the ordered quantity (in full).
  completed_at      timestamptz,
  PRIMARY KEY (purchase_order_id, line_no),
  UNIQUE (purchase_order_id, product_id)
);
CREATE INDEX purchase_order_line_product ON purchase_order_line (product_id);
CREATE INDEX purchase_order_line_expected ON purchase_order_line (expected_at);

CREATE TABLE purchase_order_approval (
  purchase_order_id uuid NOT NULL REFERENCES purchase_order (id),
  step_no           integer NOT NULL,
  approver_role     text,
  approver_user_id  uuid REFERENCES app_user (id),
  status            text NOT NULL CHECK (status IN ('waiting', 'pending', 'approved', 'rejected', 'cancelled')),
  assigned_at       timestamptz,
  due_at            timestamptz,
  decided_by        uuid,
  decided_at        timestamptz,
  note              text,
  PRIMARY KEY (purchase_order_id, step_no),
  CHECK ((approver_role IS NULL) <> (approver_user_id IS NULL))
);
CREATE INDEX purchase_order_approval_pending ON purchase_order_approval (status) WHERE status = 'pending';

-- A store's draft transfer from a warehouse, made by the replenishment run: one open draft per lane (source,
-- store) collects the run's proposals until someone who may act for the source approves it — then it becomes an
-- inventory transfer (reserved at the source) — or dismisses it.
CREATE TABLE transfer_draft (
  id               uuid PRIMARY KEY,
  number           text NOT NULL UNIQUE,
  run_id           uuid REFERENCES replenishment_run (id),
  from_location_id uuid NOT NULL REFERENCES location (id),
  to_location_id   uuid NOT NULL REFERENCES location (id),
  status           text NOT NULL CHECK (status IN ('draft', 'approved', 'dismissed')),
  transfer_id      uuid REFERENCES transfer (id),
  created_at       timestamptz NOT NULL,
  decided_by       uuid,
  decided_at       timestamptz,
  note             text,
  CHECK (from_location_id <> to_location_id),
  CHECK ((status = 'approved') = (transfer_id IS NOT NULL))
);
CREATE UNIQUE INDEX transfer_draft_open ON transfer_draft (from_location_id, to_location_id) WHERE status = 'draft';

-- A reorder proposal: the position the run computed and what it proposes. 'open' ones wait for a buyer (manual
-- rules, or no vendor); auto ones go straight onto a draft transfer ('drafted') or a draft purchase order
-- ('ordered'). One open proposal per product and location: a second run cannot duplicate it (ON CONFLICT DO
-- NOTHING against this index). A run writes tens of thousands of these in one statement, so the table carries
-- no foreign keys (every id comes from rows read in that same statement); it is a snapshot, never a source of truth.
CREATE TABLE replenishment_proposal (
  id                 uuid PRIMARY KEY,
  run_id             uuid NOT NULL,
  rule_id            uuid NOT NULL,
  product_id         uuid NOT NULL,
  location_id        uuid NOT NULL,
  source             text NOT NULL CHECK (source IN ('purchase', 'transfer')),
  source_location_id uuid,
  vendor_id          uuid,
  trigger            text NOT NULL CHECK (trigger IN ('auto', 'manual')),
  on_hand            bigint NOT NULL,
  reserved           bigint NOT NULL,
  incoming           bigint NOT NULL,
  outgoing           bigint NOT NULL,
  demand             bigint NOT NULL,
  projected          bigint NOT NULL,
  min_quantity       bigint NOT NULL,
  max_quantity       bigint NOT NULL,
  quantity           bigint NOT NULL CHECK (quantity > 0),
  unit_cost          bigint,
  lead_time_days     integer NOT NULL,
  status             text NOT NULL CHECK (status IN ('open', 'drafted', 'ordered', 'dismissed')),
  purchase_order_id  uuid,
  transfer_draft_id  uuid,
  created_at         timestamptz NOT NULL,
  closed_at          timestamptz,
  CHECK (status <> 'drafted' OR transfer_draft_id IS NOT NULL)
);
CREATE UNIQUE INDEX replenishment_proposal_open ON replenishment_proposal (product_id, location_id) WHERE status = 'open';
CREATE INDEX replenishment_proposal_run ON replenishment_proposal (run_id);
-- What waits on an open draft transfer counts as incoming at the store and outgoing at the warehouse.
CREATE INDEX replenishment_proposal_drafted ON replenishment_proposal (transfer_draft_id) WHERE status = 'drafted';

CREATE TABLE receipt (
  id                uuid PRIMARY KEY,
  number            text NOT NULL UNIQUE,
  purchase_order_id uuid NOT NULL REFERENCES purchase_order (id),
  location_id       uuid NOT NULL REFERENCES location (id),
  value             bigint NOT NULL CHECK (value >= 0),
  received_by       uuid NOT NULL,
  received_at       timestamptz NOT NULL
);
CREATE INDEX receipt_order ON receipt (purchase_order_id);
CREATE INDEX receipt_received_at ON receipt (received_at);

CREATE TABLE receipt_line (
  receipt_id  uuid NOT NULL REFERENCES receipt (id),
  line_no     integer NOT NULL,
  po_line_no  integer NOT NULL,
  product_id  uuid NOT NULL REFERENCES product (id),
  quantity    bigint NOT NULL CHECK (quantity > 0),
  unit_cost   bigint NOT NULL CHECK (unit_cost >= 0),
  value       bigint NOT NULL CHECK (value >= 0),
  landed_cost bigint NOT NULL DEFAULT 0 CHECK (landed_cost >= 0),
  PRIMARY KEY (receipt_id, line_no)
);

CREATE TABLE vendor_bill (
  id                uuid PRIMARY KEY,
  number            text NOT NULL UNIQUE,
  vendor_id         uuid NOT NULL REFERENCES vendor (id),
  purchase_order_id uuid NOT NULL REFERENCES purchase_order (id),
  reference         text NOT NULL,
  status            text NOT NULL CHECK (status IN ('posted', 'on_hold', 'rejected')),
  subtotal          bigint NOT NULL CHECK (subtotal >= 0),
  tax               bigint NOT NULL DEFAULT 0 CHECK (tax >= 0),
  total             bigint NOT NULL CHECK (total = subtotal + tax),
  received_value    bigint NOT NULL DEFAULT 0 CHECK (received_value >= 0),
  price_variance    bigint NOT NULL DEFAULT 0,
  due_at            timestamptz NOT NULL,
  created_by        uuid NOT NULL,
  created_at        timestamptz NOT NULL,
  posted_at         timestamptz,
  decided_by        uuid,
  decision_note     text
);
-- A vendor's invoice number is billed once; a rejected bill frees it for the corrected one.
CREATE UNIQUE INDEX vendor_bill_reference ON vendor_bill (vendor_id, reference) WHERE status <> 'rejected';
CREATE INDEX vendor_bill_order ON vendor_bill (purchase_order_id);
CREATE INDEX vendor_bill_status ON vendor_bill (status, created_at);

CREATE TABLE vendor_bill_line (
  bill_id        uuid NOT NULL REFERENCES vendor_bill (id),
  line_no        integer NOT NULL,
  po_line_no     integer NOT NULL,
  product_id     uuid NOT NULL REFERENCES product (id),
  quantity       bigint NOT NULL CHECK (quantity > 0),
  unit_cost      bigint NOT NULL CHECK (unit_cost >= 0),
  amount         bigint NOT NULL CHECK (amount >= 0),
  -- The three quantities and the order's price at match time.
  ordered        bigint NOT NULL,
  received       bigint NOT NULL,
  billed_before  bigint NOT NULL,
  order_unit_cost bigint NOT NULL,
  -- Goods received not invoiced this line clears (matched units × the order's unit cost).
  received_value bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (bill_id, line_no)
);

CREATE TABLE vendor_bill_exception (
  bill_id    uuid NOT NULL REFERENCES vendor_bill (id),
  line_no    integer NOT NULL,
  kind       text NOT NULL CHECK (kind IN ('quantity', 'price')),
  expected   bigint NOT NULL,
  actual     bigint NOT NULL,
  status     text NOT NULL CHECK (status IN ('open', 'accepted', 'resolved', 'rejected')),
  created_at timestamptz NOT NULL,
  closed_at  timestamptz,
  PRIMARY KEY (bill_id, line_no, kind)
);
CREATE INDEX vendor_bill_exception_open ON vendor_bill_exception (created_at) WHERE status = 'open';

CREATE TABLE landed_cost (
  id          uuid PRIMARY KEY,
  number      text NOT NULL UNIQUE,
  kind        text NOT NULL CHECK (kind IN ('freight', 'duty')),
  allocation  text NOT NULL CHECK (allocation IN ('value', 'quantity')),
  amount      bigint NOT NULL CHECK (amount > 0),
  capitalized bigint NOT NULL CHECK (capitalized >= 0),
  expensed    bigint NOT NULL CHECK (expensed >= 0),
  vendor_id   uuid REFERENCES vendor (id),
  reference   text,
  created_by  uuid NOT NULL,
  created_at  timestamptz NOT NULL,
  CHECK (capitalized + expensed = amount)
);

CREATE TABLE landed_cost_line (
  landed_cost_id  uuid NOT NULL REFERENCES landed_cost (id),
  line_no         integer NOT NULL,
  receipt_id      uuid NOT NULL REFERENCES receipt (id),
  receipt_line_no integer NOT NULL,
  product_id      uuid NOT NULL REFERENCES product (id),
  allocated       bigint NOT NULL CHECK (allocated >= 0),
  capitalized     bigint NOT NULL CHECK (capitalized >= 0),
  expensed        bigint NOT NULL CHECK (expensed >= 0),
  PRIMARY KEY (landed_cost_id, line_no),
  CHECK (capitalized + expensed = allocated)
);
CREATE INDEX landed_cost_line_receipt ON landed_cost_line (receipt_id);
