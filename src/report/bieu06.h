// Biểu số 06/VPCP/KSTT (Thông tư 01/2020/TT-VPCP): "Tình hình, kết quả giải quyết TTHC tại cơ quan, đơn vị
// trực tiếp giải quyết TTHC", one row per field (lĩnh vực) of the unit's dossiers and a total row, with the
// form's eleven figure columns (3)-(13) (docs/reports.md, "Biểu 06"):
//   (3) received, total = (4) + (5) + (6)   (4) new, online   (5) new, direct or by public post
//   (6) carried over from the previous period
//   (7) resolved, total   (8) early   (9) on time   (10) late
//   (11) pending, total   (12) within the deadline   (13) overdue
// Every cell is a sum of indicator counts of report/indicators.h, computed by one IndicatorCollector per
// field, so a cell follows the indicator rules exactly, and keeps the dossier codes behind it. The total row
// is the sum of the field rows; it equals the unit's own indicators (tested).
// Pure values and functions; a Bieu06Builder is not thread-safe (one per computation).
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/procedure.h"
#include "dossier/dossier.h"
#include "report/indicators.h"
#include "report/report_period.h"

namespace motcua {

// The figure columns, in the form's order.
enum class Bieu06Column {
  kReceivedTotal,           // (3)
  kReceivedOnline,          // (4)
  kReceivedDirectOrPostal,  // (5)
  kCarriedOver,             // (6)
  kResolvedTotal,           // (7)
  kResolvedEarly,           // (8)
  kResolvedOnTime,          // (9)
  kResolvedLate,            // (10)
  kPendingTotal,            // (11)
  kPendingWithinDeadline,   // (12)
  kPendingOverdue,          // (13)
};
inline constexpr int kBieu06Columns = 11;

struct Bieu06ColumnDefinition {
  Bieu06Column column;
  int number;                 // the form's column number, (3) to (13)
  std::string_view group_vi;  // "Số hồ sơ nhận giải quyết", "Số hồ sơ đã giải quyết", ...
  std::string_view title_vi;  // "Tổng số", "Trực tuyến", ...
  std::string_view id;        // stable, e.g. "received.online" (JSON, tests)
  // The indicator counts the cell adds up (report/indicators.h), e.g. {"dossiers.received.direct",
  // "dossiers.received.postal"}.
  std::vector<std::string_view> indicators;
};

// The eleven columns, in the form's order.
std::span<const Bieu06ColumnDefinition> Bieu06Columns();
const Bieu06ColumnDefinition& Bieu06ColumnOf(Bieu06Column column);

struct Bieu06Cell {
  int64_t value = 0;
  std::vector<std::string> codes;  // the dossiers behind the figure, sorted; value == codes.size()

  bool operator==(const Bieu06Cell&) const = default;
};

struct Bieu06Row {
  std::string field_code;  // "" for the total row
  std::string field_name;  // "Hộ tịch"; the total row: "Tổng số"
  std::array<Bieu06Cell, kBieu06Columns> cells;

  const Bieu06Cell& cell(Bieu06Column column) const { return cells[static_cast<size_t>(column)]; }
  int64_t value(Bieu06Column column) const { return cell(column).value; }
};

struct Bieu06 {
  ReportPeriod period;
  std::vector<Bieu06Row> rows;  // fields with at least one dossier counted, in catalogue order
  Bieu06Row total;              // the sum of `rows`
};

// The row of one IndicatorSet (a field's, or a unit's): each cell the sum of its indicator counts, codes
// merged. A dossier never counts twice in one cell (the summed counts are disjoint).
Bieu06Row Bieu06RowOf(const IndicatorSet& indicators);

// Feeds one IndicatorCollector per field.
class Bieu06Builder {
 public:
  explicit Bieu06Builder(const ReportPeriod& period) : period_(period) {}

  // `dossier` replayed as of period().end (report/as_of.h), with its procedure's field code
  // (IndicatorService::ForEachDossier gives both).
  void AddDossier(const Dossier& dossier, std::string_view field_code);

  // The form: a row per field with any figure, ordered as `fields` (the catalogue's fields; a field code
  // not among them, e.g. of a procedure since removed, gets a row named by its code, after the others,
  // by code); the total row.
  Bieu06 Finish(std::span<const Field> fields) const;

  const ReportPeriod& period() const { return period_; }

 private:
  ReportPeriod period_;
  std::map<std::string, IndicatorCollector, std::less<>> by_field_;
};

}  // namespace motcua
