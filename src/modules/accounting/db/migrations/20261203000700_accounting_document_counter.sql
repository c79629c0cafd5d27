-- Journal entry, till session and settlement numbers come from the gapless document counter,
-- continuing from the highest number given.
INSERT INTO document_counter (type, last_value)
  SELECT 'JE', coalesce(max(number), 0) FROM journal_entry
  UNION ALL SELECT 'CS', coalesce(max(substring(number from '[0-9]+$')::bigint), 0) FROM cash_session
  UNION ALL SELECT 'STL', coalesce(max(substring(number from '[0-9]+$')::bigint), 0) FROM settlement_import;
DROP SEQUENCE journal_entry_number;
DROP SEQUENCE cash_session_number;
DROP SEQUENCE settlement_number;
