// motcua report indicators --data DIR --unit CODE --from YYYY-MM-DD --to YYYY-MM-DD [--format json|text]
//                          [--explain ID] [--database URL]
// prints the indicators of a unit and the units below it over whole days [from 00:00, to 24:00] (Vietnam
// time), computed from the journal as of the period end (report/indicator_service.h): the JSON document of
// report/indicator_format.h, or a text table. With --explain ID it prints the codes behind that one figure,
// one per line (JSON with --format json). Runs with the server's rights (a command on the server). Every bad
// input is refused with a Vietnamese message before anything is computed.
//
// motcua report bieu06 --data DIR|--database URL --unit CODE --from YYYY-MM-DD --to YYYY-MM-DD --out FILE
// writes Biểu số 06/VPCP/KSTT by field (report/bieu06.h) as FILE.xlsx or FILE.pdf (the extension chooses),
// through a temporary file beside it renamed into place, so FILE is either the whole new form or untouched.
// When stderr is a terminal and the work takes over a second, a progress line is shown there.
//
// motcua report 766 --data DIR --unit CODE --from --to [--format json|text] [--formula FILE] [--database URL]
// prints the Decision 766 criteria (report/decision766.h): each raw ratio with its numerator and denominator
// and the points of FILE's formula (default: DIR/decision766.json if present, else the embedded one).
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <ostream>

#include "base/vn_format.h"
#include "cli/command.h"
#include "cli/engine.h"
#include "report/bieu06_render.h"
#include "report/bieu06_service.h"
#include "report/decision766.h"
#include "report/indicator_format.h"
#include "report/indicator_service.h"

