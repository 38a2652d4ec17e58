#include "report/as_of.h"

#include <string>

namespace motcua {

Result<std::optional<Dossier>> ReplayAsOf(std::span<const Event> events, Instant as_of,
                                          const ApplyContext& context) {
  // A journal is in time order (Apply refuses an earlier event), so the events before `as_of` are a prefix.
  size_t count = 0;
  while (count < events.size() && events[count].at < as_of) ++count;
  if (count == 0) return std::optional<Dossier>();
  auto dossier = Replay(events.first(count), context);
  if (!dossier.ok()) {
    const std::string& code = events.front().code;
    return dossier.status().WithContext("dossier " + code + ": ", "Hồ sơ " + code + ": ");
  }
  return std::optional<Dossier>(*std::move(dossier));
}

}  // namespace motcua
