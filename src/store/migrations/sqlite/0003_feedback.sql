-- Schema 3 (SQLite): citizen feedback (phản ánh, kiến nghị: PAKN; docs/feedback.md): the per-unit per-day
-- sequence of tracking codes, the current row of each feedback with its fixed intake, and the append-only
-- journal of its steps. Must describe the same tables as postgres/0003_feedback.sql.
-- Instants are INTEGER Unix seconds.

-- The last number given out per unit and day: the XXXX of <unit>-PA-YYMMDD-XXXX. Taken in the same
-- transaction as the feedback insert, so numbers never repeat and never skip.
CREATE TABLE feedback_sequences (
  unit_code TEXT NOT NULL REFERENCES units (code),
  day TEXT NOT NULL,  -- YYYY-MM-DD (local date of receipt)
  last_number INTEGER NOT NULL CHECK (last_number BETWEEN 1 AND 9999),
  PRIMARY KEY (unit_code, day)
) STRICT;

-- One row per feedback. The first group of columns is written once at intake and never changes (the trigger
-- refuses it): the intake as received, the due time computed then from the configured answer time, and the
-- hash of the citizen's rating secret. The rest is derived from the journal (replaying intake + steps gives
-- it back) and rewritten in the same transaction as each step.
CREATE TABLE feedback (
  code TEXT NOT NULL PRIMARY KEY,  -- <unit>-PA-YYMMDD-XXXX
  unit_code TEXT NOT NULL REFERENCES units (code),
  intake TEXT NOT NULL,  -- the intake as one JSON object (dossier/pakn_json.h FeedbackIntakeToJsonText)
  answer_time TEXT NOT NULL,  -- the configured time it was received under, e.g. '10 wd' (calendar/duration.h)
  secret_hash TEXT NOT NULL CHECK (length(secret_hash) = 64),  -- auth/token.h HashToken of the secret
  received_at INTEGER NOT NULL,
  due INTEGER NOT NULL,
  -- Derived, rewritten with each step:
  channel TEXT NOT NULL,
  state TEXT NOT NULL,
  topic TEXT NOT NULL,  -- '' until classified
  assignee TEXT NOT NULL,  -- username, '' when none
  dossier_code TEXT NOT NULL,  -- the dossier it concerns, '' when none
  citizen_name TEXT NOT NULL,
  search_key TEXT NOT NULL,  -- SearchKey(code, name, phone, e-mail, dossier code, content)
  answered_at INTEGER,
  answered_by TEXT NOT NULL,
  published_at INTEGER,
  declined_at INTEGER,
  satisfaction TEXT NOT NULL,  -- '' or the citizen's rating (very_satisfied, satisfied, unsatisfied)
  step_count INTEGER NOT NULL CHECK (step_count >= 0),
  last_action_at INTEGER NOT NULL
) STRICT;
CREATE INDEX feedback_by_unit_received ON feedback (unit_code, received_at);
CREATE INDEX feedback_by_unit_state ON feedback (unit_code, state, due);
CREATE INDEX feedback_by_assignee ON feedback (assignee, state);
CREATE INDEX feedback_by_dossier ON feedback (dossier_code);
CREATE TRIGGER feedback_intake_fixed BEFORE UPDATE ON feedback
WHEN NEW.code IS NOT OLD.code OR NEW.unit_code IS NOT OLD.unit_code OR NEW.intake IS NOT OLD.intake
  OR NEW.answer_time IS NOT OLD.answer_time OR NEW.secret_hash IS NOT OLD.secret_hash
  OR NEW.received_at IS NOT OLD.received_at OR NEW.due IS NOT OLD.due
BEGIN SELECT RAISE(ABORT, 'the intake of a feedback is fixed'); END;

-- The journal: one row per step (classify, assign, answer, publish, decline, rate), never updated or
-- deleted (the triggers refuse it).
CREATE TABLE feedback_steps (
  id INTEGER PRIMARY KEY,
  feedback_code TEXT NOT NULL REFERENCES feedback (code),
  seq INTEGER NOT NULL CHECK (seq >= 1),
  action TEXT NOT NULL,
  at INTEGER NOT NULL,
  actor TEXT NOT NULL,  -- username; '' for the citizen's rating
  body TEXT NOT NULL,  -- the step as one JSON object (dossier/pakn_json.h FeedbackStepToJsonText)
  recorded_at INTEGER NOT NULL,
  UNIQUE (feedback_code, seq)
) STRICT;
CREATE TRIGGER feedback_steps_no_update BEFORE UPDATE ON feedback_steps
BEGIN SELECT RAISE(ABORT, 'feedback_steps is append-only'); END;
CREATE TRIGGER feedback_steps_no_delete BEFORE DELETE ON feedback_steps
BEGIN SELECT RAISE(ABORT, 'feedback_steps is append-only'); END;
