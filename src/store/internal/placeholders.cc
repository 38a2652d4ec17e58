#include "store/internal/placeholders.h"

namespace motcua::store_internal {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

Status Malformed(std::string_view why, std::string_view sql) {
  return Status::Internal("malformed SQL (" + std::string(why) + "): " + std::string(sql.substr(0, 200)),
                          "Lỗi hệ thống khi truy cập cơ sở dữ liệu.");
}

}  // namespace

Result<TranslatedSql> TranslatePlaceholders(std::string_view sql, Backend backend) {
  TranslatedSql out;
  out.sql.reserve(sql.size());
  size_t i = 0;
  while (i < sql.size()) {
    const char c = sql[i];
    if (c == '\'' || c == '"') {
      // A quoted literal or identifier; a doubled quote inside is an escaped quote.
      size_t j = i + 1;
      while (true) {
        if (j >= sql.size()) return Malformed("unterminated quote", sql);
        if (sql[j] == c) {
          if (j + 1 < sql.size() && sql[j + 1] == c) {
            j += 2;
            continue;
          }
          break;
        }
        ++j;
      }
      out.sql.append(sql.substr(i, j + 1 - i));
      i = j + 1;
    } else if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
      const size_t end = sql.find('\n', i);
      const size_t stop = end == std::string_view::npos ? sql.size() : end;
      out.sql.append(sql.substr(i, stop - i));
      i = stop;
    } else if (c == '/' && i + 1 < sql.size() && sql[i + 1] == '*') {
      const size_t end = sql.find("*/", i + 2);
      if (end == std::string_view::npos) return Malformed("unterminated comment", sql);
      out.sql.append(sql.substr(i, end + 2 - i));
      i = end + 2;
    } else if (c == '$' && i + 1 < sql.size() && IsDigit(sql[i + 1])) {
      size_t j = i + 1;
      int number = 0;
      while (j < sql.size() && IsDigit(sql[j])) {
        number = number * 10 + (sql[j] - '0');
        if (number > 999) return Malformed("placeholder over $999", sql);
        ++j;
      }
      if (number == 0) return Malformed("placeholder $0", sql);
      if (number > out.parameters) out.parameters = number;
      out.sql.push_back(backend == Backend::kSqlite ? '?' : '$');
      out.sql.append(sql.substr(i + 1, j - i - 1));
      i = j;
    } else {
      out.sql.push_back(c);
      ++i;
    }
  }
  return out;
}

}  // namespace motcua::store_internal
