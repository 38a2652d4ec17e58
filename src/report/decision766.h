// The Decision 766 service index (Quyết định 766/QĐ-TTg, 100 points per unit; DOMAIN.md section 7,
// docs/reports.md "Decision 766"): for each criterion, the raw ratio with its numerator and denominator,
// taken from the indicators (never recomputed here), and its points from a formula kept in configuration
// (data/report/decision766.json, embedded; a province may give its own file):
//   points = criterion points x min(1, ratio / target)     (target 1 unless the configuration says otherwise)
// A criterion MotCua's records cannot measure (publication, synchronisation with the national portal, online
// payment, data reuse ...) has no ratio and no points: it is listed as "not measured", never guessed. A
// criterion whose share of its group is not verified has a ratio and no points. Totals add the points earned
// over the points that were measurable, so a partial score is never shown as a score out of 100.
// Pure values and functions (LoadDecision766Formula reads one file); thread-safe.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "report/indicators.h"
#include "report/report_period.h"

namespace motcua {

struct Decision766Criterion {
  std::string id;
  std::string name_vi;
  std::optional<double> points;  // its share of the 100 points; nullopt when not verified
  std::string ratio;             // a rate indicator id ("rate.766.progress"); empty: not measured by MotCua
  double target = 1.0;           // the ratio at which the criterion earns all its points, in (0, 1]
};

struct Decision766Group {
  std::string id;
  std::string name_vi;
  double points = 0;
  std::vector<Decision766Criterion> criteria;
};

struct Decision766Formula {
  std::string source;  // the legal source, as the report prints it
  std::vector<Decision766Group> groups;
};

// Parses and checks a formula: groups sum to 100 points; the criteria with points of a group sum to at most
// the group's points, and exactly to them when every criterion has points; ids unique; every ratio a rate
// indicator; 0 < target <= 1. InvalidArgument with the JSON path of the first error otherwise.
Result<Decision766Formula> ParseDecision766Formula(std::string_view json_text);
// The embedded default (data/report/decision766.json).
Result<Decision766Formula> DefaultDecision766Formula();
// A province's own formula: `file` when it exists (reads it; its errors name the file), else the default.
Result<Decision766Formula> LoadDecision766Formula(const std::string& file);

struct Decision766Score {
  const Decision766Group* group = nullptr;
  const Decision766Criterion* criterion = nullptr;
  const IndicatorValue* ratio = nullptr;  // nullptr when not measured
  std::optional<double> points;           // earned; nullopt when not measured, unverified or no denominator
};

struct Decision766Result {
  std::vector<Decision766Score> scores;  // every criterion, in the formula's order
  double points_earned = 0;              // sum of the earned points
  double points_measured = 0;            // sum of the maximum points of the criteria that earned points
};

// Scores `indicators` (which must outlive the result, as must `formula`).
Decision766Result ScoreDecision766(const Decision766Formula& formula, const IndicatorSet& indicators);

// Vietnamese display of points: "19,96" (two decimals, half-up).
std::string FormatPointsVi(double points);

// Why a criterion has no points, or "scored": "scored", "no_denominator" (nothing to measure in the period),
// "unverified_share" (its share of the group is not in the formula), "not_measured" (not in MotCua's
// records).
std::string_view ScoreStatus(const Decision766Score& score);

// {"unit","from","to","source","points_earned","points_measured","groups":[{"id","name","points","criteria":
//   [{"id","name","points_max","status","points","ratio":{"indicator","numerator","denominator","rate"}}]}]}
// (points_max, points and ratio are null when absent), for the API and `motcua report 766 --format json`.
nlohmann::ordered_json Decision766ToJson(std::string_view unit_code, const ReportPeriod& period,
                                         const Decision766Formula& formula, const Decision766Result& result);
// The same as a Vietnamese text table for a terminal.
std::string Decision766ToText(std::string_view unit_code, const ReportPeriod& period,
                              const Decision766Formula& formula, const Decision766Result& result);

}  // namespace motcua
