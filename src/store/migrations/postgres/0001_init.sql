-- Schema 1 (PostgreSQL): administrative units, the procedure catalogue, deployment settings.
-- Must describe the same tables, columns and constraints as sqlite/0001_init.sql.
-- Civil dates are ISO text 'YYYY-MM-DD' (they sort as dates); instants are BIGINT Unix seconds.
-- Codes use the "C" collation so that ordering matches SQLite's byte order whatever the database's locale.

CREATE TABLE units (
  code TEXT COLLATE "C" NOT NULL PRIMARY KEY,
  name TEXT NOT NULL CHECK (name <> ''),
  parent_code TEXT COLLATE "C" REFERENCES units (code),
  effective_from TEXT COLLATE "C" NOT NULL CHECK (effective_from ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
  effective_to TEXT COLLATE "C" CHECK (effective_to ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
  office_hours TEXT,
  day_overrides TEXT NOT NULL DEFAULT '',
  CHECK (parent_code IS NULL OR parent_code <> code),
  CHECK (effective_to IS NULL OR effective_to >= effective_from)
);
CREATE INDEX units_by_parent ON units (parent_code, code);

CREATE TABLE fields (
  code TEXT COLLATE "C" NOT NULL PRIMARY KEY CHECK (code <> ''),
  name TEXT NOT NULL CHECK (name <> '')
);

-- One row per version of a procedure; body is catalog/procedure_json.h's ProcedureToJson.
CREATE TABLE procedures (
  code TEXT COLLATE "C" NOT NULL CHECK (code <> ''),
  effective_from TEXT COLLATE "C" NOT NULL CHECK (effective_from ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
  effective_to TEXT COLLATE "C" CHECK (effective_to ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
  field_code TEXT COLLATE "C" NOT NULL REFERENCES fields (code),
  name TEXT NOT NULL CHECK (name <> ''),
  search_key TEXT COLLATE "C" NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (code, effective_from),
  CHECK (effective_to IS NULL OR effective_to >= effective_from)
);
CREATE INDEX procedures_by_field ON procedures (field_code, code, effective_from);

CREATE TABLE settings (
  key TEXT COLLATE "C" NOT NULL PRIMARY KEY CHECK (key <> ''),
  value TEXT NOT NULL,
  updated_at BIGINT NOT NULL
);
