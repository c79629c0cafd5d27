-- Document numbers without gaps: one counter row per document type, advanced by the transaction that
-- commits the document (a rolled-back request gives its number back). Modules seed their types' rows.
CREATE TABLE document_counter (
  type       text PRIMARY KEY,
  last_value bigint NOT NULL DEFAULT 0 CHECK (last_value >= 0)
);

-- The audit trail names a document by its number as well as its id.
ALTER TABLE audit_log ADD COLUMN entity_number text;
CREATE INDEX audit_log_entity_number ON audit_log (entity_number, at) WHERE entity_number IS NOT NULL;
