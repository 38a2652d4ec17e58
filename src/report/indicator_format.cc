#include "report/indicator_format.h"

#include "base/vn_format.h"

namespace motcua {
namespace {

using nlohmann::ordered_json;

// Pads ASCII `text` with spaces to `width` characters.
std::string Padded(std::string text, size_t width) {
  if (text.size() < width) text.append(width - text.size(), ' ');
  return text;
}

}  // namespace

ordered_json IndicatorsToJson(std::string_view unit_code, const ReportPeriod& period,
                              const IndicatorSet& indicators) {
  ordered_json figures = ordered_json::object();
  for (const IndicatorValue& value : indicators.values()) {
    ordered_json figure = ordered_json::object();
    if (value.is_rate()) {
      figure["numerator"] = value.numerator;
      figure["denominator"] = value.denominator;
      const std::optional<double> rate = value.rate();
      figure["rate"] = rate ? ordered_json(*rate) : ordered_json(nullptr);
    } else {
      figure["value"] = value.value;
    }
    figures[std::string(value.definition->id)] = std::move(figure);
  }
  ordered_json out = ordered_json::object();
  out["unit"] = std::string(unit_code);
  out["from"] = FormatIsoDate(period.from);
  out["to"] = FormatIsoDate(period.to);
  out["indicators"] = std::move(figures);
  return out;
}

ordered_json ExplanationToJson(std::string_view unit_code, const ReportPeriod& period,
                               const IndicatorValue& value) {
  ordered_json out = ordered_json::object();
  out["unit"] = std::string(unit_code);
  out["from"] = FormatIsoDate(period.from);
  out["to"] = FormatIsoDate(period.to);
  out["indicator"] = std::string(value.definition->id);
  out["codes"] = value.codes;
  return out;
}

std::string IndicatorsToText(std::string_view unit_code, std::string_view unit_name,
                             const ReportPeriod& period, const IndicatorSet& indicators) {
  std::string out = "Đơn vị: ";
  out.append(unit_code);
  if (!unit_name.empty()) out.append(" (").append(unit_name).append(")");
  out.append("\nKỳ báo cáo: từ ngày ")
      .append(FormatVnDate(period.from))
      .append(" đến hết ngày ")
      .append(FormatVnDate(period.to))
      .append("\n");
  for (const IndicatorValue& value : indicators.values()) {
    std::string shown = value.FormatVi();
    if (value.is_rate()) {
      shown.append(" (")
          .append(FormatVnInteger(value.numerator))
          .append("/")
          .append(FormatVnInteger(value.denominator))
          .append(")");
    }
    out.append(Padded(std::string(value.definition->id), 36))
        .append(Padded(std::move(shown), 24))
        .append(value.definition->name_vi);
    if (!value.is_rate()) out.append(" (").append(value.definition->unit_vi).append(")");
    out.append("\n");
  }
  return out;
}

std::string ExplanationToText(const IndicatorValue& value) {
  std::string out;
  for (const std::string& code : value.codes) out.append(code).append("\n");
  return out;
}

}  // namespace motcua
