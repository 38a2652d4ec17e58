// Small formatting helpers shared by the page view models: Vietnamese dates (dd/mm/yyyy), working time in
// words, URL building (percent-encoding, query strings) and the check that a "return to" path is local.
// Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/civil_time.h"

namespace motcua::web::pages {

// "19/02/2024", or null JSON when unset (a mustache section then renders nothing).
nlohmann::json VnDateOrNull(const std::optional<Instant>& instant);
// "09:00 19/02/2024", or null JSON when unset.
nlohmann::json VnDateTimeOrNull(const std::optional<Instant>& instant);
// `text`, or null JSON when empty (an empty string would still open a mustache section).
nlohmann::json TextOrNull(std::string_view text);

// At most `max_bytes` of `text`, cut at a character boundary (never inside a UTF-8 sequence).
std::string TruncateUtf8(std::string_view text, size_t max_bytes);

// Working time in words with the 8-hour working day: 0 -> "0 phút", 5400 -> "1 giờ 30 phút",
// 93600 -> "3 ngày 2 giờ". Negative values are formatted by their absolute value.
std::string WorkingTimeVi(int64_t seconds);

// Percent-encodes everything but unreserved characters (RFC 3986: ALPHA DIGIT - . _ ~).
std::string PercentEncode(std::string_view text);
// "?a=1&b=x%20y" from the pairs whose value is not empty; "" when none is left.
std::string QueryString(const std::vector<std::pair<std::string, std::string>>& params);

// The page number of `text` ("trang" parameter): 1 when absent or not a number in 1..100000.
int PageNumber(std::string_view text);
// The pager of a list: {"page","pages","total","prev","next"} where prev/next are the hrefs of the
// neighbouring pages (`path` + `params` + "trang=N"), or null at the ends.
nlohmann::json PagerJson(int64_t total, int page, int per_page, std::string_view path,
                         std::vector<std::pair<std::string, std::string>> params);

// True for a path this site may redirect to after sign-in: starts with one '/', not "//" or "/\", at most
// 512 bytes, no control characters, spaces or backslashes anywhere. Anything else could send the browser to
// another site (an open redirect).
bool IsSafeLocalPath(std::string_view path);

}  // namespace motcua::web::pages
