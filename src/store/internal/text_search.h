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

// The folded words of `text` (none for blank text); InvalidArgument for more than kMaxSearchWords.
Result<std::vector<std::string>> SearchWords(std::string_view text);

// The LIKE pattern that matches `word` literally anywhere: "%" + escaped + "%", for "... ESCAPE '!'".
std::string ContainsPattern(std::string_view word);

}  // namespace motcua::store_internal
