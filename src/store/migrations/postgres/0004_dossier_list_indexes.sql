-- Schema 4 (PostgreSQL): indexes for the dossier lists of a large store (docs/benchmarks.md: 1,000,000
-- dossiers, about 30,000 in the busiest unit). Must describe the same changes as
-- sqlite/0004_dossier_list_indexes.sql.

-- The search key becomes an index column below. Keys are capped at 600 characters (store/internal/
-- text_search.h kMaxSearchKeyCharacters), which keeps a B-tree entry under PostgreSQL's 2,704-byte limit; real
-- keys are under 200 characters. Longer stored keys are cut the way new keys are.
UPDATE dossiers SET search_key = substr(search_key, 1, 600) WHERE length(search_key) > 600;

-- One unit's dossiers in receipt order, widened from (unit_code, received_at): read backwards it is the
-- default list order (received_at DESC NULLS LAST, code DESC; NULLS FIRST here so that the backward scan puts
-- them last, as SQLite's index does), so the first page needs no sort; and it carries the columns the common
-- list filters test (state, field, the folded search key), so an index-only scan can evaluate them.
DROP INDEX dossiers_by_unit_received;
CREATE INDEX dossiers_by_unit_received
  ON dossiers (unit_code, received_at NULLS FIRST, code, state, field_code, search_key);

-- The open dossiers of a unit by legal due time, for the overdue filter (its WHERE repeats these terms): a
-- handful of rows per unit instead of every dossier due in the past.
CREATE INDEX dossiers_open_by_unit_due ON dossiers (unit_code, legal_due, paused)
  WHERE resolution = '' AND closure = '' AND returned_at IS NULL;
