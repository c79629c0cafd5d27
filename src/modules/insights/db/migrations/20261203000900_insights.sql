-- Daily facts the KPIs read: written by subscribers in the same transaction as each document (orders, returns,
-- stock moves, counts, transfers), so a KPI read reflects every write that returned before it. Every measure
-- column is a sum: writers upsert with `x = x + excluded.x`, which is safe under concurrency.
-- insights_backfill() rebuilds them from the documents (this migration, for existing data; the demo loader).

-- Sales at the location the goods left from; returns at the location that took them back, on the return's
-- day, in the order's channel. units_returned_of_sold: returned units put back on the day, location and
-- channel of their sale (the return rate is attributed to the period of sale).
CREATE TABLE sales_fact (
  company_id             integer NOT NULL DEFAULT 1 REFERENCES company (id),
  day                    date NOT NULL,
  product_id             uuid NOT NULL REFERENCES product (id),
  location_id            uuid NOT NULL REFERENCES location (id),
  channel                text NOT NULL CHECK (channel IN ('store', 'web', 'marketplace')),
  units_sold             bigint NOT NULL DEFAULT 0 CHECK (units_sold >= 0),
  net_sales              bigint NOT NULL DEFAULT 0 CHECK (net_sales >= 0),
  cogs                   bigint NOT NULL DEFAULT 0 CHECK (cogs >= 0),
  units_returned         bigint NOT NULL DEFAULT 0 CHECK (units_returned >= 0),
  returns_value          bigint NOT NULL DEFAULT 0 CHECK (returns_value >= 0),
  returns_cogs           bigint NOT NULL DEFAULT 0 CHECK (returns_cogs >= 0),
  units_returned_of_sold bigint NOT NULL DEFAULT 0 CHECK (units_returned_of_sold >= 0),
  PRIMARY KEY (company_id, day, location_id, product_id, channel)
);
CREATE INDEX sales_fact_product ON sales_fact (company_id, product_id, location_id, day);

-- Stock at a warehouse or store per day: every move in and out (units and value at cost, so on hand and its
-- value at any date are sums of earlier days), what was received (from suppliers or transfers), what was lost
-- (negative adjustments and count variances, transfer shortfalls at the receiving location, scrapped returns),
-- and cycle counts (units counted and Σ |counted − on hand at count|).
CREATE TABLE stock_fact (
  company_id     integer NOT NULL DEFAULT 1 REFERENCES company (id),
  day            date NOT NULL,
  product_id     uuid NOT NULL REFERENCES product (id),
  location_id    uuid NOT NULL REFERENCES location (id),
  units_in       bigint NOT NULL DEFAULT 0 CHECK (units_in >= 0),
  units_out      bigint NOT NULL DEFAULT 0 CHECK (units_out >= 0),
  value_in       bigint NOT NULL DEFAULT 0 CHECK (value_in >= 0),
  value_out      bigint NOT NULL DEFAULT 0 CHECK (value_out >= 0),
  units_received bigint NOT NULL DEFAULT 0 CHECK (units_received >= 0),
  loss_value     bigint NOT NULL DEFAULT 0 CHECK (loss_value >= 0),
  units_counted  bigint NOT NULL DEFAULT 0 CHECK (units_counted >= 0),
  count_variance bigint NOT NULL DEFAULT 0 CHECK (count_variance >= 0),
  PRIMARY KEY (company_id, day, location_id, product_id)
);
CREATE INDEX stock_fact_product ON stock_fact (company_id, product_id, location_id, day);

-- Customer order lines by the day they were placed, at the order's own location (till or pickup store; the
-- customer virtual location when the system sources it), and how many were filled complete at first shipment.
CREATE TABLE fill_fact (
  company_id   integer NOT NULL DEFAULT 1 REFERENCES company (id),
  day          date NOT NULL,
  location_id  uuid NOT NULL REFERENCES location (id),
  channel      text NOT NULL CHECK (channel IN ('store', 'web', 'marketplace')),
  lines_placed bigint NOT NULL DEFAULT 0 CHECK (lines_placed >= 0),
  lines_filled bigint NOT NULL DEFAULT 0 CHECK (lines_filled >= 0),
  PRIMARY KEY (company_id, day, location_id, channel)
);

