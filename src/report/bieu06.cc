#include "report/bieu06.h"

#include <algorithm>
#include <iterator>
#include <set>

namespace motcua {
namespace {

constexpr std::string_view kReceived = "Số hồ sơ nhận giải quyết";
constexpr std::string_view kResolved = "Số hồ sơ đã giải quyết";
constexpr std::string_view kPending = "Số hồ sơ đang giải quyết";

// The one list (docs/reports.md, "Biểu 06"). Column titles as the form prints them.
const std::vector<Bieu06ColumnDefinition>& ColumnList() {
  using C = Bieu06Column;
  static const std::vector<Bieu06ColumnDefinition> columns = {
      {C::kReceivedTotal,
       3,
       kReceived,
       "Tổng số",
       "received.total",
       {"dossiers.received", "dossiers.carried_over"}},
      {C::kReceivedOnline, 4, kReceived, "Trực tuyến", "received.online", {"dossiers.received.online"}},
      {C::kReceivedDirectOrPostal,
       5,
       kReceived,
       "Trực tiếp, dịch vụ bưu chính",
       "received.direct_or_postal",
       {"dossiers.received.direct", "dossiers.received.postal"}},
      {C::kCarriedOver, 6, kReceived, "Từ kỳ trước", "received.carried_over", {"dossiers.carried_over"}},
      {C::kResolvedTotal, 7, kResolved, "Tổng số", "resolved.total", {"dossiers.resolved"}},
      {C::kResolvedEarly, 8, kResolved, "Trước hạn", "resolved.early", {"dossiers.resolved.early"}},
      {C::kResolvedOnTime, 9, kResolved, "Đúng hạn", "resolved.on_time", {"dossiers.resolved.on_time"}},
      {C::kResolvedLate, 10, kResolved, "Quá hạn", "resolved.late", {"dossiers.resolved.late"}},
      {C::kPendingTotal, 11, kPending, "Tổng số", "pending.total", {"dossiers.pending"}},
      {C::kPendingWithinDeadline,
       12,
       kPending,
       "Trong hạn",
       "pending.within_deadline",
       {"dossiers.pending.within_deadline"}},
      {C::kPendingOverdue, 13, kPending, "Quá hạn", "pending.overdue", {"dossiers.pending.overdue"}},
  };
  return columns;
}

// Adds `from`'s codes into `into` (both sorted).
void MergeInto(Bieu06Cell& into, const std::vector<std::string>& from) {
  std::vector<std::string> merged;
  merged.reserve(into.codes.size() + from.size());
  std::merge(into.codes.begin(), into.codes.end(), from.begin(), from.end(), std::back_inserter(merged));
  into.codes = std::move(merged);
  into.value = static_cast<int64_t>(into.codes.size());
}

bool HasFigures(const Bieu06Row& row) {
  return std::any_of(row.cells.begin(), row.cells.end(), [](const Bieu06Cell& c) { return c.value > 0; });
}

}  // namespace

std::span<const Bieu06ColumnDefinition> Bieu06Columns() { return ColumnList(); }

const Bieu06ColumnDefinition& Bieu06ColumnOf(Bieu06Column column) {
  return ColumnList()[static_cast<size_t>(column)];
}

Bieu06Row Bieu06RowOf(const IndicatorSet& indicators) {
  Bieu06Row row;
  for (const Bieu06ColumnDefinition& definition : ColumnList()) {
    Bieu06Cell& cell = row.cells[static_cast<size_t>(definition.column)];
    for (std::string_view id : definition.indicators) {
      const IndicatorValue* value = indicators.Find(id);
      if (value != nullptr) MergeInto(cell, value->codes);
    }
  }
  return row;
}

void Bieu06Builder::AddDossier(const Dossier& dossier, std::string_view field_code) {
  auto it = by_field_.find(field_code);
  if (it == by_field_.end())
    it = by_field_.emplace(std::string(field_code), IndicatorCollector(period_)).first;
  it->second.AddDossier(dossier);
}

Bieu06 Bieu06Builder::Finish(std::span<const Field> fields) const {
  Bieu06 form;
  form.period = period_;
  std::set<std::string_view> listed;
  auto add = [&](const std::string& code, const std::string& name) {
    const auto it = by_field_.find(code);
    if (it == by_field_.end()) return;
    Bieu06Row row = Bieu06RowOf(it->second.Finish());
    if (!HasFigures(row)) return;
    row.field_code = code;
    row.field_name = name;
    form.rows.push_back(std::move(row));
  };
  for (const Field& field : fields) {
    if (listed.insert(field.code).second) add(field.code, field.name);
  }
  for (const auto& [code, collector] : by_field_) {  // by code
    if (!listed.contains(code)) add(code, code.empty() ? std::string("Chưa xác định lĩnh vực") : code);
  }
  form.total.field_name = "Tổng số";
  for (const Bieu06Row& row : form.rows) {
    for (size_t c = 0; c < row.cells.size(); ++c) MergeInto(form.total.cells[c], row.cells[c].codes);
  }
  return form;
}

}  // namespace motcua
