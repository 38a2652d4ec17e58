#include "web/pages/dashboard_charts.h"

#include <algorithm>

#include "base/vn_format.h"

namespace motcua::web::pages {
namespace {

using nlohmann::json;

constexpr int64_t kLeft = 48;  // room for the value ticks
constexpr int64_t kTop = 12;
constexpr int64_t kBottom = 28;  // room for the group labels
constexpr int64_t kPlotHeight = 180;
constexpr int kTicks = 4;

int64_t MaxOf(const std::vector<int64_t>& values) {
  int64_t max = 0;
  for (int64_t value : values) max = std::max(max, value);
  return max;
}

// A round axis maximum at or above `max`: 1, 2 or 5 times a power of ten, at least kTicks.
int64_t AxisMax(int64_t max) {
  int64_t step = 1;
  while (true) {
    for (int64_t factor : {1, 2, 5}) {
      if (step * factor * kTicks >= max) return step * factor * kTicks;
    }
    step *= 10;
  }
}

json Legend(const std::vector<ChartSeries>& series) {
  json legend = json::array();
  for (const ChartSeries& one : series) legend.push_back({{"label", one.label}, {"cls", one.css_class}});
  return legend;
}

json Table(const std::string& group_heading, const std::vector<std::string>& groups,
           const std::vector<ChartSeries>& series) {
  json head = json::array({group_heading});
  for (const ChartSeries& one : series) head.push_back(one.label);
  json rows = json::array();
  for (size_t g = 0; g < groups.size(); ++g) {
    json cells = json::array();
    for (const ChartSeries& one : series) cells.push_back(FormatVnInteger(one.values[g]));
    rows.push_back({{"label", groups[g]}, {"cells", std::move(cells)}});
  }
  return {{"head", std::move(head)}, {"rows", std::move(rows)}};
}

std::string Tip(const std::string& group, const ChartSeries& series, int64_t value) {
  std::string tip = group;
  tip.append(", ").append(series.label).append(": ").append(FormatVnInteger(value));
  return tip;
}

}  // namespace

json GroupedBarChart(const std::string& title, const std::string& group_heading,
                     const std::vector<std::string>& groups, const std::vector<ChartSeries>& series) {
  int64_t max = 0;
  for (const ChartSeries& one : series) max = std::max(max, MaxOf(one.values));
  const int64_t axis_max = AxisMax(max);
  const int64_t per_series = 14;
  const int64_t group_width = std::max<int64_t>(40, per_series * static_cast<int64_t>(series.size()) + 12);
  const int64_t width = kLeft + group_width * static_cast<int64_t>(groups.size()) + 8;
  const int64_t height = kTop + kPlotHeight + kBottom;
  const int64_t base = kTop + kPlotHeight;
  json bars = json::array();
  json labels = json::array();
  for (size_t g = 0; g < groups.size(); ++g) {
    const int64_t group_x = kLeft + group_width * static_cast<int64_t>(g);
    const int64_t first_x = group_x + (group_width - per_series * static_cast<int64_t>(series.size())) / 2;
    for (size_t s = 0; s < series.size(); ++s) {
      const int64_t value = series[s].values[g];
      const int64_t h = value * kPlotHeight / axis_max;
      bars.push_back({{"x", first_x + per_series * static_cast<int64_t>(s)},
                      {"y", base - h},
                      {"w", per_series - 2},
                      {"h", h},
                      {"cls", series[s].css_class},
                      {"tip", Tip(groups[g], series[s], value)}});
    }
    labels.push_back({{"x", group_x + group_width / 2}, {"y", base + 18}, {"text", groups[g]}});
  }
  json ticks = json::array();
  for (int i = 0; i <= kTicks; ++i) {
    const int64_t y = base - kPlotHeight * i / kTicks;
    ticks.push_back({{"x1", kLeft},
                     {"x2", width - 4},
                     {"y", y},
                     {"tx", kLeft - 6},
                     {"ty", y + 4},
                     {"text", FormatVnInteger(axis_max * i / kTicks)}});
  }
  return {{"title", title},
          {"width", width},
          {"height", height},
          {"bars", std::move(bars)},
          {"labels", std::move(labels)},
          {"ticks", std::move(ticks)},
          {"legend", Legend(series)},
          {"table", Table(group_heading, groups, series)}};
}

json StackedBarChart(const std::string& title, const std::string& group_heading,
                     const std::vector<std::string>& groups, const std::vector<ChartSeries>& series) {
  constexpr int64_t kLabelWidth = 190;  // field names, cut by the template's layout if longer
  constexpr int64_t kPlotWidth = 420;
  constexpr int64_t kRow = 26;
  int64_t max = 0;
  for (size_t g = 0; g < groups.size(); ++g) {
    int64_t sum = 0;
    for (const ChartSeries& one : series) sum += one.values[g];
    max = std::max(max, sum);
  }
  const int64_t axis_max = AxisMax(max);
  const int64_t width = kLabelWidth + kPlotWidth + 16;
  const int64_t height = kTop + kRow * static_cast<int64_t>(groups.size()) + kBottom;
  json bars = json::array();
  json labels = json::array();
  for (size_t g = 0; g < groups.size(); ++g) {
    const int64_t y = kTop + kRow * static_cast<int64_t>(g);
    int64_t x = kLabelWidth;
    int64_t sum = 0;
    for (const ChartSeries& one : series) {
      const int64_t value = one.values[g];
      sum += value;
      // Each bar ends where the running sum ends, so rounding never adds up past the total's length.
      const int64_t end = kLabelWidth + sum * kPlotWidth / axis_max;
      bars.push_back({{"x", x},
                      {"y", y + 4},
                      {"w", end - x},
                      {"h", kRow - 8},
                      {"cls", one.css_class},
                      {"tip", Tip(groups[g], one, value)}});
      x = end;
    }
    labels.push_back({{"x", kLabelWidth - 6}, {"y", y + kRow / 2 + 4}, {"text", groups[g]}});
  }
  const int64_t base = kTop + kRow * static_cast<int64_t>(groups.size());
  json ticks = json::array();
  for (int i = 0; i <= kTicks; ++i) {
    const int64_t x = kLabelWidth + kPlotWidth * i / kTicks;
    ticks.push_back({{"x", x},
                     {"y1", kTop},
                     {"y2", base},
                     {"ty", base + 16},
                     {"text", FormatVnInteger(axis_max * i / kTicks)}});
  }
  return {{"title", title},
          {"width", width},
          {"height", height},
          {"bars", std::move(bars)},
          {"labels", std::move(labels)},
          {"vticks", std::move(ticks)},
          {"legend", Legend(series)},
          {"table", Table(group_heading, groups, series)}};
}

}  // namespace motcua::web::pages
