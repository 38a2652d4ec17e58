// Accent-insensitive word search in SQL, shared by the catalogue and dossier queries: the search text is
// folded with SearchKey (base/text.h) and split into words, and each word must occur in a stored
// search_key column (LIKE with the wildcards escaped). Internal to store/. Pure functions; thread-safe.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace motcua::store_internal {

inline constexpr size_t kMaxSearchWords = 10;
// A stored search key keeps at most this many characters (code points): a dossier's key is its code, the
// applicant's name and ID number and the external code, under 200 characters in practice, while the engine
// accepts texts of 4,000 bytes. The key is a column of a PostgreSQL B-tree index (migration 0004), whose
// entries must stay under 2,704 bytes; 600 characters of at most 4 bytes each do.
inline constexpr size_t kMaxSearchKeyCharacters = 600;

// The folded words of `text` (none for blank text); InvalidArgument for more than kMaxSearchWords.
Result<std::vector<std::string>> SearchWords(std::string_view text);

// The LIKE pattern that matches `word` literally anywhere: "%" + escaped + "%", for "... ESCAPE '!'".
std::string ContainsPattern(std::string_view word);

// `key` (valid UTF-8, as SearchKey returns) cut after kMaxSearchKeyCharacters code points; as SQL's
// substr(key, 1, 600) on both backends.
std::string CapSearchKey(std::string key);

}  // namespace motcua::store_internal
