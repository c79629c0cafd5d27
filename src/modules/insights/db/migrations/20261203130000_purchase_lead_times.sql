-- Purchasing lead time and its variance need, per purchase order line, when it was ordered (sent to the vendor),
-- when it was promised and when its first units arrived; OTIF's due day and completion are not enough.
ALTER TABLE purchase_line_fact
  ADD COLUMN ordered_at timestamptz,
  ADD COLUMN promised_at timestamptz,
  ADD COLUMN first_received_at timestamptz;
CREATE INDEX purchase_line_fact_first_received ON purchase_line_fact (company_id, first_received_at);

-- Fills the three from the documents; the backfill runs it after insights_backfill() has rebuilt the rows.
CREATE FUNCTION insights_backfill_purchase_lead_times() RETURNS void LANGUAGE sql AS $$
  UPDATE purchase_line_fact f SET ordered_at = o.sent_at, promised_at = l.expected_at, first_received_at = l.first_received_at
  FROM purchase_order_line l JOIN purchase_order o ON o.id = l.purchase_order_id
  WHERE l.purchase_order_id = f.purchase_order_id AND l.line_no = f.line_no;
$$;

SELECT insights_backfill_purchase_lead_times();
