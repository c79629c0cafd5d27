-- In-app notifications: one row per recipient, written in the transaction of the fact it tells about (an exception
-- raised, an exception assigned). A notification belongs to its user alone; read_at is set once, by its reader.
-- emailed_at is set by the e-mail job when SMTP_URL is configured (null: not e-mailed, or not yet).
CREATE TABLE notification (
  company_id integer NOT NULL DEFAULT 1 REFERENCES company (id),
  id         uuid PRIMARY KEY,
  user_id    uuid NOT NULL REFERENCES app_user (id),
  kind       text NOT NULL CHECK (kind IN ('exception_raised', 'exception_assigned')),
  title      text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
  body       text NOT NULL CHECK (char_length(body) <= 2000),
  -- The back office screen it is about, e.g. /exceptions?kind=stock_discrepancy.
  link       text NOT NULL CHECK (char_length(link) BETWEEN 1 AND 500),
  subject_type text NOT NULL CHECK (char_length(subject_type) BETWEEN 1 AND 64),
  subject_id   text NOT NULL CHECK (char_length(subject_id) BETWEEN 1 AND 200),
  created_at timestamptz NOT NULL,
  read_at    timestamptz,
  emailed_at timestamptz
);
-- A user's notifications, newest first (the list and its cursor).
CREATE INDEX notification_user ON notification (company_id, user_id, created_at DESC, id DESC);
-- The unread count.
CREATE INDEX notification_unread ON notification (company_id, user_id) WHERE read_at IS NULL;
