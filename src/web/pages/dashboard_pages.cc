// The leaders' dashboard (docs/pages.md "Dashboard"):
//   GET /bao-cao?tu=dd/mm/yyyy&den=dd/mm/yyyy   key figures of the officer's unit over the period (default:
//       this quarter), each linked to its dossiers; monthly and by-field charts (inline SVG drawn here, with
//       a table of the same numbers); the overdue dossiers at the period end.
//   GET /bao-cao/chi-tieu?id=<indicator>&tu=&den=&trang=  the dossier codes behind one figure (a rate: its
//       numerator's), 200 a page.
// Access: reports.view on the officer's unit (auth/access.h, with the unit's parent chain, as the report
// API). Figures come from IndicatorService::Compute; the trends from one scan
// (report/monthly_series_service.h) that also feeds Biểu 06's per-field collectors.
#include <spdlog/spdlog.h>

#include <chrono>

#include "auth/access.h"
#include "base/vn_format.h"
#include "report/bieu06.h"
#include "report/indicator_service.h"
#include "report/monthly_series_service.h"
#include "store/account_records.h"
#include "web/pages/dashboard_charts.h"
#include "web/pages/dashboard_range.h"
#include "web/pages/page_handlers.h"
#include "web/pages/page_routes.h"
#include "web/pages/view_format.h"