namespace motcua::cli {

namespace {

struct IndicatorOptions {
  std::string unit;
  std::string from;
  std::string to;
  std::string format = "text";
  std::string explain;
  std::string database;
  std::string formula;  // 766 only
};

Status Missing(std::string_view option, std::string_view example) {
  return Status::InvalidArgument("missing " + std::string(option), "Thiếu tùy chọn " + std::string(option) +
                                                                       " (ví dụ: " + std::string(option) +
                                                                       " " + std::string(example) + ").");
}

Status RunIndicators(const CommandContext& context, const IndicatorOptions& options) {
  // Everything the user typed is checked before the database is opened.
  if (options.unit.empty()) return Missing("--unit", "000.00.20.H31");
  if (options.from.empty()) return Missing("--from", "2023-10-01");
  if (options.to.empty()) return Missing("--to", "2024-09-30");
  if (options.format != "json" && options.format != "text") {
    return Status::InvalidArgument(
        "unknown format '" + options.format + "'",
        "Định dạng '" + options.format + "' không được hỗ trợ; chọn json hoặc text.");
  }
  MOTCUA_ASSIGN_OR_RETURN(const ReportPeriod period, ParseReportPeriod(options.from, options.to));
  const IndicatorDefinition* explained = nullptr;
  if (!options.explain.empty()) {
    MOTCUA_ASSIGN_OR_RETURN(explained, RequireIndicator(options.explain));
  }

  MOTCUA_ASSIGN_OR_RETURN(std::unique_ptr<Engine> engine, OpenEngine(context.data_dir, options.database));
  IndicatorService service(*engine->store, engine->catalog, *engine->calendars);
  MOTCUA_ASSIGN_OR_RETURN(const IndicatorReport report, service.Compute(options.unit, period));
  std::ostream& out = *context.out;
  if (explained != nullptr) {
    const IndicatorValue& value = *report.indicators.Find(explained->id);
    if (options.format == "json") {
      out << ExplanationToJson(report.unit.code, period, value).dump(2) << "\n";
    } else {
      out << ExplanationToText(value);
    }
    return Status::Ok();
  }
  if (options.format == "json") {
    out << IndicatorsToJson(report.unit.code, period, report.indicators).dump(2) << "\n";
  } else {
    out << IndicatorsToText(report.unit.code, report.unit.name, period, report.indicators);
  }
  return Status::Ok();
}

Status RunDecision766(const CommandContext& context, const IndicatorOptions& options) {
  if (options.unit.empty()) return Missing("--unit", "000.00.20.H31");
  if (options.from.empty()) return Missing("--from", "2023-10-01");
  if (options.to.empty()) return Missing("--to", "2024-09-30");
  if (options.format != "json" && options.format != "text") {
    return Status::InvalidArgument(
        "unknown format '" + options.format + "'",
        "Định dạng '" + options.format + "' không được hỗ trợ; chọn json hoặc text.");
  }
  MOTCUA_ASSIGN_OR_RETURN(const ReportPeriod period, ParseReportPeriod(options.from, options.to));
  const std::string formula_file =
      options.formula.empty() ? (std::filesystem::path(context.data_dir) / "decision766.json").string()
                              : options.formula;
  if (!options.formula.empty() && !std::filesystem::exists(formula_file)) {
    return Status::NotFound("no formula file " + formula_file,
                            "Không có tệp công thức 766 '" + formula_file + "'.");
  }
  MOTCUA_ASSIGN_OR_RETURN(const Decision766Formula formula, LoadDecision766Formula(formula_file));

  MOTCUA_ASSIGN_OR_RETURN(std::unique_ptr<Engine> engine, OpenEngine(context.data_dir, options.database));
  IndicatorService service(*engine->store, engine->catalog, *engine->calendars);
  MOTCUA_ASSIGN_OR_RETURN(const IndicatorReport report, service.Compute(options.unit, period));
  const Decision766Result result = ScoreDecision766(formula, report.indicators);
  if (options.format == "json") {
    *context.out << Decision766ToJson(report.unit.code, period, formula, result).dump(2) << "\n";
  } else {
    *context.out << Decision766ToText(report.unit.code, period, formula, result);
  }
  return Status::Ok();
}

struct Bieu06Options {
  std::string unit;
  std::string from;
  std::string to;
  std::string out;
  std::string database;
};

enum class Bieu06Format { kXlsx, kPdf };

std::string LowerAscii(std::string text) {
  for (char& c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return text;
}

Result<Bieu06Format> FormatOfPath(const std::string& out) {
  const std::string extension = LowerAscii(std::filesystem::path(out).extension().string());
  if (extension == ".xlsx") return Bieu06Format::kXlsx;
  if (extension == ".pdf") return Bieu06Format::kPdf;
  return Status::InvalidArgument(
      "unsupported output extension '" + extension + "'",
      "Không hỗ trợ ghi Biểu 06 ra tệp '" + out + "': tên tệp phải kết thúc bằng .xlsx hoặc .pdf.");
}

// A line on the terminal that counts the dossiers read, shown only when stderr is a terminal and only once
// the work has taken more than a second (a quick report prints nothing).
class ProgressLine {
 public:
  explicit ProgressLine(std::ostream& err)
      : err_(err), enabled_(&err == &std::cerr && ::isatty(STDERR_FILENO) == 1) {}
  ~ProgressLine() { Done(); }

  void Update(int64_t dossiers) {
    if (!enabled_ || dossiers % 256 != 0) return;
    Show("Đang lập Biểu 06: đã đọc " + FormatVnInteger(dossiers) + " hồ sơ...");
  }
  void Stage(const std::string& text) {
    if (enabled_) Show(text);
  }
  void Done() {
    if (shown_) err_ << "\r\033[K" << std::flush;
    shown_ = false;
  }

 private:
  void Show(const std::string& text) {
    if (std::chrono::steady_clock::now() - started_ < std::chrono::seconds(1)) return;
    err_ << "\r\033[K" << text << std::flush;
    shown_ = true;
  }

  std::ostream& err_;
  bool enabled_;
  bool shown_ = false;
  std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
};

// Writes `bytes` to a new temporary file in the directory of `out`, then renames it over `out`: a reader
// never sees half a file, and a failure leaves `out` as it was.
Status WriteAtomically(const std::string& out, const std::string& bytes) {
  const std::filesystem::path target(out);
  const std::filesystem::path directory = target.has_parent_path() ? target.parent_path() : ".";
  std::string pattern = (directory / ("." + target.filename().string() + ".XXXXXX")).string();
  const int fd = ::mkstemp(pattern.data());
  const Status cannot_write = Status::Internal(
      "cannot write " + out, "Không ghi được tệp '" + out + "' (kiểm tra thư mục và quyền ghi).");
  if (fd < 0) return cannot_write;
  size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
    if (n <= 0) break;
    written += static_cast<size_t>(n);
  }
  const bool complete = written == bytes.size() && ::fsync(fd) == 0;
  ::close(fd);
  std::error_code error;
  if (complete) {
    std::filesystem::permissions(pattern,
                                 std::filesystem::perms::owner_read | std::filesystem::perms::owner_write |
                                     std::filesystem::perms::group_read | std::filesystem::perms::others_read,
                                 error);
    std::filesystem::rename(pattern, target, error);
    if (!error) return Status::Ok();
  }
  std::filesystem::remove(pattern, error);
  return cannot_write;
}

Status RunBieu06(const CommandContext& context, const Bieu06Options& options) {
  if (options.unit.empty()) return Missing("--unit", "000.00.20.H31");
  if (options.from.empty()) return Missing("--from", "2023-10-01");
  if (options.to.empty()) return Missing("--to", "2024-09-30");
  if (options.out.empty()) return Missing("--out", "bieu06.xlsx");
  MOTCUA_ASSIGN_OR_RETURN(const ReportPeriod period, ParseReportPeriod(options.from, options.to));
  MOTCUA_ASSIGN_OR_RETURN(const Bieu06Format format, FormatOfPath(options.out));

  MOTCUA_ASSIGN_OR_RETURN(std::unique_ptr<Engine> engine, OpenEngine(context.data_dir, options.database));
  IndicatorService service(*engine->store, engine->catalog, *engine->calendars);
  ProgressLine progress(*context.err);
  MOTCUA_ASSIGN_OR_RETURN(const Bieu06Report report,
                          ComputeBieu06(*engine->store, service, options.unit, period,
                                        [&progress](int64_t dossiers) { progress.Update(dossiers); }));
  progress.Stage(format == Bieu06Format::kPdf ? "Đang tạo tệp PDF..." : "Đang tạo tệp XLSX...");
  const Bieu06Heading heading =
      Bieu06HeadingFor(report.unit, report.parent ? &*report.parent : nullptr, LocalDate(Now()));
  MOTCUA_ASSIGN_OR_RETURN(const std::string bytes, format == Bieu06Format::kPdf
                                                       ? RenderBieu06Pdf(report.form, heading)
                                                       : RenderBieu06Xlsx(report.form, heading));
  MOTCUA_RETURN_IF_ERROR(WriteAtomically(options.out, bytes));
  progress.Done();
  *context.out << "Đã ghi Biểu 06 của " << report.unit.code << " (" << report.unit.name << "), "
               << report.form.rows.size() << " lĩnh vực, từ ngày " << FormatVnDate(period.from)
               << " đến ngày " << FormatVnDate(period.to) << " vào " << options.out << "\n";
  return Status::Ok();
}

// The options every report takes: the unit, the period and the database.
void AddPeriodOptions(CLI::App& command, std::string& unit, std::string& from, std::string& to,
                      std::string& database) {
  command.add_option("--unit", unit, "Mã đơn vị, ví dụ 000.00.20.H31");
  command.add_option("--from", from, "Ngày đầu kỳ YYYY-MM-DD (từ 00:00)");
  command.add_option("--to", to, "Ngày cuối kỳ YYYY-MM-DD (đến hết 24:00)");
  command.add_option("--database", database, "URL cơ sở dữ liệu (mặc định: của DIR)");
}

}  // namespace

void RegisterReportCommands(CLI::App& app, CommandContext& context) {
  CLI::App* report = app.add_subcommand("report", "Báo cáo từ sổ theo dõi hồ sơ (reports; docs/reports.md)");
  report->require_subcommand(1);
  auto options = std::make_shared<IndicatorOptions>();
  CLI::App* indicators = report->add_subcommand(
      "indicators",
      "Các chỉ tiêu của đơn vị (và đơn vị trực thuộc) trong kỳ: số hồ sơ, tỷ lệ, PAKN, thủ tục");
  AddDataOption(*indicators, context);
  AddPeriodOptions(*indicators, options->unit, options->from, options->to, options->database);
  indicators->add_option("--format", options->format, "json hoặc text (mặc định text)");
  indicators->add_option("--explain", options->explain,
                         "Mã một chỉ tiêu (ví dụ dossiers.resolved.late): in mã các hồ sơ tạo nên số liệu, "
                         "mỗi dòng một mã");
  indicators->callback([&context, options] {
    context.action = [&context, options] { return RunIndicators(context, *options); };
  });

  auto options766 = std::make_shared<IndicatorOptions>();
  CLI::App* decision766 = report->add_subcommand(
      "766", "Bộ chỉ số 766 (QĐ 766/QĐ-TTg): tỷ lệ thô với tử số, mẫu số và điểm theo công thức cấu hình");
  AddDataOption(*decision766, context);
  AddPeriodOptions(*decision766, options766->unit, options766->from, options766->to, options766->database);
  decision766->add_option("--format", options766->format, "json hoặc text (mặc định text)");
  decision766->add_option("--formula", options766->formula,
                          "Tệp công thức điểm (mặc định DIR/decision766.json nếu có, nếu không thì công thức "
                          "kèm chương trình)");
  decision766->callback([&context, options766] {
    context.action = [&context, options766] { return RunDecision766(context, *options766); };
  });

  auto bieu06_options = std::make_shared<Bieu06Options>();
  CLI::App* bieu06 = report->add_subcommand(
      "bieu06",
      "Biểu số 06/VPCP/KSTT: tình hình, kết quả giải quyết TTHC theo lĩnh vực, ra tệp .xlsx hoặc .pdf");
  AddDataOption(*bieu06, context);
  AddPeriodOptions(*bieu06, bieu06_options->unit, bieu06_options->from, bieu06_options->to,
                   bieu06_options->database);
  bieu06->add_option("--out", bieu06_options->out, "Tệp kết quả: .xlsx hoặc .pdf (theo phần mở rộng)");
  bieu06->callback([&context, bieu06_options] {
    context.action = [&context, bieu06_options] { return RunBieu06(context, *bieu06_options); };
  });
}

}  // namespace motcua::cli
