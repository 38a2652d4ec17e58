// Vietnam's public holidays computed from the law, for the civil service's Monday-Friday week:
//  - Bộ luật Lao động 2019, art. 112(1) (in force 2021): 1/1; Tết Âm lịch 5 days; Giỗ Tổ Hùng Vương 10/3
//  lunar;
//    30/4; 1/5; 2/9 plus one adjacent day. Before 2021 (Bộ luật Lao động 2012, art. 115): the same without
//    the adjacent day of 2/9.
//  - Nghị quyết 28/2026/QH16, art. 2: 24/11 Ngày Văn hóa Việt Nam, a paid day off from 1/7/2026. It is not in
//    art. 112(1), so the art. 111(3) compensation is not applied to it (see docs/calendar.md).
//  - Art. 111(3) (2012: art. 115(3)): a holiday on a weekly rest day (Saturday, Sunday) gives the next
//  working
//    day off (nghỉ bù).
// The Prime Minister picks the 5 Tết days and the adjacent day of 2/9 each year; without a decision the
// default layout here applies: the last 2 days of the lunar year and the first 3 of the new one (the choice
// of 2020, 2021, 2023, 2024 and 2025), and for 2/9 the adjacent day that joins the weekend (3/9 when 2/9 is a
// Monday, Thursday or Sunday, otherwise 1/9: the choices of 2021-2026). Pure functions; thread-safe.
#pragma once

#include <string>
#include <vector>

#include "base/civil_time.h"
#include "base/result.h"

namespace motcua {

// Years the rule-based computation covers: whole years under the Labour Code 2012 (in force 1/5/2013) or
// 2019.
inline constexpr int kFirstCalendarYear = 2014;
inline constexpr int kLastCalendarYear = 2100;

enum class DayKind {
  kHoliday,       // a statutory holiday (ngày lễ, tết), whatever its weekday
  kCompensatory,  // nghỉ bù: a weekday off because a holiday fell on a weekly rest day
  kSwapped,       // nghỉ hoán đổi: a weekday off swapped with a weekend day worked
  kWorking,       // làm bù: a weekend day worked
};

// "holiday", "compensatory", "swapped", "working" (the decision file's words).
const char* DayKindName(DayKind kind);

// One day of the national calendar that differs from, or explains, the plain Monday-Friday week.
struct DayOffEntry {
  CivilDate date;
  DayKind kind = DayKind::kHoliday;
  std::string reason;  // Vietnamese, e.g. "Tết Nguyên đán", "Giỗ Tổ Hùng Vương (nghỉ bù)"
  std::string source;  // legal basis or decision, e.g. "Thông báo 5015/TB-LĐTBXH"
  bool IsDayOff() const { return kind != DayKind::kWorking; }
};

// The statutory holidays of `year` (kHoliday entries, weekends included, Tết in the default layout).
// InvalidArgument outside [kFirstCalendarYear, kLastCalendarYear]. Sorted by date.
Result<std::vector<DayOffEntry>> StatutoryHolidays(int year);

// StatutoryHolidays plus the compensatory days of art. 111(3): the whole rule-based calendar of a year
// without a government decision. Sorted by date.
Result<std::vector<DayOffEntry>> RuleBasedDaysOff(int year);

}  // namespace motcua
