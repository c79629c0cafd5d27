-- User management: a user can be deactivated (their tokens are deleted at once and they cannot sign in until
-- reactivated). NULL means active; the time says since when a user is not.
ALTER TABLE app_user ADD COLUMN deactivated_at timestamptz;
