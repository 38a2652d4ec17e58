#include "dossier/evaluation.h"

#include <string>

namespace motcua {
namespace {

struct CriterionInfo {
  std::string_view id;
  std::string_view name_vi;
};

constexpr std::array<CriterionInfo, kEvaluationCriterionCount> kCriteria = {{
    {"total_time", "Tổng thời gian giải quyết so với quy định"},
    {"unit_time", "Thời gian giải quyết của từng cơ quan, đơn vị"},
    {"contacts", "Số lần phải liên hệ để hoàn thiện hồ sơ"},
    {"agencies", "Số cơ quan, đơn vị phải liên hệ"},
    {"one_stop", "Giải quyết tại Bộ phận Một cửa"},
    {"publicity", "Công khai, minh bạch thông tin"},
    {"attitude", "Thái độ của cán bộ, công chức"},
    {"feedback_handling", "Tiếp nhận, xử lý ý kiến phản ánh, kiến nghị"},
    {"online_quality", "Chất lượng dịch vụ công trực tuyến"},
}};

Status BadValue(std::string_view what, std::string_view value, std::string_view allowed_vi) {
  std::string log = "unknown ";
  log.append(what).append(" '").append(value.substr(0, 64)).append("'");
  std::string user = "Giá trị không hợp lệ: '";
  user.append(value.substr(0, 64)).append("' (").append(allowed_vi).append(").");
  return Status::InvalidArgument(std::move(log), std::move(user));
}

}  // namespace

Status ValidateEvaluation(const Evaluation& evaluation) {
  for (int i = 0; i < kEvaluationCriterionCount; ++i) {
    const std::optional<int>& s = evaluation.scores[static_cast<size_t>(i)];
    if (s && (*s < 0 || *s > 2)) {
      const auto c = static_cast<EvaluationCriterion>(i);
      return Status::InvalidArgument(
          "evaluation score for '" + std::string(CriterionId(c)) + "' must be 0, 1 or 2",
          "Điểm tiêu chí \"" + std::string(CriterionNameVi(c)) + "\" phải là 0, 1 hoặc 2.");
    }
  }
  return Status::Ok();
}

int TotalScore(const Evaluation& evaluation) {
  int total = 0;
  for (const std::optional<int>& s : evaluation.scores) total += s.value_or(0);
  return total;
}

bool IsSatisfied(OverallSatisfaction overall) { return overall != OverallSatisfaction::kUnsatisfied; }

std::string_view CriterionId(EvaluationCriterion c) { return kCriteria[static_cast<size_t>(c)].id; }
std::string_view CriterionNameVi(EvaluationCriterion c) { return kCriteria[static_cast<size_t>(c)].name_vi; }

Result<EvaluationCriterion> ParseCriterionId(std::string_view id) {
  for (int i = 0; i < kEvaluationCriterionCount; ++i) {
    if (kCriteria[static_cast<size_t>(i)].id == id) return static_cast<EvaluationCriterion>(i);
  }
  return BadValue("evaluation criterion", id,
                  "total_time, unit_time, contacts, agencies, one_stop, publicity, attitude, "
                  "feedback_handling, online_quality");
}

std::string_view OverallId(OverallSatisfaction o) {
  switch (o) {
    case OverallSatisfaction::kVerySatisfied:
      return "very_satisfied";
    case OverallSatisfaction::kSatisfied:
      return "satisfied";
    case OverallSatisfaction::kUnsatisfied:
      return "unsatisfied";
  }
  return "satisfied";
}

std::string_view OverallNameVi(OverallSatisfaction o) {
  switch (o) {
    case OverallSatisfaction::kVerySatisfied:
      return "Rất hài lòng";
    case OverallSatisfaction::kSatisfied:
      return "Hài lòng";
    case OverallSatisfaction::kUnsatisfied:
      return "Không hài lòng";
  }
  return "Hài lòng";
}

Result<OverallSatisfaction> ParseOverallId(std::string_view id) {
  for (auto o : {OverallSatisfaction::kVerySatisfied, OverallSatisfaction::kSatisfied,
                 OverallSatisfaction::kUnsatisfied}) {
    if (OverallId(o) == id) return o;
  }
  return BadValue("overall satisfaction", id, "very_satisfied, satisfied, unsatisfied");
}

std::string_view EvaluationChannelId(EvaluationChannel c) {
  switch (c) {
    case EvaluationChannel::kDesk:
      return "desk";
    case EvaluationChannel::kOnline:
      return "online";
    case EvaluationChannel::kPhone:
      return "phone";
  }
  return "desk";
}

Result<EvaluationChannel> ParseEvaluationChannelId(std::string_view id) {
  for (auto c : {EvaluationChannel::kDesk, EvaluationChannel::kOnline, EvaluationChannel::kPhone}) {
    if (EvaluationChannelId(c) == id) return c;
  }
  return BadValue("evaluation channel", id, "desk, online, phone");
}

}  // namespace motcua
