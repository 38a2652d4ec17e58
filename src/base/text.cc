#include "base/text.h"

#include <utf8proc.h>

#include <cstdlib>
#include <memory>

namespace motcua {
namespace {

struct FreeDeleter {
  void operator()(utf8proc_uint8_t* p) const { std::free(p); }
};

}  // namespace

bool IsValidUtf8(std::string_view text) {
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  utf8proc_ssize_t remaining = static_cast<utf8proc_ssize_t>(text.size());
  while (remaining > 0) {
    utf8proc_int32_t cp = 0;
    const utf8proc_ssize_t n = utf8proc_iterate(p, remaining, &cp);
    if (n <= 0) return false;
    p += n;
    remaining -= n;
  }
  return true;
}

Result<std::string> NormalizeNfc(std::string_view text) {
  if (!IsValidUtf8(text)) {
    return Status::InvalidArgument("text is not valid UTF-8", "Văn bản không đúng mã UTF-8.");
  }
  if (text.empty()) return std::string();
  utf8proc_uint8_t* out = nullptr;
  const utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                          static_cast<utf8proc_ssize_t>(text.size()), &out,
                                          static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  std::unique_ptr<utf8proc_uint8_t, FreeDeleter> holder(out);
  if (n < 0) return Status::InvalidArgument("UTF-8 normalisation failed", "Văn bản không đúng mã UTF-8.");
  return std::string(reinterpret_cast<const char*>(out), static_cast<size_t>(n));
}

std::string SearchKey(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  utf8proc_ssize_t remaining = static_cast<utf8proc_ssize_t>(text.size());
  bool pending_space = false;
  while (remaining > 0) {
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t n = utf8proc_iterate(p, remaining, &cp);
    if (n <= 0) {  // skip one invalid byte
      ++p;
      --remaining;
      continue;
    }
    p += n;
    remaining -= n;
    if (cp == 0x0110 || cp == 0x0111) cp = 'd';  // Đ, đ do not decompose to d + mark
    // Decompose, then keep base characters only (drops combining marks), lowercased.
    utf8proc_int32_t decomposed[8];
    int boundclass = 0;
    const utf8proc_ssize_t count = utf8proc_decompose_char(
        cp, decomposed, 8,
        static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD),
        &boundclass);
    if (count <= 0) continue;
    for (utf8proc_ssize_t i = 0; i < count && i < 8; ++i) {
      utf8proc_int32_t c = decomposed[i];
      if (utf8proc_category(c) == UTF8PROC_CATEGORY_MN) continue;
      if (c == 0x0111) c = 'd';
      const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x00A0 ||
                         utf8proc_category(c) == UTF8PROC_CATEGORY_ZS;
      if (space) {
        pending_space = !out.empty();
        continue;
      }
      if (pending_space) {
        out += ' ';
        pending_space = false;
      }
      utf8proc_uint8_t buf[4];
      const utf8proc_ssize_t len = utf8proc_encode_char(c, buf);
      out.append(reinterpret_cast<const char*>(buf), static_cast<size_t>(len));
    }
  }
  return out;
}

bool FoldedContains(std::string_view haystack, std::string_view needle) {
  return SearchKey(haystack).find(SearchKey(needle)) != std::string::npos;
}

std::vector<std::string_view> SplitString(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  while (true) {
    const size_t at = text.find(separator, start);
    parts.push_back(text.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
    if (at == std::string_view::npos) break;
    start = at + 1;
  }
  return parts;
}

std::string_view TrimAscii(std::string_view text) {
  const char* ws = " \t\r\n\f\v";
  const size_t begin = text.find_first_not_of(ws);
  if (begin == std::string_view::npos) return {};
  const size_t end = text.find_last_not_of(ws);
  return text.substr(begin, end - begin + 1);
}

}  // namespace motcua
