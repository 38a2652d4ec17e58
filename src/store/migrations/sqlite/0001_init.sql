-- Schema 1 (SQLite): administrative units, the procedure catalogue, deployment settings.
-- Must describe the same tables, columns and constraints as postgres/0001_init.sql.
-- Civil dates are ISO text 'YYYY-MM-DD' (they sort as dates); instants are INTEGER Unix seconds.

CREATE TABLE units (
  code TEXT NOT NULL PRIMARY KEY,
  name TEXT NOT NULL CHECK (name <> ''),
  parent_code TEXT REFERENCES units (code),
  effective_from TEXT NOT NULL CHECK (effective_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  effective_to TEXT CHECK (effective_to GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  office_hours TEXT,
  day_overrides TEXT NOT NULL DEFAULT '',
  CHECK (parent_code IS NULL OR parent_code <> code),
  CHECK (effective_to IS NULL OR effective_to >= effective_from)
) STRICT;
CREATE INDEX units_by_parent ON units (parent_code, code);

CREATE TABLE fields (
  code TEXT NOT NULL PRIMARY KEY CHECK (code <> ''),
  name TEXT NOT NULL CHECK (name <> '')
) STRICT;

-- One row per version of a procedure; body is catalog/procedure_json.h's ProcedureToJson.
CREATE TABLE procedures (
  code TEXT NOT NULL CHECK (code <> ''),
  effective_from TEXT NOT NULL CHECK (effective_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  effective_to TEXT CHECK (effective_to GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  field_code TEXT NOT NULL REFERENCES fields (code),
  name TEXT NOT NULL CHECK (name <> ''),
  search_key TEXT NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (code, effective_from),
  CHECK (effective_to IS NULL OR effective_to >= effective_from)
) STRICT;
CREATE INDEX procedures_by_field ON procedures (field_code, code, effective_from);

CREATE TABLE settings (
  key TEXT NOT NULL PRIMARY KEY CHECK (key <> ''),
  value TEXT NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;
