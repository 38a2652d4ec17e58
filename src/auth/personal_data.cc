#include "auth/personal_data.h"

#include <vector>

namespace motcua {

std::string MaskIdentifier(std::string_view value, size_t keep_last) {
  // Split into code points so a Vietnamese letter is masked as one '*', never cut in half.
  std::vector<std::string_view> cps;
  for (size_t i = 0; i < value.size();) {
    size_t len = 1;
    while (i + len < value.size() && (static_cast<unsigned char>(value[i + len]) & 0xC0) == 0x80) ++len;
    cps.push_back(value.substr(i, len));
    i += len;
  }
  const size_t shown = cps.size() > keep_last ? keep_last : 0;
  std::string out(cps.size() - shown, '*');
  for (size_t i = cps.size() - shown; i < cps.size(); ++i) out.append(cps[i]);
  return out;
}

std::string PersonalDataFor(const Principal& principal, const Resource& resource, std::string_view value) {
  if (Authorize(principal, Permission::kViewPersonalData, resource).ok()) return std::string(value);
  return MaskIdentifier(value);
}

}  // namespace motcua
