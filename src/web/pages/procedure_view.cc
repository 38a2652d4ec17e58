#include "web/pages/procedure_view.h"

#include "base/vn_format.h"
#include "catalog/procedure_json.h"
#include "web/pages/view_format.h"

namespace motcua::web::pages {
namespace {

using nlohmann::json;

std::string FeeText(const Fee& fee) {
  std::string text = fee.description;
  if (fee.amount_dong) text.append(": ").append(FormatVnMoney(*fee.amount_dong));
  return text;
}

std::string CaseTime(const ProcedureCase& c) {
  std::string text = DescribeDurationVi(c.processing_time);
  if (c.cutoff_seconds)
    text.append(" (nhận sau ").append(FormatClock(*c.cutoff_seconds)).append(" tính sang ngày làm việc sau)");
  return text;
}

}  // namespace

std::string FeesLine(const std::vector<Fee>& fees) {
  if (fees.empty()) return "Miễn phí";
  std::string line;
  for (const Fee& fee : fees) {
    if (!line.empty()) line.append("; ");
    line.append(FeeText(fee));
  }
  return line;
}

json ProcedureRowView(const Procedure& procedure, const Catalog& catalog) {
  const Field* field = catalog.FindField(procedure.field_code);
  return {{"code", procedure.code},
          {"name", procedure.name},
          {"href", "/thu-tuc/" + procedure.code},
          {"field", field ? field->name : procedure.field_code},
          {"field_code", procedure.field_code},
          {"time", procedure.cases.empty() ? json(nullptr) : json(CaseTime(procedure.cases.front()))},
          {"fee", FeesLine(procedure.fees)}};
}

json ProcedureDetailView(const Procedure& procedure, const Catalog& catalog) {
  json view = ProcedureRowView(procedure, catalog);
  json cases = json::array();
  for (size_t i = 0; i < procedure.cases.size(); ++i) {
    const ProcedureCase& c = procedure.cases[i];
    cases.push_back({{"number", i + 1}, {"name", c.name}, {"time", CaseTime(c)}});
  }
  json fees = json::array();
  for (const Fee& fee : procedure.fees) {
    fees.push_back({{"description", fee.description},
                    {"amount", fee.amount_dong ? json(FormatVnMoney(*fee.amount_dong)) : json(nullptr)}});
  }
  json components = json::array();
  for (size_t i = 0; i < procedure.components.size(); ++i) {
    const Component& c = procedure.components[i];
    components.push_back({{"index", i},
                          {"number", i + 1},
                          {"name", c.name},
                          {"originals", c.originals},
                          {"copies", c.copies},
                          {"digitize_required", c.digitize_required}});
  }
  json steps = json::array();
  for (const ProcessStep& step : procedure.steps) {
    steps.push_back(
        {{"name", step.name}, {"role", ProcessRoleNameVi(step.role)}, {"share", step.share_percent}});
  }
  json sources = json::array();
  for (const std::string& source : procedure.sources) {
    const bool link = source.starts_with("https://") || source.starts_with("http://");
    sources.push_back({{"text", source}, {"link", link}});
  }
  view["level"] = procedure.level == "tinh" ? "Cấp tỉnh" : "Cấp xã";
  view["cases"] = std::move(cases);
  view["many_cases"] = procedure.cases.size() > 1;
  view["fees"] = std::move(fees);
  view["components"] = std::move(components);
  view["has_steps"] = !steps.empty();
  view["steps"] = std::move(steps);
  view["result"] = TextOrNull(procedure.result);
  view["legal_basis"] = TextOrNull(procedure.legal_basis);
  view["decision"] = TextOrNull(procedure.decision);
  view["online_level"] = OnlineLevelNameVi(procedure.online_level);
  view["interconnected"] = procedure.interconnected;
  view["receive_anywhere"] = procedure.receive_anywhere;
  view["effective_from"] = FormatVnDate(procedure.effective_from);
  view["effective_to"] = procedure.effective_to ? json(FormatVnDate(*procedure.effective_to)) : json(nullptr);
  view["has_sources"] = !sources.empty();
  view["sources"] = std::move(sources);
  return view;
}

}  // namespace motcua::web::pages
