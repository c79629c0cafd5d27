-- Purchasing numbers come from one gapless counter per type (they shared a sequence), each continuing
-- from the highest number of its type.
INSERT INTO document_counter (type, last_value)
  SELECT 'PO', coalesce(max(substring(number from '[0-9]+$')::bigint), 0) FROM purchase_order
  UNION ALL SELECT 'TD', coalesce(max(substring(number from '[0-9]+$')::bigint), 0) FROM transfer_draft
  UNION ALL SELECT 'RCP', coalesce(max(substring(number from '[0-9]+$')::bigint), 0) FROM receipt
  UNION ALL SELECT 'BILL', coalesce(max(substring(number from '[0-9]+$')::bigint), 0) FROM vendor_bill
  UNION ALL SELECT 'LC', coalesce(max(substring(number from '[0-9]+$')::bigint), 0) FROM landed_cost;
DROP SEQUENCE purchasing_number;
