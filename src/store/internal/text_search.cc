#include "store/internal/text_search.h"

#include "base/text.h"

namespace motcua::store_internal {

Result<std::vector<std::string>> SearchWords(std::string_view text) {
  const std::string key = SearchKey(text);
  std::vector<std::string> words;
  for (std::string_view word : SplitString(key, ' ')) {
    if (!word.empty()) words.emplace_back(word);
  }
  if (words.size() > kMaxSearchWords) {
    return Status::InvalidArgument(
        "search text has " + std::to_string(words.size()) + " words (at most " +
            std::to_string(kMaxSearchWords) + ")",
        "Từ khóa tìm kiếm quá dài (tối đa " + std::to_string(kMaxSearchWords) + " từ).");
  }
  return words;
}

std::string ContainsPattern(std::string_view word) {
  std::string out = "%";
  for (char c : word) {
    if (c == '!' || c == '%' || c == '_') out.push_back('!');
    out.push_back(c);
  }
  out.push_back('%');
  return out;
}

std::string CapSearchKey(std::string key) {
  size_t characters = 0;
  for (size_t i = 0; i < key.size(); ++i) {
    // A code point starts at every byte that is not a continuation byte (10xxxxxx).
    if ((static_cast<unsigned char>(key[i]) & 0xC0) != 0x80 && ++characters > kMaxSearchKeyCharacters) {
      key.resize(i);
      break;
    }
  }
  return key;
}

}  // namespace motcua::store_internal
