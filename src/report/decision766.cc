#include "report/decision766.h"

#include <cmath>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "base/embedded_files.h"
#include "base/vn_format.h"

namespace motcua {
namespace {

using Json = nlohmann::json;

Status Invalid(const std::string& where, const std::string& what) {
  return Status::InvalidArgument("decision 766 formula: " + where + ": " + what,
                                 "Công thức tính điểm Bộ chỉ số 766 không hợp lệ (" + where + "): " + what);
}

// Points are shown and added in hundredths, so the total is the sum of the figures printed.
int64_t ToHundredths(double points) { return static_cast<int64_t>(std::floor(points * 100.0 + 0.5 + 1e-9)); }

Result<std::string> RequireString(const Json& object, const char* key, const std::string& where) {
  const auto it = object.find(key);
  if (it == object.end() || !it->is_string() || it->get<std::string>().empty()) {
    return Invalid(where, std::string("thiếu chuỗi \"") + key + "\"");
  }
  return it->get<std::string>();
}

Result<std::optional<double>> OptionalNumber(const Json& object, const char* key, const std::string& where) {
  const auto it = object.find(key);
  if (it == object.end()) return std::optional<double>();
  if (!it->is_number()) return Invalid(where, std::string("\"") + key + "\" phải là số");
  return std::optional<double>(it->get<double>());
}

Result<Decision766Criterion> ParseCriterion(const Json& json, const std::string& where) {
  if (!json.is_object()) return Invalid(where, "phải là một đối tượng");
  Decision766Criterion criterion;
  MOTCUA_ASSIGN_OR_RETURN(criterion.id, RequireString(json, "id", where));
  MOTCUA_ASSIGN_OR_RETURN(criterion.name_vi, RequireString(json, "name_vi", where));
  MOTCUA_ASSIGN_OR_RETURN(criterion.points, OptionalNumber(json, "points", where));
  if (criterion.points && !(*criterion.points > 0 && *criterion.points <= 100)) {
    return Invalid(where, "\"points\" phải lớn hơn 0 và không quá 100");
  }
  if (const auto ratio = json.find("ratio"); ratio != json.end()) {
    if (!ratio->is_string()) return Invalid(where, "\"ratio\" phải là mã một chỉ tiêu tỷ lệ");
    criterion.ratio = ratio->get<std::string>();
    const IndicatorDefinition* definition = FindIndicator(criterion.ratio);
    if (definition == nullptr || definition->kind != IndicatorKind::kRate) {
      return Invalid(where, "\"" + criterion.ratio + "\" không phải là chỉ tiêu tỷ lệ (rate.*)");
    }
  }
  MOTCUA_ASSIGN_OR_RETURN(const std::optional<double> target, OptionalNumber(json, "target", where));
  if (target) {
    if (!(*target > 0 && *target <= 1)) return Invalid(where, "\"target\" phải lớn hơn 0 và không quá 1");
    criterion.target = *target;
  }
  return criterion;
}

Result<Decision766Group> ParseGroup(const Json& json, const std::string& where, std::set<std::string>& ids) {
  if (!json.is_object()) return Invalid(where, "phải là một đối tượng");
  Decision766Group group;
  MOTCUA_ASSIGN_OR_RETURN(group.id, RequireString(json, "id", where));
  MOTCUA_ASSIGN_OR_RETURN(group.name_vi, RequireString(json, "name_vi", where));
  MOTCUA_ASSIGN_OR_RETURN(const std::optional<double> points, OptionalNumber(json, "points", where));
  if (!points || !(*points > 0)) return Invalid(where, "\"points\" của nhóm phải là số dương");
  group.points = *points;
  const auto criteria = json.find("criteria");
  if (criteria == json.end() || !criteria->is_array() || criteria->empty()) {
    return Invalid(where, "thiếu danh sách \"criteria\"");
  }
  int64_t given = 0;
  bool all_given = true;
  for (size_t i = 0; i < criteria->size(); ++i) {
    const std::string path = where + ".criteria[" + std::to_string(i) + "]";
    MOTCUA_ASSIGN_OR_RETURN(Decision766Criterion criterion, ParseCriterion((*criteria)[i], path));
    if (!ids.insert(criterion.id).second) return Invalid(path, "mã \"" + criterion.id + "\" bị trùng");
    if (criterion.points) {
      given += ToHundredths(*criterion.points);
    } else {
      all_given = false;
    }
    group.criteria.push_back(std::move(criterion));
  }
  const int64_t group_points = ToHundredths(group.points);
  if (given > group_points || (all_given && given != group_points)) {
    return Invalid(where, "tổng điểm các tiêu chí (" + FormatPointsVi(static_cast<double>(given) / 100.0) +
                              ") không khớp điểm của nhóm (" + FormatPointsVi(group.points) + ")");
  }
  return group;
}

}  // namespace

Result<Decision766Formula> ParseDecision766Formula(std::string_view json_text) {
  const Json json = Json::parse(json_text, nullptr, /*allow_exceptions=*/false);
  if (json.is_discarded() || !json.is_object()) return Invalid("$", "không phải là JSON hợp lệ");
  Decision766Formula formula;
  MOTCUA_ASSIGN_OR_RETURN(formula.source, RequireString(json, "source", "$"));
  const auto groups = json.find("groups");
  if (groups == json.end() || !groups->is_array() || groups->empty()) return Invalid("$", "thiếu \"groups\"");
  std::set<std::string> criterion_ids;
  std::set<std::string> group_ids;
  int64_t total = 0;
  for (size_t i = 0; i < groups->size(); ++i) {
    const std::string path = "$.groups[" + std::to_string(i) + "]";
    MOTCUA_ASSIGN_OR_RETURN(Decision766Group group, ParseGroup((*groups)[i], path, criterion_ids));
    if (!group_ids.insert(group.id).second) return Invalid(path, "mã nhóm \"" + group.id + "\" bị trùng");
    total += ToHundredths(group.points);
    formula.groups.push_back(std::move(group));
  }
  if (total != 100 * 100) {
    return Invalid("$.groups", "tổng điểm các nhóm là " + FormatPointsVi(static_cast<double>(total) / 100.0) +
                                   ", phải là 100");
  }
  return formula;
}

Result<Decision766Formula> DefaultDecision766Formula() {
  const std::optional<std::string_view> text = FindEmbeddedFile("report/decision766.json");
  if (!text) {
    return Status::Internal("report/decision766.json is not embedded",
                            "Thiếu công thức tính điểm Bộ chỉ số 766 trong chương trình.");
  }
  return ParseDecision766Formula(*text);
}

Result<Decision766Formula> LoadDecision766Formula(const std::string& file) {
  std::error_code error;
  if (!std::filesystem::exists(file, error)) return DefaultDecision766Formula();
  std::ifstream in(file, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  if (!in.good() && !in.eof()) {
    return Status::Unavailable("cannot read " + file, "Không đọc được tệp công thức 766 '" + file + "'.");
  }
  Result<Decision766Formula> formula = ParseDecision766Formula(text.str());
  if (!formula.ok()) {
    return Status::InvalidArgument(file + ": " + formula.status().message(),
                                   "Tệp '" + file + "': " + formula.status().user_message());
  }
  return formula;
}

Decision766Result ScoreDecision766(const Decision766Formula& formula, const IndicatorSet& indicators) {
  Decision766Result result;
  int64_t earned = 0;
  int64_t measured = 0;
  for (const Decision766Group& group : formula.groups) {
    for (const Decision766Criterion& criterion : group.criteria) {
      Decision766Score score{&group, &criterion, nullptr, std::nullopt};
      if (!criterion.ratio.empty()) score.ratio = indicators.Find(criterion.ratio);
      if (score.ratio != nullptr && criterion.points && score.ratio->denominator > 0) {
        // points x min(1, n / (d x target)), in exact arithmetic up to the final rounding.
        const double achieved = static_cast<double>(score.ratio->numerator) /
                                (static_cast<double>(score.ratio->denominator) * criterion.target);
        const int64_t hundredths = ToHundredths(*criterion.points * std::min(1.0, achieved));
        score.points = static_cast<double>(hundredths) / 100.0;
        earned += hundredths;
        measured += ToHundredths(*criterion.points);
      }
      result.scores.push_back(score);
    }
  }
  result.points_earned = static_cast<double>(earned) / 100.0;
  result.points_measured = static_cast<double>(measured) / 100.0;
  return result;
}

std::string FormatPointsVi(double points) {
  const int64_t hundredths = ToHundredths(points);
  const int64_t whole = hundredths / 100;
  const int64_t cents = hundredths % 100;
  std::string text = FormatVnInteger(whole);
  text += ',';
  if (cents < 10) text += '0';
  text += std::to_string(cents);
  return text;
}

}  // namespace motcua

namespace motcua {

std::string_view ScoreStatus(const Decision766Score& score) {
  if (score.points) return "scored";
  if (score.criterion->ratio.empty() || score.ratio == nullptr) return "not_measured";
  if (!score.criterion->points) return "unverified_share";
  return "no_denominator";
}

nlohmann::ordered_json Decision766ToJson(std::string_view unit_code, const ReportPeriod& period,
                                         const Decision766Formula& formula, const Decision766Result& result) {
  using nlohmann::ordered_json;
  ordered_json out;
  out["unit"] = unit_code;
  out["from"] = FormatIsoDate(period.from);
  out["to"] = FormatIsoDate(period.to);
  out["source"] = formula.source;
  out["points_earned"] = result.points_earned;
  out["points_measured"] = result.points_measured;
  ordered_json groups = ordered_json::array();
  const Decision766Group* current = nullptr;
  for (const Decision766Score& score : result.scores) {
    if (score.group != current) {
      current = score.group;
      groups.push_back({{"id", current->id},
                        {"name", current->name_vi},
                        {"points", current->points},
                        {"criteria", ordered_json::array()}});
    }
    ordered_json criterion;
    criterion["id"] = score.criterion->id;
    criterion["name"] = score.criterion->name_vi;
    criterion["points_max"] =
        score.criterion->points ? ordered_json(*score.criterion->points) : ordered_json();
    criterion["status"] = ScoreStatus(score);
    criterion["points"] = score.points ? ordered_json(*score.points) : ordered_json();
    if (score.ratio != nullptr) {
      const std::optional<double> rate = score.ratio->rate();
      criterion["ratio"] = {{"indicator", score.criterion->ratio},
                            {"numerator", score.ratio->numerator},
                            {"denominator", score.ratio->denominator},
                            {"rate", rate ? ordered_json(*rate) : ordered_json()}};
    } else {
      criterion["ratio"] = nullptr;
    }
    groups.back()["criteria"].push_back(std::move(criterion));
  }
  out["groups"] = std::move(groups);
  return out;
}

std::string Decision766ToText(std::string_view unit_code, const ReportPeriod& period,
                              const Decision766Formula& formula, const Decision766Result& result) {
  std::string out = "Bộ chỉ số 766 - đơn vị ";
  out.append(unit_code)
      .append(", từ ngày ")
      .append(FormatVnDate(period.from))
      .append(" đến hết ngày ")
      .append(FormatVnDate(period.to))
      .append("\n")
      .append(formula.source)
      .append("\n");
  const Decision766Group* current = nullptr;
  for (const Decision766Score& score : result.scores) {
    if (score.group != current) {
      current = score.group;
      out.append("\n")
          .append(current->name_vi)
          .append(" (")
          .append(FormatPointsVi(current->points))
          .append(" điểm)\n");
    }
    out.append("  - ").append(score.criterion->name_vi).append(": ");
    if (score.ratio != nullptr) {
      out.append(score.ratio->FormatVi())
          .append(" (")
          .append(FormatVnInteger(score.ratio->numerator))
          .append("/")
          .append(FormatVnInteger(score.ratio->denominator))
          .append(")");
    } else {
      out.append("không đo được từ dữ liệu của MotCua");
    }
    if (score.points) {
      out.append(", ")
          .append(FormatPointsVi(*score.points))
          .append("/")
          .append(FormatPointsVi(*score.criterion->points))
          .append(" điểm");
    } else if (score.ratio != nullptr && !score.criterion->points) {
      out.append(", chưa tính điểm (tỷ trọng trong nhóm chưa được xác minh)");
    } else if (score.ratio != nullptr) {
      out.append(", chưa tính điểm (không có hồ sơ trong kỳ)");
    }
    out.append("\n");
  }
  out.append("\nĐiểm đạt được: ")
      .append(FormatPointsVi(result.points_earned))
      .append(" trên ")
      .append(FormatPointsVi(result.points_measured))
      .append(" điểm đo được (tổng 100 điểm)\n");
  return out;
}

}  // namespace motcua
