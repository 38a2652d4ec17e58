#include "calendar/classification.h"

namespace motcua {

Timeliness ClassifyResolution(Instant resolved, Instant due) {
  const CivilDate resolved_date = LocalDate(resolved);
  const CivilDate due_date = LocalDate(due);
  if (resolved_date < due_date) return Timeliness::kEarly;
  if (resolved_date == due_date) return Timeliness::kOnTime;
  return Timeliness::kLate;
}

OpenStatus ClassifyOpen(std::optional<Instant> due, Instant at) {
  if (!due) return OpenStatus::kWithinDeadline;
  return LocalDate(*due) < LocalDate(at) ? OpenStatus::kOverdue : OpenStatus::kWithinDeadline;
}

Instant EndOfReportDay(CivilDate day) { return FromLocal(AddDays(day, 1), 0); }

const char* TimelinessVi(Timeliness timeliness) {
  switch (timeliness) {
    case Timeliness::kEarly:
      return "Trước hạn";
    case Timeliness::kOnTime:
      return "Đúng hạn";
    case Timeliness::kLate:
      return "Quá hạn";
  }
  return "";
}

const char* OpenStatusVi(OpenStatus status) {
  return status == OpenStatus::kOverdue ? "Quá hạn" : "Trong hạn";
}

}  // namespace motcua
