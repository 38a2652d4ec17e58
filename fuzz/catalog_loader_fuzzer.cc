// libFuzzer target for the catalogue loader: arbitrary bytes as one or two catalogue files (the first byte
// picks where to split), loaded together with a valid fields file. The loader must never crash, and every
// error it reports must name a file; when it succeeds, the queries on the result must work.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "catalog/catalog_loader.h"

namespace {

constexpr std::string_view kFields = "[field HT]\nname = Hộ tịch\n[field CT]\nname = Chứng thực\n";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  size_t split = input.size();
  if (!input.empty())
    split = std::min(input.size(), static_cast<size_t>(static_cast<unsigned char>(input[0])) * 16);
  std::vector<motcua::CatalogFile> files = {
      {"fields.txt", kFields}, {"a.txt", input.substr(0, split)}, {"b.txt", input.substr(split)}};
  std::vector<motcua::CatalogError> errors;
  const motcua::Result<motcua::Catalog> catalog = motcua::LoadCatalog(files, &errors);
  if (!catalog.ok()) {
    if (errors.empty() || errors.size() > motcua::kMaxCatalogErrors) std::abort();
    for (const motcua::CatalogError& e : errors) {
      if (e.file.empty() || e.message.empty() || e.message_vi.empty()) std::abort();
    }
    return 0;
  }
  if (!errors.empty()) std::abort();
  for (const motcua::Procedure& p : catalog->procedures()) {
    if (!motcua::IsValidProcedureCode(p.code) || p.cases.empty()) std::abort();
    int sum = 0;
    for (const motcua::ProcessStep& s : p.steps) sum += s.share_percent;
    if (sum != 100) std::abort();
    if (catalog->Find(p.code, p.effective_from) != &p) std::abort();  // versions never overlap
    (void)catalog->List(p.effective_from, p.field_code, p.name);
  }
  return 0;
}
