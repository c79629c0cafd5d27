-- The digests e-mailed: one row per reader and day, written in the transaction that sends it, so a retried job
-- (after a lost commit) or a second daily run never sends the same reader the same day twice.
CREATE TABLE digest_email (
  company_id integer NOT NULL DEFAULT 1 REFERENCES company (id),
  user_id    uuid NOT NULL REFERENCES app_user (id),
  day        date NOT NULL,
  sent_at    timestamptz NOT NULL,
  PRIMARY KEY (company_id, user_id, day)
);
