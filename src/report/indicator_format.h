// The indicator list as the command line and the JSON API print it, from one IndicatorSet, so both agree:
//   JSON  {"unit":"000.00.20.H31","from":"2023-10-01","to":"2024-09-30","indicators":{
//            "dossiers.resolved":{"value":3531}, ...,
//            "rate.resolved_in_time":{"numerator":3526,"denominator":3531,"rate":0.99858...}, ...}}
//         (indicators in definition order; "rate" is null when the denominator is 0)
//   text  a heading, then one line per indicator: id, Vietnamese value ("3.531", "99,86% (3.526/3.531)"),
//         unit and name
//   explain  the codes behind one figure, one per line (a rate: its numerator's codes)
// Pure functions; thread-safe.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "report/indicators.h"
#include "report/report_period.h"

namespace motcua {

nlohmann::ordered_json IndicatorsToJson(std::string_view unit_code, const ReportPeriod& period,
                                        const IndicatorSet& indicators);
// {"unit","from","to","indicator","codes":[...]}: the JSON form of an explanation.
nlohmann::ordered_json ExplanationToJson(std::string_view unit_code, const ReportPeriod& period,
                                         const IndicatorValue& value);

std::string IndicatorsToText(std::string_view unit_code, std::string_view unit_name,
                             const ReportPeriod& period, const IndicatorSet& indicators);
std::string ExplanationToText(const IndicatorValue& value);

}  // namespace motcua
