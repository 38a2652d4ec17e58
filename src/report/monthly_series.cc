#include "report/monthly_series.h"

#include <algorithm>
#include <optional>
#include <utility>

#include "report/as_of.h"

namespace motcua {
namespace {

CivilDate FirstOfMonth(CivilDate date) { return CivilDate{date.year, date.month, 1}; }
CivilDate LastOfMonth(CivilDate date) {
  return CivilDate{date.year, date.month, DaysInMonth(date.year, date.month)};
}

// `date` moved by `months` calendar months, the day clamped to the target month's length.
CivilDate AddMonths(CivilDate date, int months) {
  const int index = date.year * 12 + (date.month - 1) + months;
  const int year = index / 12;
  const int month = index % 12 + 1;
  return CivilDate{year, month, std::min(date.day, DaysInMonth(year, month))};
}

ReportPeriod PeriodOf(CivilDate from, CivilDate to) {
  // Both dates are valid and ordered by construction; MakeReportPeriod only refuses from > to.
  return *MakeReportPeriod(from, to);
}

}  // namespace

std::vector<ReportPeriod> MonthsBetween(CivilDate from, CivilDate to) {
  std::vector<ReportPeriod> months;
  for (CivilDate first = from; first <= to; first = AddDays(LastOfMonth(first), 1)) {
    months.push_back(PeriodOf(first, std::min(LastOfMonth(first), to)));
  }
  return months;
}

ReportPeriod TrendRange(const ReportPeriod& period) {
  if (period.to >= AddDays(AddMonths(period.from, 2), -1)) return period;
  return PeriodOf(AddMonths(FirstOfMonth(period.to), -11), period.to);
}

MonthlySeries::MonthlySeries(std::vector<ReportPeriod> months) : months_(std::move(months)) {
  collectors_.reserve(months_.size());
  for (const ReportPeriod& month : months_) collectors_.emplace_back(month);
}

ReportPeriod MonthlySeries::Span() const {
  ReportPeriod span = months_.front();
  span.to = months_.back().to;
  span.end = months_.back().end;
  return span;
}

Result<std::optional<Dossier>> MonthlySeries::AddJournal(std::span<const Event> events,
                                                         const ApplyContext& context) {
  std::optional<Dossier> replayed;
  size_t replayed_prefix = 0;
  for (size_t i = 0; i < months_.size(); ++i) {
    const Instant end = months_[i].end;
    // A journal is in time order: the events before `end` are a prefix.
    size_t prefix = replayed_prefix;
    while (prefix < events.size() && events[prefix].at < end) ++prefix;
    if (prefix == 0) continue;  // not yet received (or submitted) by this month's end
    if (prefix != replayed_prefix || !replayed) {
      MOTCUA_ASSIGN_OR_RETURN(replayed, ReplayAsOf(events, end, context));
      replayed_prefix = prefix;
    }
    if (replayed) collectors_[i].AddDossier(*replayed);
  }
  return replayed;
}

void MonthlySeries::AddProcedure(const Procedure& procedure) {
  for (IndicatorCollector& collector : collectors_) collector.AddProcedure(procedure);
}

std::vector<IndicatorSet> MonthlySeries::Finish() const {
  std::vector<IndicatorSet> sets;
  sets.reserve(collectors_.size());
  for (const IndicatorCollector& collector : collectors_) sets.push_back(collector.Finish());
  return sets;
}

}  // namespace motcua