namespace motcua::web::pages {
namespace {

using nlohmann::json;

constexpr int kCodesPerPage = 200;     // keeps the list page under 100 KB
constexpr size_t kOverdueShown = 100;  // on the dashboard; the rest through the figure's link

// The services over the page context's store; the catalogue outlives every request (held by DossierService).
struct ReportServices {
  IndicatorService indicators;
  MonthlySeriesService series;
};

ReportServices ServicesOf(const PageContext& context) {
  const std::shared_ptr<const Catalog> catalog(std::shared_ptr<const Catalog>(), &context.catalog());
  return {IndicatorService(context.store(), catalog, context.calendars()),
          MonthlySeriesService(context.store(), catalog, context.calendars())};
}

// reports.view on the officer's own unit, reached as the API reaches it (the unit's parent chain).
Status MayViewReports(IndicatorService& service, const User& user) {
  Resource resource;
  resource.unit_code = user.unit_code;
  MOTCUA_ASSIGN_OR_RETURN(resource.ancestor_units, service.AncestorUnits(user.unit_code));
  return Authorize(PrincipalOf(user), Permission::kViewReports, resource);
}

PageFrame FrameFor(const Caller& caller, std::string title) {
  PageFrame frame;
  frame.title = std::move(title);
  frame.caller = &caller;
  frame.nav = "bao-cao";
  return frame;
}

std::string ExplainHref(std::string_view id, const DashboardRange& range) {
  return "/bao-cao/chi-tieu" +
         QueryString(
             {{"id", std::string(id)}, {"tu", FormatVnDate(range.from)}, {"den", FormatVnDate(range.to)}});
}

// One figure of the key-figure blocks: its label, value ("3.531" or "99,86%"), a rate's "3.526/3.531", the
// link to its dossiers (none for PAKN: those are not dossiers).
json Figure(const IndicatorSet& set, std::string_view id, std::string_view label,
            const DashboardRange& range) {
  const IndicatorValue* value = set.Find(id);
  json figure = {{"id", std::string(id)},
                 {"label", std::string(label)},
                 {"value", value->FormatVi()},
                 {"detail", nullptr},
                 {"href", nullptr}};
  if (value->is_rate()) {
    figure["detail"] = FormatVnInteger(value->numerator) + "/" + FormatVnInteger(value->denominator);
  }
  if (value->definition->subject == IndicatorSubject::kDossiers) figure["href"] = ExplainHref(id, range);
  return figure;
}

struct FigureSpec {
  std::string_view id;
  std::string_view label;
};

struct FigureGroup {
  std::string_view heading;
  std::vector<FigureSpec> figures;
};

const std::vector<FigureGroup>& FigureGroups() {
  static const std::vector<FigureGroup> groups = {
      {"Tiếp nhận",
       {{"dossiers.received", "Hồ sơ tiếp nhận mới"},
        {"dossiers.received.online", "Trực tuyến"},
        {"dossiers.received.direct", "Trực tiếp"},
        {"dossiers.received.postal", "Qua bưu chính công ích"},
        {"dossiers.carried_over", "Từ kỳ trước chuyển sang"}}},
      {"Giải quyết",
       {{"dossiers.resolved", "Hồ sơ đã giải quyết"},
        {"dossiers.resolved.early", "Trước hạn"},
        {"dossiers.resolved.on_time", "Đúng hạn"},
        {"dossiers.resolved.late", "Quá hạn"},
        {"rate.resolved_in_time", "Tỷ lệ giải quyết trước hạn và đúng hạn"}}},
      {"Đang giải quyết (cuối kỳ)",
       {{"dossiers.pending", "Hồ sơ đang giải quyết"},
        {"dossiers.pending.within_deadline", "Trong hạn"},
        {"dossiers.pending.overdue", "Quá hạn"},
        {"dossiers.withdrawn", "Rút hoặc dừng xử lý"}}},
      {"Số hóa, trực tuyến, hài lòng",
       {{"rate.digitized_dossiers", "Tỷ lệ hồ sơ số hóa đầy đủ"},
        {"rate.digitized_results", "Tỷ lệ kết quả được số hóa"},
        {"rate.online", "Tỷ lệ hồ sơ tiếp nhận trực tuyến"},
        {"rate.satisfied", "Tỷ lệ đánh giá hài lòng"}}},
      {"Phản ánh, kiến nghị",
       {{"pakn.received", "Phản ánh, kiến nghị tiếp nhận"},
        {"pakn.resolved", "Đã giải quyết xong"},
        {"rate.pakn_on_time", "Tỷ lệ xử lý đúng hạn"}}},
  };
  return groups;
}

std::string MonthLabel(const ReportPeriod& month) {
  std::string label = std::to_string(month.from.month) + "/" + std::to_string(month.from.year);
  return label;
}

json RangeView(std::string_view from_text, std::string_view to_text, CivilDate today) {
  json presets = json::array();
  for (const DashboardPreset& preset : DashboardPresets(today)) {
    presets.push_back({{"label", preset.label}, {"href", "/bao-cao" + DashboardQuery(preset.range)}});
  }
  return {{"from", std::string(from_text)}, {"to", std::string(to_text)}, {"presets", std::move(presets)}};
}

Result<Response> Dashboard(const PageContext& context, const Request& request, const Caller& caller) {
  const auto started = std::chrono::steady_clock::now();
  ReportServices services = ServicesOf(context);
  MOTCUA_RETURN_IF_ERROR(MayViewReports(services.indicators, caller.user));
  const CivilDate today = LocalDate(context.Now());
  json view = RangeView(TruncateUtf8(request.QueryParam("tu").value_or(""), 40),
                        TruncateUtf8(request.QueryParam("den").value_or(""), 40), today);
  view["error"] = nullptr;
  view["has_range"] = false;
  PageFrame frame = FrameFor(caller, "Báo cáo");
  const Result<DashboardRange> range =
      ParseDashboardRange(request.QueryParam("tu"), request.QueryParam("den"), today);
  if (!range.ok()) {
    if (range.status().code() != StatusCode::kInvalidArgument) return range.status();
    view["error"] = range.status().user_message();
    return context.Page(400, "dashboard", view, frame);
  }
  view["from"] = FormatVnDate(range->from);
  view["to"] = FormatVnDate(range->to);
  view["has_range"] = true;
  MOTCUA_ASSIGN_OR_RETURN(const ReportPeriod period, MakeReportPeriod(range->from, range->to));
  MOTCUA_ASSIGN_OR_RETURN(const IndicatorReport report,
                          services.indicators.Compute(caller.user.unit_code, period));
  view["unit"] = report.unit.name;
  const IndicatorSet& set = report.indicators;

  json groups = json::array();
  for (const FigureGroup& group : FigureGroups()) {
    json figures = json::array();
    for (const FigureSpec& spec : group.figures) figures.push_back(Figure(set, spec.id, spec.label, *range));
    groups.push_back({{"heading", std::string(group.heading)}, {"figures", std::move(figures)}});
  }
  view["groups"] = std::move(groups);

  // The trends and the fields: one scan of the journals over the trend range (report/monthly_series.h).
  const ReportPeriod trend = TrendRange(period);
  MonthlySeries series(MonthsBetween(trend.from, trend.to));
  Bieu06Builder by_field(period);
  MOTCUA_ASSIGN_OR_RETURN(const std::vector<Unit> units, services.indicators.UnitTree(caller.user.unit_code));
  MOTCUA_RETURN_IF_ERROR(
      services.series.Collect(units, series, [&](const Dossier& dossier, std::string_view field_code) {
        by_field.AddDossier(dossier, field_code);
      }));
  const std::vector<IndicatorSet> months = series.Finish();
  std::vector<std::string> month_labels;
  ChartSeries received{"Tiếp nhận mới", "s1", {}};
  ChartSeries in_time{"Giải quyết trước hạn và đúng hạn", "s2", {}};
  ChartSeries late{"Giải quyết quá hạn", "s3", {}};
  for (size_t i = 0; i < months.size(); ++i) {
    month_labels.push_back(MonthLabel(series.months()[i]));
    received.values.push_back(months[i].Count("dossiers.received"));
    in_time.values.push_back(months[i].Count("dossiers.resolved.in_time"));
    late.values.push_back(months[i].Count("dossiers.resolved.late"));
  }
  view["trend_note"] =
      trend.from == period.from
          ? "Theo tháng trong kỳ."
          : "Kỳ ngắn hơn hai tháng: biểu đồ hiện 12 tháng đến hết ngày " + FormatVnDate(period.to) + ".";
  view["monthly"] = GroupedBarChart("Hồ sơ tiếp nhận và giải quyết theo tháng, từ " +
                                        FormatVnDate(trend.from) + " đến " + FormatVnDate(trend.to),
                                    "Tháng", month_labels, {received, in_time, late});

  const Bieu06 form = by_field.Finish(context.catalog().fields());
  std::vector<std::string> field_labels;
  ChartSeries early{"Trước hạn", "s2", {}};
  ChartSeries on_time{"Đúng hạn", "s1", {}};
  ChartSeries overdue{"Quá hạn", "s3", {}};
  for (const Bieu06Row& row : form.rows) {
    if (row.value(Bieu06Column::kResolvedTotal) == 0) continue;
    field_labels.push_back(row.field_name);
    early.values.push_back(row.value(Bieu06Column::kResolvedEarly));
    on_time.values.push_back(row.value(Bieu06Column::kResolvedOnTime));
    overdue.values.push_back(row.value(Bieu06Column::kResolvedLate));
  }
  view["has_fields"] = !field_labels.empty();
  view["by_field"] = StackedBarChart("Hồ sơ đã giải quyết theo lĩnh vực, từ " + FormatVnDate(period.from) +
                                         " đến " + FormatVnDate(period.to),
                                     "Lĩnh vực", field_labels, {early, on_time, overdue});

  const IndicatorValue* overdue_now = set.Find("dossiers.pending.overdue");
  json overdue_rows = json::array();
  for (size_t i = 0; i < overdue_now->codes.size() && i < kOverdueShown; ++i) {
    overdue_rows.push_back({{"code", overdue_now->codes[i]}, {"href", "/ho-so/" + overdue_now->codes[i]}});
  }
  view["has_overdue"] = !overdue_rows.empty();
  view["overdue"] = std::move(overdue_rows);
  view["overdue_count"] = FormatVnInteger(overdue_now->value);
  view["overdue_more"] = overdue_now->codes.size() > kOverdueShown;
  view["overdue_href"] = ExplainHref("dossiers.pending.overdue", *range);
  spdlog::debug(
      "pages: dashboard of {} {}..{} in {} ms", caller.user.unit_code, FormatIsoDate(period.from),
      FormatIsoDate(period.to),
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started)
          .count());
  return context.Page(200, "dashboard", view, frame);
}

Result<Response> Explain(const PageContext& context, const Request& request, const Caller& caller) {
  ReportServices services = ServicesOf(context);
  MOTCUA_RETURN_IF_ERROR(MayViewReports(services.indicators, caller.user));
  PageFrame frame = FrameFor(caller, "Hồ sơ của chỉ tiêu");
  const std::string id(TruncateUtf8(request.QueryParam("id").value_or(""), 80));
  const IndicatorDefinition* definition = FindIndicator(id);
  if (definition == nullptr || definition->subject != IndicatorSubject::kDossiers) {
    return context.ErrorPage(
        Status::InvalidArgument("unknown dashboard indicator '" + id + "'",
                                "Chỉ tiêu \"" + id +
                                    "\" không có trong báo cáo hoặc không phải chỉ tiêu về hồ sơ. Vui lòng "
                                    "quay lại trang Báo cáo và bấm vào một số liệu."),
        frame);
  }
  const Result<DashboardRange> range =
      ParseDashboardRange(request.QueryParam("tu"), request.QueryParam("den"), LocalDate(context.Now()));
  if (!range.ok()) return context.ErrorPage(range.status(), frame);
  MOTCUA_ASSIGN_OR_RETURN(const ReportPeriod period, MakeReportPeriod(range->from, range->to));
  MOTCUA_ASSIGN_OR_RETURN(const IndicatorReport report,
                          services.indicators.Compute(caller.user.unit_code, period));
  const IndicatorValue* value = report.indicators.Find(definition->id);
  const int page = PageNumber(request.QueryParam("trang").value_or(""));
  json rows = json::array();
  const size_t first = static_cast<size_t>(page - 1) * kCodesPerPage;
  for (size_t i = first; i < value->codes.size() && i < first + kCodesPerPage; ++i) {
    rows.push_back({{"number", i + 1}, {"code", value->codes[i]}, {"href", "/ho-so/" + value->codes[i]}});
  }
  json view = {{"name", std::string(definition->name_vi)},
               {"id", std::string(definition->id)},
               {"value", value->FormatVi()},
               {"is_rate", value->is_rate()},
               {"detail", FormatVnInteger(value->numerator) + "/" + FormatVnInteger(value->denominator)},
               {"count", FormatVnInteger(static_cast<int64_t>(value->codes.size()))},
               {"unit", report.unit.name},
               {"from", FormatVnDate(range->from)},
               {"to", FormatVnDate(range->to)},
               {"back_href", "/bao-cao" + DashboardQuery(*range)},
               {"rows", std::move(rows)}};
  view["pager"] =
      PagerJson(static_cast<int64_t>(value->codes.size()), page, kCodesPerPage, "/bao-cao/chi-tieu",
                {{"id", std::string(definition->id)},
                 {"tu", FormatVnDate(range->from)},
                 {"den", FormatVnDate(range->to)}});
  return context.Page(200, "dashboard_codes", view, frame);
}

}  // namespace

void AddDashboardPages(Router& router, std::shared_ptr<const PageContext> context) {
  router.Get("/bao-cao", OfficerPage(context, [context](const Request& request, const Caller& caller) {
               return Dashboard(*context, request, caller);
             }));
  router.Get("/bao-cao/chi-tieu",
             OfficerPage(context, [context](const Request& request, const Caller& caller) {
               return Explain(*context, request, caller);
             }));
}

}  // namespace motcua::web::pages
