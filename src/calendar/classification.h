// Deadline classification for statistics (Biểu 06, Decision 766), by local (UTC+7) calendar dates:
//  - A resolved dossier is early (trước hạn), on time (đúng hạn) or late (quá hạn) as the local date of its
//    resolution is before, equal to or after the local date of its legal due time.
//  - An open dossier at instant t is overdue (quá hạn) iff its due date is before the local date of t (were
//  it
//    resolved at t, it would be late), otherwise within the deadline (trong hạn). A report period ending at
//    24:00 of day D is the instant 00:00 of D+1 (EndOfReportDay), so a dossier due on D and still open at the
//    end of D is overdue. A dossier whose clock is paused has no due time and is within the deadline.
// Pure functions; thread-safe.
#pragma once

#include <optional>

#include "base/civil_time.h"

namespace motcua {

enum class Timeliness { kEarly, kOnTime, kLate };
enum class OpenStatus { kWithinDeadline, kOverdue };

Timeliness ClassifyResolution(Instant resolved, Instant due);
OpenStatus ClassifyOpen(std::optional<Instant> due, Instant at);
// 24:00 of `day`, i.e. 00:00 of the next day (local).
Instant EndOfReportDay(CivilDate day);

// "Trước hạn", "Đúng hạn", "Quá hạn".
const char* TimelinessVi(Timeliness timeliness);
// "Trong hạn", "Quá hạn".
const char* OpenStatusVi(OpenStatus status);

}  // namespace motcua
