#include "calendar/work_calendar.h"

#include <algorithm>
#include <unordered_map>

namespace motcua {
namespace {

const char* WeekdayNameVi(int iso_weekday) {
  static constexpr const char* kNames[] = {"Thứ Hai", "Thứ Ba",  "Thứ Tư",  "Thứ Năm",
                                           "Thứ Sáu", "Thứ Bảy", "Chủ nhật"};
  return kNames[iso_weekday - 1];
}

int64_t FloorDiv(int64_t a, int64_t b) {
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}

}  // namespace

Result<WorkCalendar> WorkCalendar::Build(const DayOffDecisions& decisions, const UnitCalendarSettings& unit,
                                         int first_year, int last_year) {
  if (first_year < kFirstCalendarYear || last_year > kLastCalendarYear || first_year > last_year) {
    return Status::InvalidArgument("work calendar years must lie within " +
                                       std::to_string(kFirstCalendarYear) + ".." +
                                       std::to_string(kLastCalendarYear),
                                   "Lịch làm việc chỉ hỗ trợ các năm " + std::to_string(kFirstCalendarYear) +
                                       " - " + std::to_string(kLastCalendarYear) + ".");
  }
  if (unit.hours.periods.empty() || unit.hours.weekdays == 0 || unit.hours.SecondsPerDay() <= 0) {
    return Status::InvalidArgument("office hours have no working time",
                                   "Giờ làm việc chưa có khoảng giờ hoặc ngày làm việc.");
  }
  WorkCalendar cal;
  cal.first_year_ = first_year;
  cal.last_year_ = last_year;
  cal.first_day_ = DaysFromCivil({first_year, 1, 1});
  cal.hours_ = unit.hours;
  const int64_t days = DaysFromCivil({last_year + 1, 1, 1}) - cal.first_day_;
  cal.working_.assign(static_cast<size_t>(days), 0);
  cal.note_.assign(static_cast<size_t>(days), 0);
  cal.notes_.push_back("");
  std::unordered_map<std::string, uint16_t> note_ids;
  auto note_id = [&](const std::string& text) -> uint16_t {
    auto [it, inserted] = note_ids.emplace(text, static_cast<uint16_t>(cal.notes_.size()));
    if (inserted) cal.notes_.push_back(text);
    return it->second;
  };
  for (int64_t i = 0; i < days; ++i) {
    const int weekday = IsoWeekday(CivilFromDays(cal.first_day_ + i));
    if (unit.hours.WorksOn(weekday)) {
      cal.working_[i] = 1;
    } else {
      cal.note_[i] = note_id(std::string("Nghỉ hằng tuần (") + WeekdayNameVi(weekday) + ")");
    }
  }
  auto apply = [&](CivilDate date, bool working, const std::string& reason) {
    const int64_t i = cal.DayIndex(date);
    if (i < 0 || i >= days) return;
    cal.working_[i] = working ? 1 : 0;
    cal.note_[i] = note_id(reason);
  };
  for (int year = first_year; year <= last_year; ++year) {
    MOTCUA_ASSIGN_OR_RETURN(const std::vector<DayOffEntry> entries, NationalDaysOff(decisions, year));
    for (const DayOffEntry& e : entries) apply(e.date, !e.IsDayOff(), e.reason);
  }
  for (const UnitDayNote& d : unit.extra_days_off) apply(d.date, false, d.note);
  for (const UnitDayNote& d : unit.extra_working_days) apply(d.date, true, d.note);
  if (cal.notes_.size() > 60000)
    return Status::InvalidArgument("too many distinct day notes", "Quá nhiều ghi chú ngày nghỉ.");

  const int64_t per_day = unit.hours.SecondsPerDay();
  cal.worked_before_.resize(static_cast<size_t>(days) + 1);
  cal.worked_before_[0] = 0;
  for (int64_t i = 0; i < days; ++i)
    cal.worked_before_[i + 1] = cal.worked_before_[i] + (cal.working_[i] ? per_day : 0);
  return cal;
}

bool WorkCalendar::Covers(CivilDate date) const {
  const int64_t i = DayIndex(date);
  return i >= 0 && i < static_cast<int64_t>(working_.size());
}

bool WorkCalendar::IsWorkingDay(CivilDate date) const {
  return Covers(date) && working_[DayIndex(date)] != 0;
}

std::optional<std::string> WorkCalendar::DayOffReason(CivilDate date) const {
  if (!Covers(date)) return std::string("Ngoài phạm vi lịch làm việc");
  const int64_t i = DayIndex(date);
  if (working_[i]) return std::nullopt;
  return notes_[note_[i]];
}

std::vector<CalendarException> WorkCalendar::Exceptions(int year) const {
  std::vector<CalendarException> out;
  if (year < first_year_ || year > last_year_) return out;
  for (CivilDate d{year, 1, 1}; d.year == year; d = AddDays(d, 1)) {
    const int64_t i = DayIndex(d);
    const bool pattern = hours_.WorksOn(IsoWeekday(d));
    if (pattern != (working_[i] != 0)) out.push_back({d, working_[i] != 0, notes_[note_[i]]});
  }
  return out;
}

int64_t WorkCalendar::WorkedBefore(Instant t) const {
  const int64_t local = t.unix_seconds + kVietnamUtcOffsetSeconds;
  const int64_t day = FloorDiv(local, kSecondsPerDay) - first_day_;
  if (day < 0) return 0;
  if (day >= static_cast<int64_t>(working_.size())) return worked_before_.back();
  int64_t worked = worked_before_[day];
  if (!working_[day]) return worked;
  const int64_t second = local - FloorDiv(local, kSecondsPerDay) * kSecondsPerDay;
  for (const OfficePeriod& p : hours_.periods) {
    if (second >= p.end) {
      worked += p.end - p.start;
    } else {
      if (second > p.start) worked += second - p.start;
      break;
    }
  }
  return worked;
}

int64_t WorkCalendar::WorkingSecondsBetween(Instant from, Instant to) const {
  if (to <= from) return 0;
  return WorkedBefore(to) - WorkedBefore(from);
}

Status WorkCalendar::BeyondRange() const {
  return Status::InvalidArgument("time falls outside the work calendar's years " +
                                     std::to_string(first_year_) + ".." + std::to_string(last_year_),
                                 "Thời điểm nằm ngoài phạm vi lịch làm việc (" + std::to_string(first_year_) +
                                     " - " + std::to_string(last_year_) + ").");
}

Result<Instant> WorkCalendar::AddWorkingSeconds(Instant start, int64_t seconds) const {
  if (seconds < 0) {
    return Status::InvalidArgument("negative working time", "Thời gian làm việc cộng thêm không được âm.");
  }
  if (seconds == 0) return start;
  const int64_t target = WorkedBefore(start) + seconds;
  if (target > worked_before_.back()) return BeyondRange();
  // The first day whose end has reached the target; the target falls inside it.
  const auto it = std::lower_bound(worked_before_.begin() + 1, worked_before_.end(), target);
  const int64_t day = (it - worked_before_.begin()) - 1;
  int64_t remaining = target - worked_before_[day];  // in (0, seconds per day]
  const int64_t day_start = (first_day_ + day) * kSecondsPerDay - kVietnamUtcOffsetSeconds;
  for (const OfficePeriod& p : hours_.periods) {
    const int64_t length = p.end - p.start;
    if (remaining <= length) return Instant{day_start + p.start + remaining};
    remaining -= length;
  }
  return Status::Internal("working-time table is inconsistent");
}

Result<Instant> WorkCalendar::FirstWorkingInstantAtOrAfter(Instant t) const {
  const int64_t local = t.unix_seconds + kVietnamUtcOffsetSeconds;
  const int64_t day = FloorDiv(local, kSecondsPerDay) - first_day_;
  const int64_t second = local - FloorDiv(local, kSecondsPerDay) * kSecondsPerDay;
  if (day < 0 || day >= static_cast<int64_t>(working_.size())) return BeyondRange();
  const int64_t day_start = (first_day_ + day) * kSecondsPerDay - kVietnamUtcOffsetSeconds;
  if (working_[day]) {
    for (const OfficePeriod& p : hours_.periods) {
      if (second < p.end) return Instant{day_start + std::max<int64_t>(second, p.start)};
    }
  }
  // The next working day: the first day after `day` whose end has more worked time than its start.
  const auto it =
      std::upper_bound(worked_before_.begin() + day + 1, worked_before_.end(), worked_before_[day + 1]);
  if (it == worked_before_.end()) return BeyondRange();
  const int64_t next = (it - worked_before_.begin()) - 1;
  return Instant{(first_day_ + next) * kSecondsPerDay - kVietnamUtcOffsetSeconds + hours_.Opening()};
}

Result<CivilDate> WorkCalendar::WorkingDayAtOrAfter(CivilDate date) const {
  const int64_t day = DayIndex(date);
  if (day < 0 || day >= static_cast<int64_t>(working_.size())) return BeyondRange();
  if (working_[day]) return CivilFromDays(first_day_ + day);
  const auto it =
      std::upper_bound(worked_before_.begin() + day + 1, worked_before_.end(), worked_before_[day + 1]);
  if (it == worked_before_.end()) return BeyondRange();
  return CivilFromDays(first_day_ + (it - worked_before_.begin()) - 1);
}

}  // namespace motcua
