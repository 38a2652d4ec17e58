// The dashboard's charts as data for the template (data/templates/web/partials/chart.mustache): the geometry
// of an inline SVG drawn on the server (no script, no external service) and the plain table of the same
// numbers. Every text goes through the template's escaping; the numbers are integers in the SVG's viewBox.
// Pure; thread-safe.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace motcua::web::pages {

// One series of figures: a legend entry and a CSS class that colours its bars ("s1", "s2", "s3").
struct ChartSeries {
  std::string label;
  std::string css_class;
  std::vector<int64_t> values;  // one per group, in the order of the group labels
};

// Vertical bars side by side per group (months): {"title","width","height","bars":[{"x","y","w","h","cls",
// "tip"}],"labels":[{"x","y","text"}],"ticks":[...],"legend":[...],"table":{"head":[...],"rows":[...]}}.
nlohmann::json GroupedBarChart(const std::string& title, const std::string& group_heading,
                               const std::vector<std::string>& groups,
                               const std::vector<ChartSeries>& series);

// Horizontal bars, one per group (fields), the series stacked left to right; same keys.
nlohmann::json StackedBarChart(const std::string& title, const std::string& group_heading,
                               const std::vector<std::string>& groups,
                               const std::vector<ChartSeries>& series);

}  // namespace motcua::web::pages
