// The report indicators, each defined once: its id, Vietnamese name, unit and rule (docs/reports.md states
// every rule and the choices behind it). Every report (the indicator list, Biểu 06, the CCHC appendix, the
// 766 ratios, the dashboard) reads its figures from here, so two reports over the same data never disagree.
//
// A figure is computed for one period from values, never from SQL: dossiers replayed as of the period end
// (report/as_of.h), feedback replayed likewise, and the procedure versions of the catalogue. Each count keeps
// the codes behind it (dossier, feedback or procedure codes) so that any figure can be explained; a rate is a
// numerator count over a denominator count, both kept, never a bare percentage.
//
// To build a report by field (Biểu 06) or by month, feed one IndicatorCollector per group. FactsOf is the one
// place the per-dossier rules live; the collector only counts them.
// Pure values and functions; an IndicatorCollector is not thread-safe (one per computation).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "calendar/classification.h"
#include "catalog/procedure.h"
#include "dossier/dossier.h"
#include "dossier/pakn.h"
#include "report/report_period.h"

namespace motcua {

enum class IndicatorKind {
  kCount,  // a number of records; its codes are the records
  kRate,   // numerator / denominator, two counts named by the definition
};

// What the codes behind a count are.
enum class IndicatorSubject {
  kDossiers,    // dossier codes
  kFeedback,    // PAKN tracking codes
  kProcedures,  // national procedure codes
};

struct IndicatorDefinition {
  std::string_view id;       // stable, e.g. "dossiers.resolved.early"
  std::string_view name_vi;  // as it appears in a report: "Số hồ sơ giải quyết trước hạn"
  std::string_view unit_vi;  // "Hồ sơ", "Thủ tục", "PAKN", "Lượt", "%"
  IndicatorKind kind = IndicatorKind::kCount;
  IndicatorSubject subject = IndicatorSubject::kDossiers;  // of a rate: of its numerator
  std::string_view numerator;                              // rates: the id of the numerator count
  std::string_view denominator;                            // rates: the id of the denominator count
  std::string_view rule;  // the rule in one sentence (English; docs/reports.md has the details)
};

// Every indicator, counts first, in the order reports list them.
std::span<const IndicatorDefinition> Indicators();
// The definition of `id`, or nullptr.
const IndicatorDefinition* FindIndicator(std::string_view id);
// InvalidArgument (the Vietnamese message says where the ids are listed) when `id` is not an indicator.
Result<const IndicatorDefinition*> RequireIndicator(std::string_view id);

// One computed figure.
struct IndicatorValue {
  const IndicatorDefinition* definition = nullptr;
  int64_t value = 0;        // counts: the number of codes
  int64_t numerator = 0;    // rates
  int64_t denominator = 0;  // rates
  // The records behind the figure, sorted: a count's own codes; a rate's numerator codes (the denominator's
  // are those of the denominator count).
  std::vector<std::string> codes;

  bool is_rate() const { return definition->kind == IndicatorKind::kRate; }
  // numerator / denominator; nullopt when the denominator is 0 (no rate is defined).
  std::optional<double> rate() const;
  // Vietnamese display: "3.531", or "99,86%" (two decimals, half-up; "-" without a denominator).
  std::string FormatVi() const;
};

// Every indicator of one computation, in definition order.
class IndicatorSet {
 public:
  IndicatorSet() = default;
  explicit IndicatorSet(std::vector<IndicatorValue> values) : values_(std::move(values)) {}

  const std::vector<IndicatorValue>& values() const { return values_; }
  // nullptr when `id` is not an indicator.
  const IndicatorValue* Find(std::string_view id) const;
  // The value of count `id` (0 when unknown): for tests and narrative text.
  int64_t Count(std::string_view id) const;

 private:
  std::vector<IndicatorValue> values_;
};

// What one dossier, replayed as of the period end, contributes to the period's figures (docs/reports.md).
struct DossierPeriodFacts {
  bool received = false;  // received (accepted at the desk) in the period
  bool carried_over =
      false;  // received before the period, neither resolved nor withdrawn/stopped at its start
  bool fully_digitized = false;        // received in the period with every component digitised
  std::optional<Timeliness> resolved;  // resolved in the period: against the legal due date
  bool refused = false;                // resolved in the period by a refusal after appraisal (no result)
  bool result_digitized = false;       // resolved in the period with a digitised result
  bool apologised = false;             // a Mẫu 04 apology was issued (as of the period end)
  std::optional<OpenStatus> pending;   // neither resolved nor withdrawn/stopped at the period end
  bool withdrawn = false;              // withdrawn or stopped in the period
  std::optional<bool> evaluation_satisfied;  // evaluated in the period: (very) satisfied or not
};

// The rules, applied to `dossier` as its journal stood at `period.end`.
DossierPeriodFacts FactsOf(const Dossier& dossier, const ReportPeriod& period);

// Accumulates the figures of one period.
class IndicatorCollector {
 public:
  explicit IndicatorCollector(const ReportPeriod& period);

  const ReportPeriod& period() const { return period_; }
  // `dossier` as replayed up to period().end (report/as_of.h). A dossier not received by then adds nothing.
  void AddDossier(const Dossier& dossier);
  // `feedback` as replayed up to period().end (its steps before the end).
  void AddFeedback(const Feedback& feedback);
  // A procedure version of the catalogue; counted when in force on the period's last day (the catalogue in
  // force at the period end). Give every version: the collector picks.
  void AddProcedure(const Procedure& procedure);

  // The figures; the collector can go on collecting afterwards.
  IndicatorSet Finish() const;

 private:
  void Note(std::string_view id, const std::string& code);

  ReportPeriod period_;
  std::map<std::string_view, std::vector<std::string>> codes_;  // count id -> codes
};

}  // namespace motcua
