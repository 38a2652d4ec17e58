// Rows of the dossier tables (dossiers, dossier_events, dossier_sequences), read and written on a connection
// inside the caller's transaction. The journal is only ever appended to. Internal to store/; not
// thread-safe (a SqlConnection is used by one thread).
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "store/dossier_records.h"
#include "store/internal/sql.h"

namespace motcua::store_internal {

// Gives out the next number of (unit, day), 1..9999. NotFound for an unknown unit; ResourceExhausted when
// the day's 9999 numbers are used.
Result<int> TakeDossierNumber(SqlConnection& connection, std::string_view unit_code, CivilDate day);
// Makes sure the next number of (unit, day) is above `number` (an imported code).
Status RaiseDossierNumber(SqlConnection& connection, std::string_view unit_code, CivilDate day, int number);

// Locks the dossier's row against concurrent writers (PostgreSQL FOR UPDATE; SQLite's write transaction
// already excludes them) and returns it; nullopt when absent.
Result<std::optional<DossierSummary>> LockDossier(SqlConnection& connection, std::string_view code);
Result<std::optional<DossierSummary>> FindDossier(SqlConnection& connection, std::string_view code);
Result<std::vector<StoredEvent>> SelectDossierEvents(SqlConnection& connection, std::string_view code);

// Writes `write`: the current row (inserted when `is_new`, else updated) and the new events appended after
// `previous_event_count` events. Checks that the dossier's event count adds up.
Status WriteDossier(SqlConnection& connection, const DossierWrite& write, int previous_event_count,
                    bool is_new, Instant recorded_at);

// The SQL of a list: the page (summary columns in the filter's order, LIMIT and OFFSET) and the count of
// every matching row, each with its parameters. Separate so that tests can EXPLAIN them. InvalidArgument for
// a filter without a unit, a limit outside 1..kMaxDossierPage, a negative offset or too many search words.
struct DossierListSql {
  std::string page;
  SqlParams page_params;
  std::string count;
  SqlParams count_params;
};
Result<DossierListSql> DossierListQuery(const DossierFilter& filter);

// Runs the page query, then the count only when the page is full (or empty past the first page): a page
// with fewer rows than the limit ends the list, so offset + rows is the total.
Result<DossierPage> SelectDossiers(SqlConnection& connection, const DossierFilter& filter);

}  // namespace motcua::store_internal