-- One row per fulfilled customer order: its lines and how long from placement to fulfilment (lead time).
CREATE TABLE fulfilment_fact (
  company_id   integer NOT NULL DEFAULT 1 REFERENCES company (id),
  order_id     uuid NOT NULL,
  day          date NOT NULL,
  location_id  uuid NOT NULL REFERENCES location (id),
  channel      text NOT NULL CHECK (channel IN ('store', 'web', 'marketplace')),
  fulfillment  text NOT NULL CHECK (fulfillment IN ('carry_out', 'ship', 'pickup')),
  lines        integer NOT NULL CHECK (lines > 0),
  seconds      bigint NOT NULL CHECK (seconds >= 0),
  PRIMARY KEY (company_id, order_id)
);
CREATE INDEX fulfilment_fact_day ON fulfilment_fact (company_id, day);

-- One row per line of a purchase order sent to its vendor: its promised (due) day, what was ordered and received,
-- and when it was first complete (OTIF).
CREATE TABLE purchase_line_fact (
  company_id        integer NOT NULL DEFAULT 1 REFERENCES company (id),
  purchase_order_id uuid NOT NULL,
  line_no           integer NOT NULL,
  vendor_id         uuid NOT NULL,
  location_id       uuid NOT NULL REFERENCES location (id),
  product_id        uuid NOT NULL REFERENCES product (id),
  due_day           date NOT NULL,
  quantity          bigint NOT NULL CHECK (quantity > 0),
  received          bigint NOT NULL DEFAULT 0 CHECK (received >= 0),
  completed_at      timestamptz,
  PRIMARY KEY (company_id, purchase_order_id, line_no)
);
CREATE INDEX purchase_line_fact_due ON purchase_line_fact (company_id, due_day);

