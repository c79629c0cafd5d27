-- Identity: users with a role and optional location scope, and hashed bearer tokens with an expiry.

CREATE TABLE app_user (
  id            uuid PRIMARY KEY,
  email         text NOT NULL,
  name          text NOT NULL,
  role          text NOT NULL CHECK (role IN ('admin', 'store_manager', 'store_associate', 'warehouse_operator',
                  'buyer', 'finance', 'service_agent', 'analyst')),
  password_hash text,
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX app_user_email ON app_user (lower(email));

CREATE TABLE user_location (
  user_id     uuid NOT NULL REFERENCES app_user (id),
  location_id uuid NOT NULL REFERENCES location (id),
  PRIMARY KEY (user_id, location_id)
);

CREATE TABLE access_token (
  token_hash text PRIMARY KEY,
  user_id    uuid NOT NULL REFERENCES app_user (id),
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX access_token_user ON access_token (user_id);

-- Built-in users: the system (migrations, seeding, scheduled jobs) and the EMPORIUM_ADMIN_TOKEN admin.
-- Neither has a password, so neither can sign in with one.
INSERT INTO app_user (id, email, name, role) VALUES
  ('00000000-0000-0000-0000-000000000000', 'system@emporium.local', 'Emporium system', 'admin'),
  ('00000000-0000-0000-0000-000000000001', 'admin@emporium.local', 'Bootstrap administrator', 'admin');
