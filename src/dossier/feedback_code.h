// The tracking code of a citizen feedback (PAKN, dossier/pakn.h): "<unit id>-PA-YYMMDD-XXXX", e.g.
// "000.00.20.H31-PA-251001-0001": the receiving unit's electronic id (dossier/dossier_code.h
// ValidateUnitId), "PA" (phản ánh), the local date of receipt and a per-unit, per-day sequence of four
// digits. It has the shape citizens already know from their dossier receipts, and the "PA" segment keeps the
// two series apart: a feedback code never parses as a dossier code and the reverse. Sequence 10000 of a day
// is refused (ResourceExhausted) as for dossiers. Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "base/civil_time.h"
#include "base/result.h"

namespace motcua {

inline constexpr std::string_view kFeedbackCodeMarker = "PA";

struct FeedbackCode {
  std::string unit_id;  // "000.00.20.H31"
  CivilDate date;       // local date of receipt
  int sequence = 0;     // 1..9999
  auto operator<=>(const FeedbackCode&) const = default;
};

// InvalidArgument for a malformed unit id, a date outside 2000-2099 or a sequence below 1;
// ResourceExhausted above 9999.
Result<std::string> FormatFeedbackCode(std::string_view unit_id, CivilDate date, int sequence);
// Parses and validates a code (the date must exist, the sequence 0001-9999).
Result<FeedbackCode> ParseFeedbackCode(std::string_view text);

}  // namespace motcua
