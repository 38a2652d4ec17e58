-- Schema 2 (SQLite): user accounts, sessions and API tokens; dossiers, their per-unit per-day code sequence,
-- the append-only journal, and stored files. Must describe the same tables as postgres/0002_accounts_dossiers.sql.
-- Instants are INTEGER Unix seconds; booleans INTEGER 0/1.

CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  -- Stored in the canonical lowercase form (auth/username.h NormalizeUsername), so UNIQUE is case-insensitive.
  username TEXT NOT NULL UNIQUE CHECK (username <> '' AND username = lower(username)),
  display_name TEXT NOT NULL CHECK (display_name <> ''),
  unit_code TEXT NOT NULL REFERENCES units (code),
  roles TEXT NOT NULL CHECK (roles <> ''),  -- comma-separated role names (auth/access.h RoleName)
  fields TEXT NOT NULL DEFAULT '',  -- comma-separated field codes (specialists), sorted
  password_hash TEXT NOT NULL DEFAULT '',  -- '' = cannot sign in (e.g. an actor created by an import)
  disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;
CREATE INDEX users_by_unit ON users (unit_code, username);

-- Browser sessions, keyed by the hash of the cookie token (auth/token.h); the token itself is never stored.
CREATE TABLE sessions (
  token_hash TEXT NOT NULL PRIMARY KEY CHECK (length(token_hash) = 64),
  user_id INTEGER NOT NULL REFERENCES users (id),
  created_at INTEGER NOT NULL,
  last_seen_at INTEGER NOT NULL
) STRICT;
CREATE INDEX sessions_by_user ON sessions (user_id);

-- API tokens: the key id is public (shown in lists), the token only as its hash. Rows are never deleted:
-- a revoked token stays for the audit trail.
CREATE TABLE api_tokens (
  key_id TEXT NOT NULL PRIMARY KEY CHECK (length(key_id) = 10),
  token_hash TEXT NOT NULL CHECK (length(token_hash) = 64),
  user_id INTEGER NOT NULL REFERENCES users (id),
  name TEXT NOT NULL CHECK (name <> ''),
  created_at INTEGER NOT NULL,
  expires_at INTEGER CHECK (expires_at IS NULL OR expires_at > created_at),
  revoked_at INTEGER
) STRICT;
CREATE INDEX api_tokens_by_user ON api_tokens (user_id, created_at);

-- The last number given out per unit and day: the XXXX of <unit>-YYMMDD-XXXX. Incremented in the same
-- transaction as the dossier insert, so numbers never repeat and never skip.
CREATE TABLE dossier_sequences (
  unit_code TEXT NOT NULL REFERENCES units (code),
  day TEXT NOT NULL,  -- YYYY-MM-DD (local date of receipt)
  last_number INTEGER NOT NULL CHECK (last_number BETWEEN 1 AND 9999),
  PRIMARY KEY (unit_code, day)
) STRICT;

-- The current row of each dossier: what lists, filters and reports read. It is derived from the journal
-- (replaying dossier_events gives it back) and written in the same transaction as each event. The full
-- dossier is read by replaying its journal, so the two can never disagree.
CREATE TABLE dossiers (
  code TEXT NOT NULL PRIMARY KEY,
  unit_code TEXT NOT NULL REFERENCES units (code),
  procedure_code TEXT NOT NULL,
  field_code TEXT NOT NULL,
  case_index INTEGER NOT NULL,
  rule_version TEXT,
  channel TEXT NOT NULL,
  state TEXT NOT NULL,
  status_code INTEGER NOT NULL,  -- national status code 1-10
  applicant_name TEXT NOT NULL,
  applicant_id_number TEXT NOT NULL,
  search_key TEXT NOT NULL,  -- SearchKey(code, applicant name, id number): accent-insensitive text search
  assignee TEXT NOT NULL,    -- username of the current holder, '' when none
  external_code TEXT NOT NULL,
  submitted_at INTEGER,
  received_at INTEGER,
  legal_due INTEGER,
  appointment INTEGER,
  paused INTEGER NOT NULL CHECK (paused IN (0, 1)),
  apologised INTEGER NOT NULL CHECK (apologised IN (0, 1)),
  resolution TEXT NOT NULL,  -- '', 'result', 'refused'
  resolved_at INTEGER,
  returned_at INTEGER,
  closure TEXT NOT NULL,  -- '', 'refused_at_desk', 'withdrawn', 'stopped'
  closed_at INTEGER,
  evaluation TEXT NOT NULL,  -- '' or the overall rating
  event_count INTEGER NOT NULL CHECK (event_count >= 1),
  last_event_at INTEGER NOT NULL
) STRICT;
CREATE INDEX dossiers_by_unit_received ON dossiers (unit_code, received_at);
CREATE INDEX dossiers_by_unit_state ON dossiers (unit_code, state, legal_due);
CREATE INDEX dossiers_by_unit_due ON dossiers (unit_code, legal_due);
CREATE INDEX dossiers_by_assignee ON dossiers (assignee, state);
CREATE INDEX dossiers_by_unit_field ON dossiers (unit_code, field_code, received_at);

-- The journal: one row per event, never updated or deleted (the triggers refuse it).
CREATE TABLE dossier_events (
  id INTEGER PRIMARY KEY,
  dossier_code TEXT NOT NULL REFERENCES dossiers (code),
  seq INTEGER NOT NULL CHECK (seq >= 1),
  kind TEXT NOT NULL,
  at INTEGER NOT NULL,
  actor TEXT NOT NULL,
  body TEXT NOT NULL,  -- the event as one JSON line (dossier/event.h EventToJsonLine)
  recorded_at INTEGER NOT NULL,
  UNIQUE (dossier_code, seq)
) STRICT;
CREATE TRIGGER dossier_events_no_update BEFORE UPDATE ON dossier_events
BEGIN SELECT RAISE(ABORT, 'dossier_events is append-only'); END;
CREATE TRIGGER dossier_events_no_delete BEFORE DELETE ON dossier_events
BEGIN SELECT RAISE(ABORT, 'dossier_events is append-only'); END;

-- Uploaded files, content-addressed: the bytes live under the data directory at a path derived from sha256
-- (attachment/file_vault.h). A dossier refers to its files by sha256 in its journal events (component
-- file_ids, the result's file_id), so the journal alone says which files belong to which dossier.
CREATE TABLE files (
  sha256 TEXT NOT NULL PRIMARY KEY CHECK (length(sha256) = 64),
  size INTEGER NOT NULL CHECK (size >= 0),
  media_type TEXT NOT NULL,
  file_name TEXT NOT NULL,    -- the display name of the first upload of these bytes
  uploaded_by TEXT NOT NULL,
  created_at INTEGER NOT NULL
) STRICT;
