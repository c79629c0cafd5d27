-- Return numbers come from the gapless document counter, continuing from the highest one given.
INSERT INTO document_counter (type, last_value)
  SELECT 'RET', coalesce(max(substring(number from '[0-9]+$')::bigint), 0) FROM return_document;
