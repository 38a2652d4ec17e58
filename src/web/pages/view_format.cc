#include "web/pages/view_format.h"

#include <algorithm>
#include <cstdlib>

namespace motcua::web::pages {

using nlohmann::json;

json VnDateOrNull(const std::optional<Instant>& instant) {
  return instant ? json(FormatVnDate(LocalDate(*instant))) : json(nullptr);
}

json VnDateTimeOrNull(const std::optional<Instant>& instant) {
  return instant ? json(FormatVnDateTime(*instant)) : json(nullptr);
}

json TextOrNull(std::string_view text) { return text.empty() ? json(nullptr) : json(std::string(text)); }

std::string TruncateUtf8(std::string_view text, size_t max_bytes) {
  if (text.size() <= max_bytes) return std::string(text);
  size_t end = max_bytes;
  // Back off continuation bytes (10xxxxxx) so the cut falls before a lead byte.
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return std::string(text.substr(0, end));
}

std::string WorkingTimeVi(int64_t seconds) {
  constexpr int64_t kMinute = 60;
  constexpr int64_t kHour = 60 * kMinute;
  constexpr int64_t kWorkingDay = 8 * kHour;
  seconds = std::llabs(seconds);
  const int64_t days = seconds / kWorkingDay;
  const int64_t hours = seconds % kWorkingDay / kHour;
  const int64_t minutes = seconds % kHour / kMinute;
  std::string out;
  auto add = [&out](int64_t value, const char* unit) {
    if (!out.empty()) out.push_back(' ');
    out.append(std::to_string(value)).append(" ").append(unit);
  };
  if (days > 0) add(days, "ngày");
  if (hours > 0) add(hours, "giờ");
  // Minutes only matter while the total is under a day.
  if (minutes > 0 && days == 0) add(minutes, "phút");
  if (out.empty()) out = "0 phút";
  return out;
}

std::string PercentEncode(std::string_view text) {
  constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(text.size());
  for (unsigned char c : text) {
    const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                            c == '-' || c == '.' || c == '_' || c == '~';
    if (unreserved) {
      out.push_back(static_cast<char>(c));
    } else {
      out.push_back('%');
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    }
  }
  return out;
}

std::string QueryString(const std::vector<std::pair<std::string, std::string>>& params) {
  std::string out;
  for (const auto& [name, value] : params) {
    if (value.empty()) continue;
    out.push_back(out.empty() ? '?' : '&');
    out.append(PercentEncode(name)).append("=").append(PercentEncode(value));
  }
  return out;
}

int PageNumber(std::string_view text) {
  int value = 0;
  if (text.empty() || text.size() > 6) return 1;
  for (char c : text) {
    if (c < '0' || c > '9') return 1;
    value = value * 10 + (c - '0');
  }
  return value >= 1 && value <= 100000 ? value : 1;
}

json PagerJson(int64_t total, int page, int per_page, std::string_view path,
               std::vector<std::pair<std::string, std::string>> params) {
  const int64_t pages = std::max<int64_t>(1, (total + per_page - 1) / per_page);
  auto href = [&](int64_t number) {
    auto with_page = params;
    if (number > 1) with_page.emplace_back("trang", std::to_string(number));
    return std::string(path) + QueryString(with_page);
  };
  return {{"page", page},
          {"pages", pages},
          {"total", total},
          {"many", pages > 1},
          {"prev", page > 1 ? json(href(page - 1)) : json(nullptr)},
          {"next", page < pages ? json(href(page + 1)) : json(nullptr)}};
}

bool IsSafeLocalPath(std::string_view path) {
  if (path.empty() || path.size() > 512 || path.front() != '/') return false;
  if (path.size() > 1 && (path[1] == '/' || path[1] == '\\')) return false;
  for (char c : path) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte <= 0x20 || byte == 0x7f || c == '\\') return false;
  }
  return true;
}

}  // namespace motcua::web::pages
