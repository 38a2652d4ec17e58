// Placeholder translation: repository SQL is written once with $1..$N; SQLite receives ?1..?N. String
// literals, quoted identifiers and comments are left alone. Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "base/result.h"
#include "store/internal/sql.h"

namespace motcua::store_internal {

struct TranslatedSql {
  std::string sql;     // ready for `backend`
  int parameters = 0;  // the highest placeholder number used (0 when none)
};

// Internal (a bug in the calling code) for "$0", a number over 999, or an unterminated literal or comment.
Result<TranslatedSql> TranslatePlaceholders(std::string_view sql, Backend backend);

}  // namespace motcua::store_internal
