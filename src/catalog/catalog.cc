#include "catalog/catalog.h"

#include <algorithm>

#include "base/text.h"

namespace motcua {
namespace {

// Splits a search key ("dang ky khai sinh") into its words.
std::vector<std::string_view> Words(std::string_view key) {
  std::vector<std::string_view> words;
  size_t pos = 0;
  while (pos < key.size()) {
    const size_t end = key.find(' ', pos);
    const size_t stop = end == std::string_view::npos ? key.size() : end;
    if (stop > pos) words.push_back(key.substr(pos, stop - pos));
    pos = stop + 1;
  }
  return words;
}

bool CodeLess(const Procedure& p, std::string_view code) { return p.code < code; }
bool CodeGreater(std::string_view code, const Procedure& p) { return code < p.code; }

}  // namespace

Catalog::Catalog(std::vector<Field> fields, std::vector<Procedure> procedures)
    : fields_(std::move(fields)), procedures_(std::move(procedures)) {
  std::stable_sort(procedures_.begin(), procedures_.end(), [](const Procedure& a, const Procedure& b) {
    if (a.code != b.code) return a.code < b.code;
    return a.effective_from < b.effective_from;
  });
  for (Procedure& p : procedures_) {
    if (p.search_key.empty()) p.search_key = SearchKey(p.code + " " + p.name);
  }
}

const Field* Catalog::FindField(std::string_view code) const {
  for (const Field& f : fields_) {
    if (f.code == code) return &f;
  }
  return nullptr;
}

std::vector<const Procedure*> Catalog::Versions(std::string_view code) const {
  auto begin = std::lower_bound(procedures_.begin(), procedures_.end(), code, CodeLess);
  auto end = std::upper_bound(begin, procedures_.end(), code, CodeGreater);
  std::vector<const Procedure*> out;
  for (auto it = begin; it != end; ++it) out.push_back(&*it);
  return out;
}

const Procedure* Catalog::Find(std::string_view code, CivilDate on) const {
  for (const Procedure* p : Versions(code)) {
    if (p->InForceOn(on)) return p;
  }
  return nullptr;
}

const Procedure* Catalog::FindLatest(std::string_view code) const {
  const std::vector<const Procedure*> versions = Versions(code);
  return versions.empty() ? nullptr : versions.back();
}

std::vector<const Procedure*> Catalog::List(CivilDate on, std::string_view field_code,
                                            std::string_view query) const {
  const std::string query_key = SearchKey(query);
  const std::vector<std::string_view> words = Words(query_key);
  std::vector<const Procedure*> out;
  for (const Procedure& p : procedures_) {
    if (!p.InForceOn(on)) continue;
    if (!field_code.empty() && p.field_code != field_code) continue;
    const bool matches = std::all_of(words.begin(), words.end(), [&p](std::string_view word) {
      return p.search_key.find(word) != std::string::npos;
    });
    if (matches) out.push_back(&p);
  }
  return out;
}

size_t Catalog::CodeCount() const {
  size_t count = 0;
  for (size_t i = 0; i < procedures_.size(); ++i) {
    if (i == 0 || procedures_[i].code != procedures_[i - 1].code) ++count;
  }
  return count;
}

}  // namespace motcua