-- Rebuilds every fact table from the documents, set-based. Run inside the caller's transaction.
CREATE FUNCTION insights_backfill() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM sales_fact;
  DELETE FROM stock_fact;
  DELETE FROM fill_fact;
  DELETE FROM fulfilment_fact;
  DELETE FROM purchase_line_fact;

  INSERT INTO sales_fact (day, product_id, location_id, channel, units_sold, net_sales, cogs, units_returned, returns_value, returns_cogs, units_returned_of_sold)
  SELECT day, product_id, location_id, channel, sum(units_sold), sum(net_sales), sum(cogs), sum(units_returned), sum(returns_value), sum(returns_cogs), sum(units_returned_of_sold)
  FROM (
    -- A line's net amount is split over its locations (ordered by id) by cumulative floors, as the subscriber does.
    SELECT (o.completed_at AT TIME ZONE 'UTC')::date AS day, s.product_id, s.location_id, o.channel, s.quantity AS units_sold,
           (s.net * s.cumulative / s.line_quantity) - (s.net * (s.cumulative - s.quantity) / s.line_quantity) AS net_sales, s.cost AS cogs,
           0::bigint AS units_returned, 0::bigint AS returns_value, 0::bigint AS returns_cogs, 0::bigint AS units_returned_of_sold
    FROM (
      SELECT a.order_id, l.product_id, a.location_id, l.quantity AS line_quantity, l.quantity * l.unit_price - l.discount AS net,
             sum(a.quantity) AS quantity, sum(a.value) AS cost,
             sum(sum(a.quantity)) OVER (PARTITION BY a.order_id, a.line_no ORDER BY a.location_id) AS cumulative
      FROM order_allocation a JOIN order_line l ON l.order_id = a.order_id AND l.line_no = a.line_no
      WHERE a.status = 'fulfilled'
      GROUP BY a.order_id, a.line_no, l.product_id, a.location_id, l.quantity, l.unit_price, l.discount
    ) s JOIN sales_order o ON o.id = s.order_id
    UNION ALL
    SELECT (r.created_at AT TIME ZONE 'UTC')::date, rl.product_id, r.location_id, o.channel, 0, 0, 0, rl.quantity, rl.net, rl.cost, 0
    FROM return_line rl JOIN return_document r ON r.id = rl.return_id JOIN sales_order o ON o.id = r.order_id
    UNION ALL
    SELECT (o.completed_at AT TIME ZONE 'UTC')::date, rl.product_id, sold.location_id, o.channel, 0, 0, 0, 0, 0, 0, rl.quantity
    FROM return_line rl JOIN sales_order o ON o.id = rl.order_id
    JOIN LATERAL (SELECT min(a.location_id::text)::uuid AS location_id FROM order_allocation a
                  WHERE a.order_id = rl.order_id AND a.line_no = rl.order_line_no AND a.status = 'fulfilled') sold ON sold.location_id IS NOT NULL
  ) x
  GROUP BY day, product_id, location_id, channel;

  INSERT INTO stock_fact (day, product_id, location_id, units_in, units_out, value_in, value_out, units_received, loss_value, units_counted, count_variance)
  SELECT day, product_id, location_id, sum(units_in), sum(units_out), sum(value_in), sum(value_out), sum(units_received), sum(loss_value), sum(units_counted), sum(count_variance)
  FROM (
    SELECT (m.moved_at AT TIME ZONE 'UTC')::date AS day, m.product_id, m.to_location_id AS location_id, m.quantity AS units_in, 0::bigint AS units_out,
           m.value AS value_in, 0::bigint AS value_out,
           CASE WHEN fl.kind IN ('supplier', 'transit') THEN m.quantity ELSE 0 END AS units_received, 0::bigint AS loss_value,
           0::bigint AS units_counted, 0::bigint AS count_variance
    FROM stock_move m JOIN location tl ON tl.id = m.to_location_id JOIN location fl ON fl.id = m.from_location_id
    WHERE tl.kind IN ('warehouse', 'store')
    UNION ALL
    SELECT (m.moved_at AT TIME ZONE 'UTC')::date, m.product_id, m.from_location_id, 0, m.quantity, 0, m.value, 0,
           CASE WHEN tl.kind = 'inventory_loss' THEN m.value ELSE 0 END, 0, 0
    FROM stock_move m JOIN location fl ON fl.id = m.from_location_id JOIN location tl ON tl.id = m.to_location_id
    WHERE fl.kind IN ('warehouse', 'store')
    UNION ALL
    -- Transfer shortfalls leave transit: the loss belongs to the location that expected them.
    SELECT (m.moved_at AT TIME ZONE 'UTC')::date, m.product_id, t.to_location_id, 0, 0, 0, 0, 0, m.value, 0, 0
    FROM stock_move m JOIN transfer t ON m.source_type = 'transfer' AND t.id::text = m.source_id
    WHERE m.from_location_id = '00000000-0000-4000-8000-000000000105' AND m.to_location_id = '00000000-0000-4000-8000-000000000103'
    UNION ALL
    SELECT (r.created_at AT TIME ZONE 'UTC')::date, rl.product_id, r.location_id, 0, 0, 0, 0, 0, rl.cost, 0, 0
    FROM return_line rl JOIN return_document r ON r.id = rl.return_id WHERE rl.disposition = 'scrap'
    UNION ALL
    SELECT (c.counted_at AT TIME ZONE 'UTC')::date, cl.product_id, c.location_id, 0, 0, 0, 0, 0, 0, cl.counted, abs(cl.counted - cl.on_hand_at_count)
    FROM inventory_count_line cl JOIN inventory_count c ON c.id = cl.count_id
  ) x
  GROUP BY day, product_id, location_id;

  INSERT INTO fill_fact (day, location_id, channel, lines_placed, lines_filled)
  SELECT (o.placed_at AT TIME ZONE 'UTC')::date, coalesce(o.location_id, o.pickup_location_id, '00000000-0000-4000-8000-000000000102'), o.channel,
         sum(n.lines), sum(CASE WHEN o.status = 'completed' THEN n.lines ELSE 0 END)
  FROM sales_order o JOIN LATERAL (SELECT count(*) AS lines FROM order_line l WHERE l.order_id = o.id) n ON true
  GROUP BY 1, 2, 3;

  INSERT INTO fulfilment_fact (order_id, day, location_id, channel, fulfillment, lines, seconds)
  SELECT o.id, (o.completed_at AT TIME ZONE 'UTC')::date, coalesce(o.location_id, o.pickup_location_id, '00000000-0000-4000-8000-000000000102'),
         o.channel, o.fulfillment, (SELECT count(*) FROM order_line l WHERE l.order_id = o.id),
         greatest(0, floor(extract(epoch FROM o.completed_at - o.placed_at)))::bigint
  FROM sales_order o WHERE o.status = 'completed';

  INSERT INTO purchase_line_fact (purchase_order_id, line_no, vendor_id, location_id, product_id, due_day, quantity, received, completed_at)
  SELECT l.purchase_order_id, l.line_no, o.vendor_id, o.location_id, l.product_id, (l.expected_at AT TIME ZONE 'UTC')::date, l.quantity, l.received, l.completed_at
  FROM purchase_order_line l JOIN purchase_order o ON o.id = l.purchase_order_id
  WHERE o.sent_at IS NOT NULL;
END;
$$;

SELECT insights_backfill();
