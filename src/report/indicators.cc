#include "report/indicators.h"

#include <algorithm>
#include <iterator>

#include "base/vn_format.h"
#include "dossier/classify.h"
#include "dossier/evaluation.h"

namespace motcua {
namespace {

using K = IndicatorKind;
using S = IndicatorSubject;

// The one list. docs/reports.md explains each rule; report_test checks that it names every id.
constexpr IndicatorDefinition kIndicators[] = {
    // Dossiers received.
    {"dossiers.received", "Tổng số hồ sơ tiếp nhận mới trong kỳ", "Hồ sơ", K::kCount, S::kDossiers, "", "",
     "Dossiers accepted at the desk (Mẫu 01) in the period, whatever their channel."},
    {"dossiers.received.online", "Số hồ sơ tiếp nhận trực tuyến", "Hồ sơ", K::kCount, S::kDossiers, "", "",
     "dossiers.received that came online (national channel 2)."},
    {"dossiers.received.direct", "Số hồ sơ tiếp nhận trực tiếp", "Hồ sơ", K::kCount, S::kDossiers, "", "",
     "dossiers.received that came to the desk (channel 1)."},
    {"dossiers.received.postal", "Số hồ sơ tiếp nhận qua dịch vụ bưu chính công ích", "Hồ sơ", K::kCount,
     S::kDossiers, "", "", "dossiers.received that came by public post (channel 3)."},
    {"dossiers.received.digitized", "Số hồ sơ tiếp nhận được số hóa đầy đủ thành phần", "Hồ sơ", K::kCount,
     S::kDossiers, "", "", "dossiers.received with at least one component and every component digitised."},
    {"dossiers.carried_over", "Số hồ sơ từ kỳ trước chuyển sang", "Hồ sơ", K::kCount, S::kDossiers, "", "",
     "Received before the period and neither resolved nor withdrawn/stopped at its start."},
    // Dossiers resolved.
    {"dossiers.resolved", "Tổng số hồ sơ đã giải quyết", "Hồ sơ", K::kCount, S::kDossiers, "", "",
     "Resolution (result ready, or refusal after appraisal) in the period, whatever the receipt date."},
    {"dossiers.resolved.early", "Số hồ sơ giải quyết trước hạn", "Hồ sơ", K::kCount, S::kDossiers, "", "",
     "dossiers.resolved whose resolution date is before the legal due date."},
    {"dossiers.resolved.on_time", "Số hồ sơ giải quyết đúng hạn", "Hồ sơ", K::kCount, S::kDossiers, "", "",
     "dossiers.resolved whose resolution date is the legal due date."},
    {"dossiers.resolved.in_time", "Số hồ sơ giải quyết trước hạn và đúng hạn", "Hồ sơ", K::kCount,
     S::kDossiers, "", "", "dossiers.resolved.early plus dossiers.resolved.on_time."},
    {"dossiers.resolved.late", "Số hồ sơ giải quyết quá hạn", "Hồ sơ", K::kCount, S::kDossiers, "", "",
     "dossiers.resolved whose resolution date is after the legal due date (an apology does not move it)."},
    {"dossiers.resolved.late.with_apology", "Số hồ sơ giải quyết quá hạn có văn bản xin lỗi", "Hồ sơ",
     K::kCount, S::kDossiers, "", "", "dossiers.resolved.late that had a Mẫu 04 apology."},
    // Dossiers open at the end, or withdrawn.
    {"dossiers.pending", "Tổng số hồ sơ đang giải quyết", "Hồ sơ", K::kCount, S::kDossiers, "", "",
     "Received by the period end and neither resolved nor withdrawn/stopped by then."},
    {"dossiers.pending.within_deadline", "Số hồ sơ đang giải quyết trong hạn", "Hồ sơ", K::kCount,
     S::kDossiers, "", "",
     "dossiers.pending whose legal due date is not before the day after the period (paused: within)."},
    {"dossiers.pending.overdue", "Số hồ sơ đang giải quyết quá hạn", "Hồ sơ", K::kCount, S::kDossiers, "", "",
     "dossiers.pending whose legal due date is on or before the period's last day (clock running)."},
    {"dossiers.withdrawn", "Số hồ sơ rút hoặc dừng xử lý", "Hồ sơ", K::kCount, S::kDossiers, "", "",
     "Withdrawn by the applicant or stopped at their request in the period."},
    // Results and digitisation.
    {"results.ready", "Số kết quả giải quyết thủ tục hành chính", "Hồ sơ", K::kCount, S::kDossiers, "", "",
     "dossiers.resolved with a result (a refusal after appraisal has none)."},
    {"results.digitized", "Số kết quả giải quyết thủ tục hành chính được số hóa", "Hồ sơ", K::kCount,
     S::kDossiers, "", "", "results.ready whose result is a digitised document."},
    // Citizens' evaluations.
    {"evaluations", "Số lượt đánh giá sự hài lòng của người dân", "Lượt", K::kCount, S::kDossiers, "", "",
     "Evaluations given in the period, of dossiers of the unit."},
    {"evaluations.satisfied", "Số lượt đánh giá hài lòng hoặc rất hài lòng", "Lượt", K::kCount, S::kDossiers,
     "", "", "evaluations whose overall judgement is very satisfied or satisfied."},
    // Citizen feedback (PAKN).
    {"pakn.received", "Tổng số phản ánh, kiến nghị tiếp nhận", "PAKN", K::kCount, S::kFeedback, "", "",
     "Feedback received in the period."},
    {"pakn.in_scope", "Số phản ánh, kiến nghị thuộc thẩm quyền tiếp nhận, xử lý", "PAKN", K::kCount,
     S::kFeedback, "", "", "pakn.received not declined (outside PAKN) by the period end."},
    {"pakn.resolved", "Số phản ánh, kiến nghị đã giải quyết xong", "PAKN", K::kCount, S::kFeedback, "", "",
     "Feedback answered in the period, whatever its receipt date."},
    {"pakn.answered_on_time", "Số phản ánh, kiến nghị xử lý đúng hạn hoặc trước hạn", "PAKN", K::kCount,
     S::kFeedback, "", "", "pakn.in_scope answered by the period end at or before its due time."},
    // The catalogue.
    {"procedures.total", "Tổng số thủ tục hành chính thuộc thẩm quyền giải quyết", "Thủ tục", K::kCount,
     S::kProcedures, "", "", "Procedures of the catalogue in force on the period's last day."},
    {"procedures.interconnected", "Số thủ tục hành chính liên thông", "Thủ tục", K::kCount, S::kProcedures,
     "", "", "procedures.total flagged interconnected (liên thông)."},
    {"procedures.online_full", "Số thủ tục cung cấp dịch vụ công trực tuyến toàn trình", "Thủ tục", K::kCount,
     S::kProcedures, "", "", "procedures.total offered fully online (toàn trình)."},
    {"procedures.online_partial", "Số thủ tục cung cấp dịch vụ công trực tuyến một phần", "Thủ tục",
     K::kCount, S::kProcedures, "", "", "procedures.total offered partly online (một phần)."},
    // Rates.
    {"rate.resolved_in_time", "Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn", "%", K::kRate, S::kDossiers,
     "dossiers.resolved.in_time", "dossiers.resolved", "(early + on time) / resolved."},
    {"rate.resolved_early", "Tỷ lệ hồ sơ giải quyết trước hạn", "%", K::kRate, S::kDossiers,
     "dossiers.resolved.early", "dossiers.resolved", "early / resolved."},
    {"rate.resolved_on_time", "Tỷ lệ hồ sơ giải quyết đúng hạn", "%", K::kRate, S::kDossiers,
     "dossiers.resolved.on_time", "dossiers.resolved", "on time / resolved."},
    {"rate.resolved_late", "Tỷ lệ hồ sơ giải quyết quá hạn", "%", K::kRate, S::kDossiers,
     "dossiers.resolved.late", "dossiers.resolved", "late / resolved."},
    {"rate.digitized_dossiers", "Tỷ lệ hồ sơ được số hóa đầy đủ thành phần", "%", K::kRate, S::kDossiers,
     "dossiers.received.digitized", "dossiers.received",
     "received with every component digitised / received."},
    {"rate.digitized_results", "Tỷ lệ kết quả giải quyết thủ tục hành chính được số hóa", "%", K::kRate,
     S::kDossiers, "results.digitized", "results.ready", "digitised results / results ready in the period."},
    {"rate.766.progress", "Tỷ lệ tiến độ giải quyết (Bộ chỉ số 766)", "%", K::kRate, S::kDossiers,
     "dossiers.resolved.in_time", "dossiers.received",
     "(resolved early or on time in the period) / (received in the period)."},
    {"rate.online", "Tỷ lệ hồ sơ tiếp nhận trực tuyến", "%", K::kRate, S::kDossiers,
     "dossiers.received.online", "dossiers.received", "received online / received."},
    {"rate.satisfied", "Tỷ lệ đánh giá hài lòng", "%", K::kRate, S::kDossiers, "evaluations.satisfied",
     "evaluations", "(very) satisfied evaluations / evaluations."},
    {"rate.pakn_on_time", "Tỷ lệ phản ánh, kiến nghị xử lý đúng hạn", "%", K::kRate, S::kFeedback,
     "pakn.answered_on_time", "pakn.in_scope",
     "answered on time / in scope, of feedback received in the period."},
};

}  // namespace

std::span<const IndicatorDefinition> Indicators() { return kIndicators; }

const IndicatorDefinition* FindIndicator(std::string_view id) {
  for (const IndicatorDefinition& definition : kIndicators) {
    if (definition.id == id) return &definition;
  }
  return nullptr;
}

Result<const IndicatorDefinition*> RequireIndicator(std::string_view id) {
  if (const IndicatorDefinition* definition = FindIndicator(id)) return definition;
  std::string shown(id.substr(0, 64));
  return Status::InvalidArgument(
      "unknown indicator '" + shown + "'",
      "Không có chỉ tiêu mã '" + shown +
          "'. Danh sách mã chỉ tiêu: lệnh 'motcua report indicators' (không có --explain) "
          "hoặc docs/reports.md.");
}

std::optional<double> IndicatorValue::rate() const {
  if (denominator == 0) return std::nullopt;
  return static_cast<double>(numerator) / static_cast<double>(denominator);
}

std::string IndicatorValue::FormatVi() const {
  return is_rate() ? FormatVnPercent(numerator, denominator) : FormatVnInteger(value);
}

const IndicatorValue* IndicatorSet::Find(std::string_view id) const {
  for (const IndicatorValue& value : values_) {
    if (value.definition->id == id) return &value;
  }
  return nullptr;
}

int64_t IndicatorSet::Count(std::string_view id) const {
  const IndicatorValue* value = Find(id);
  return value == nullptr ? 0 : value->value;
}

DossierPeriodFacts FactsOf(const Dossier& dossier, const ReportPeriod& period) {
  DossierPeriodFacts facts;
  if (!dossier.received_at || *dossier.received_at >= period.end) return facts;
  const Instant received = *dossier.received_at;
  // When the dossier left the one-stop flow: its resolution, or its withdrawal or stop (a refusal at the desk
  // never has a receipt).
  std::optional<Instant> settled;
  if (dossier.resolution) {
    settled = dossier.resolution->at;
  } else if (dossier.closure && dossier.closure->kind != ClosureKind::kRefusedAtDesk) {
    settled = dossier.closure->at;
  }
  facts.received = period.Contains(received);
  facts.carried_over = received < period.start && !(settled && *settled < period.start);
  facts.fully_digitized = facts.received && AllComponentsDigitized(dossier);
  facts.apologised = HadApology(dossier);
  if (dossier.resolution && period.Contains(dossier.resolution->at)) {
    // Apply sets the legal due at receipt and after each pause, and no apology moves it.
    const Instant due = dossier.legal_due.value_or(dossier.resolution->at);
    facts.resolved = ClassifyResolution(dossier.resolution->at, due);
    facts.refused = dossier.resolution->kind == ResolutionKind::kRefused;
    facts.result_digitized = ResultDigitized(dossier);
  }
  if (!settled) {
    // A paused clock has no due time: within the deadline (calendar/classification.h).
    const std::optional<Instant> due = OpenPause(dossier) != nullptr ? std::nullopt : dossier.legal_due;
    facts.pending = ClassifyOpen(due, period.end);
  }
  facts.withdrawn = dossier.closure && dossier.closure->kind != ClosureKind::kRefusedAtDesk &&
                    period.Contains(dossier.closure->at);
  if (dossier.evaluation && period.Contains(dossier.evaluation->at)) {
    facts.evaluation_satisfied = IsSatisfied(dossier.evaluation->overall);
  }
  return facts;
}

IndicatorCollector::IndicatorCollector(const ReportPeriod& period) : period_(period) {
  for (const IndicatorDefinition& definition : kIndicators) {
    if (definition.kind == IndicatorKind::kCount) codes_[definition.id];
  }
}

void IndicatorCollector::Note(std::string_view id, const std::string& code) {
  auto it = codes_.find(id);
  if (it != codes_.end()) it->second.push_back(code);
}

void IndicatorCollector::AddDossier(const Dossier& dossier) {
  const DossierPeriodFacts facts = FactsOf(dossier, period_);
  const std::string& code = dossier.code;
  if (facts.received) {
    Note("dossiers.received", code);
    switch (dossier.channel) {
      case Channel::kOnline:
        Note("dossiers.received.online", code);
        break;
      case Channel::kDirect:
        Note("dossiers.received.direct", code);
        break;
      case Channel::kPostal:
        Note("dossiers.received.postal", code);
        break;
    }
    if (facts.fully_digitized) Note("dossiers.received.digitized", code);
  }
  if (facts.carried_over) Note("dossiers.carried_over", code);
  if (facts.resolved) {
    Note("dossiers.resolved", code);
    switch (*facts.resolved) {
      case Timeliness::kEarly:
        Note("dossiers.resolved.early", code);
        Note("dossiers.resolved.in_time", code);
        break;
      case Timeliness::kOnTime:
        Note("dossiers.resolved.on_time", code);
        Note("dossiers.resolved.in_time", code);
        break;
      case Timeliness::kLate:
        Note("dossiers.resolved.late", code);
        if (facts.apologised) Note("dossiers.resolved.late.with_apology", code);
        break;
    }
    if (!facts.refused) Note("results.ready", code);
    if (facts.result_digitized) Note("results.digitized", code);
  }
  if (facts.pending) {
    Note("dossiers.pending", code);
    Note(*facts.pending == OpenStatus::kOverdue ? "dossiers.pending.overdue"
                                                : "dossiers.pending.within_deadline",
         code);
  }
  if (facts.withdrawn) Note("dossiers.withdrawn", code);
  if (facts.evaluation_satisfied) {
    Note("evaluations", code);
    if (*facts.evaluation_satisfied) Note("evaluations.satisfied", code);
  }
}

void IndicatorCollector::AddFeedback(const Feedback& feedback) {
  if (period_.Contains(feedback.received_at)) {
    Note("pakn.received", feedback.id);
    if (feedback.state != FeedbackState::kDeclined) {
      Note("pakn.in_scope", feedback.id);
      if (AnsweredOnTime(feedback)) Note("pakn.answered_on_time", feedback.id);
    }
  }
  if (feedback.answered_at && period_.Contains(*feedback.answered_at)) Note("pakn.resolved", feedback.id);
}

void IndicatorCollector::AddProcedure(const Procedure& procedure) {
  if (!procedure.InForceOn(period_.to)) return;
  Note("procedures.total", procedure.code);
  if (procedure.interconnected) Note("procedures.interconnected", procedure.code);
  if (procedure.online_level == OnlineLevel::kFull) Note("procedures.online_full", procedure.code);
  if (procedure.online_level == OnlineLevel::kPartial) Note("procedures.online_partial", procedure.code);
}

IndicatorSet IndicatorCollector::Finish() const {
  std::vector<IndicatorValue> values;
  values.reserve(std::size(kIndicators));
  for (const IndicatorDefinition& definition : kIndicators) {
    IndicatorValue value;
    value.definition = &definition;
    if (definition.kind == IndicatorKind::kCount) {
      value.codes = codes_.at(definition.id);
      std::sort(value.codes.begin(), value.codes.end());
      value.value = static_cast<int64_t>(value.codes.size());
    } else {
      value.codes = codes_.at(definition.numerator);
      std::sort(value.codes.begin(), value.codes.end());
      value.numerator = static_cast<int64_t>(value.codes.size());
      value.denominator = static_cast<int64_t>(codes_.at(definition.denominator).size());
    }
    values.push_back(std::move(value));
  }
  return IndicatorSet(std::move(values));
}

}  // namespace motcua
