#include "web/pages/dashboard_range.h"

#include "base/text.h"
#include "web/pages/ledger_range.h"
#include "web/pages/view_format.h"

namespace motcua::web::pages {
namespace {

std::optional<std::string_view> NonEmpty(std::optional<std::string_view> text) {
  if (!text) return std::nullopt;
  const std::string_view trimmed = TrimAscii(*text);
  if (trimmed.empty()) return std::nullopt;
  return trimmed;
}

CivilDate EndOfMonth(int year, int month) { return CivilDate{year, month, DaysInMonth(year, month)}; }

}  // namespace

DashboardRange QuarterOf(CivilDate day) {
  const int first_month = (day.month - 1) / 3 * 3 + 1;
  return {CivilDate{day.year, first_month, 1}, EndOfMonth(day.year, first_month + 2)};
}

Result<DashboardRange> ParseDashboardRange(std::optional<std::string_view> from,
                                           std::optional<std::string_view> to, CivilDate today) {
  from = NonEmpty(from);
  to = NonEmpty(to);
  if (!from && !to) return QuarterOf(today);
  DashboardRange range;
  if (from) {
    MOTCUA_ASSIGN_OR_RETURN(range.from, ParseVnDate(*from, "Từ ngày"));
  }
  if (to) {
    MOTCUA_ASSIGN_OR_RETURN(range.to, ParseVnDate(*to, "Đến ngày"));
  }
  if (!to) range.to = EndOfMonth(range.from.year, range.from.month);
  if (!from) range.from = CivilDate{range.to.year, range.to.month, 1};
  if (range.to < range.from) {
    return Status::InvalidArgument("dashboard range ends before it starts",
                                   "Từ ngày " + FormatVnDate(range.from) + " sau đến ngày " +
                                       FormatVnDate(range.to) + ": vui lòng chọn lại kỳ báo cáo.");
  }
  const int64_t days = DaysFromCivil(range.to) - DaysFromCivil(range.from) + 1;
  if (days > kMaxDashboardDays) {
    return Status::InvalidArgument("dashboard range of " + std::to_string(days) + " days",
                                   "Kỳ báo cáo từ " + FormatVnDate(range.from) + " đến " +
                                       FormatVnDate(range.to) + " dài " + std::to_string(days) +
                                       " ngày; mỗi lần xem tối đa " + std::to_string(kMaxDashboardDays) +
                                       " ngày. Vui lòng chọn kỳ ngắn hơn.");
  }
  return range;
}

std::vector<DashboardPreset> DashboardPresets(CivilDate today) {
  const DashboardRange quarter = QuarterOf(today);
  return {
      {"Tháng này", {CivilDate{today.year, today.month, 1}, EndOfMonth(today.year, today.month)}},
      {"Quý này", quarter},
      {"Năm nay", {CivilDate{today.year, 1, 1}, CivilDate{today.year, 12, 31}}},
      {"Quý trước", QuarterOf(AddDays(quarter.from, -1))},
  };
}

std::string DashboardQuery(const DashboardRange& range) {
  return QueryString({{"tu", FormatVnDate(range.from)}, {"den", FormatVnDate(range.to)}});
}

}  // namespace motcua::web::pages
