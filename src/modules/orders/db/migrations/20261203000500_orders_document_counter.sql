-- Order numbers come from the gapless document counter, in the one width every document has (SO-000123):
-- existing numbers lose their seventh digit's padding so lists still sort by length, then text.
UPDATE sales_order SET number = 'SO-' || lpad(substring(number from 4)::bigint::text, 6, '0') WHERE number ~ '^SO-0[0-9]{6,}$';
INSERT INTO document_counter (type, last_value)
  SELECT 'SO', coalesce(max(substring(number from '[0-9]+$')::bigint), 0) FROM sales_order;
DROP SEQUENCE order_number;
