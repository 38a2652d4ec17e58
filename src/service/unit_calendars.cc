#include "service/unit_calendars.h"

#include "base/embedded_files.h"
#include "calendar/office_hours.h"
#include "calendar/work_calendar.h"

namespace motcua {

std::string UnitCalendarText(const UnitSettings& settings) {
  std::string text;
  if (settings.office_hours) text += "hours " + *settings.office_hours + "\n";
  text += settings.day_overrides;
  return text;
}

Result<std::unique_ptr<UnitCalendars>> UnitCalendars::Create() {
  const auto content = FindEmbeddedFile(kDayOffDecisionsFile);
  if (!content) {
    return Status::Internal("day-off decisions are not embedded",
                            "Thiếu dữ liệu lịch nghỉ trong chương trình.");
  }
  MOTCUA_ASSIGN_OR_RETURN(DayOffDecisions decisions, ParseDayOffDecisions(*content, kDayOffDecisionsFile));
  return std::unique_ptr<UnitCalendars>(new UnitCalendars(std::move(decisions)));
}

Result<std::shared_ptr<const CalendarDueClock>> UnitCalendars::ClockFor(const Unit& unit) {
  {
    std::lock_guard lock(mutex_);
    if (auto it = clocks_.find(unit.code); it != clocks_.end()) return it->second;
  }
  auto settings = ParseUnitCalendarSettings(UnitCalendarText(unit.settings));
  if (!settings.ok()) {
    return settings.status().WithContext("unit " + unit.code + " calendar settings: ",
                                         "Cài đặt lịch làm việc của đơn vị " + unit.code + ": ");
  }
  MOTCUA_ASSIGN_OR_RETURN(WorkCalendar calendar, WorkCalendar::Build(decisions_, *settings));
  auto clock =
      std::make_shared<const CalendarDueClock>(std::make_shared<const WorkCalendar>(std::move(calendar)));
  std::lock_guard lock(mutex_);
  return clocks_.try_emplace(unit.code, std::move(clock)).first->second;
}

void UnitCalendars::Invalidate(std::string_view unit_code) {
  std::lock_guard lock(mutex_);
  if (auto it = clocks_.find(unit_code); it != clocks_.end()) clocks_.erase(it);
}

}  // namespace motcua
