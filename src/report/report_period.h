// A report period: whole local days [from 00:00, to 24:00] in Vietnam time (UTC+7), as every report states
// it ("từ ngày 01/10/2023 đến hết ngày 30/9/2024"), with the two instants that bound it. Plain value and
// pure functions; thread-safe.
#pragma once

#include <string_view>

#include "base/civil_time.h"
#include "base/result.h"

namespace motcua {

struct ReportPeriod {
  CivilDate from;  // first day, included
  CivilDate to;    // last day, included
  Instant start;   // 00:00 of `from`
  Instant end;     // 24:00 of `to` (00:00 of the next day): the instant the journal is read as of

  bool Contains(Instant instant) const { return start <= instant && instant < end; }
};

// InvalidArgument (Vietnamese message) when `from` is after `to`.
Result<ReportPeriod> MakeReportPeriod(CivilDate from, CivilDate to);
// The same from "YYYY-MM-DD" texts; a bad date names the parameter ("from", "to") in the message.
Result<ReportPeriod> ParseReportPeriod(std::string_view from, std::string_view to);

}  // namespace motcua
