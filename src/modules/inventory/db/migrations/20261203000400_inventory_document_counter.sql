-- Adjustment, count and transfer numbers come from one gapless counter per type (they shared a sequence),
-- each continuing from the highest number of its type. Returns (which took theirs from the same sequence) seed their own row.
INSERT INTO document_counter (type, last_value)
  SELECT 'ADJ', coalesce(max(substring(number from '[0-9]+$')::bigint), 0) FROM inventory_adjustment
  UNION ALL SELECT 'CNT', coalesce(max(substring(number from '[0-9]+$')::bigint), 0) FROM inventory_count
  UNION ALL SELECT 'TRF', coalesce(max(substring(number from '[0-9]+$')::bigint), 0) FROM transfer;
DROP SEQUENCE document_number;
