#include "report/report_period.h"

#include <string>

#include "calendar/classification.h"

namespace motcua {

Result<ReportPeriod> MakeReportPeriod(CivilDate from, CivilDate to) {
  if (to < from) {
    return Status::InvalidArgument(
        "report period starts " + FormatIsoDate(from) + " after it ends " + FormatIsoDate(to),
        "Kỳ báo cáo không hợp lệ: ngày bắt đầu " + FormatVnDate(from) + " sau ngày kết thúc " +
            FormatVnDate(to) + ".");
  }
  return ReportPeriod{from, to, FromLocal(from, 0), EndOfReportDay(to)};
}

Result<ReportPeriod> ParseReportPeriod(std::string_view from, std::string_view to) {
  auto first = ParseIsoDate(from);
  if (!first.ok()) {
    return first.status().WithContext("from: ", "Ngày bắt đầu kỳ báo cáo (from): ");
  }
  auto last = ParseIsoDate(to);
  if (!last.ok()) return last.status().WithContext("to: ", "Ngày kết thúc kỳ báo cáo (to): ");
  return MakeReportPeriod(*first, *last);
}

}  // namespace motcua
