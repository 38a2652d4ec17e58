// `motcua calendar due|days-off|lunar|solar`: the calendar engine from the command line, for scripts and for
// checking a due time by hand. Output on stdout is meant for scripts (one value per line); errors go through
// Status (Vietnamese on stderr, non-zero exit). The national calendar is built from the decision file
// compiled into the binary (data/calendar/vn-day-off-decisions.tsv) with the default office hours.
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "base/embedded_files.h"
#include "calendar/day_off_decisions.h"
#include "calendar/due_time.h"
#include "calendar/lunar.h"
#include "calendar/work_calendar.h"
#include "cli/command.h"

namespace motcua::cli {
namespace {

Result<DayOffDecisions> ShippedDecisions() {
  const std::optional<std::string_view> content = FindEmbeddedFile(kDayOffDecisionsFile);
  if (!content) {
    return Status::Internal("embedded " + std::string(kDayOffDecisionsFile) + " is missing",
                            "Thiếu tệp ngày nghỉ lễ trong chương trình.");
  }
  return ParseDayOffDecisions(*content, kDayOffDecisionsFile);
}

struct DueOptions {
  std::string received;
  std::string duration;
  std::string cutoff;
  std::vector<std::string> pauses;
};

// "START/END" or "START/" (still paused).
Result<ClockPause> ParsePause(const std::string& text) {
  const size_t slash = text.find('/');
  if (slash == std::string::npos) {
    return Status::InvalidArgument(
        "pause '" + text + "' is not START/END",
        "Khoảng tạm dừng không hợp lệ: '" + text +
            "' (định dạng BẮT_ĐẦU/KẾT_THÚC, ví dụ 2024-02-19T10:00/2024-02-20T08:00; "
            "bỏ trống KẾT_THÚC nếu đang tạm dừng).");
  }
  ClockPause pause;
  MOTCUA_ASSIGN_OR_RETURN(pause.start, ParseIsoInstant(text.substr(0, slash)));
  if (slash + 1 < text.size()) {
    MOTCUA_ASSIGN_OR_RETURN(const Instant end, ParseIsoInstant(text.substr(slash + 1)));
    pause.end = end;
  }
  return pause;
}

Status RunDue(const DueOptions& options, std::ostream& out) {
  DueTimeInput input;
  MOTCUA_ASSIGN_OR_RETURN(input.received, ParseIsoInstant(options.received));
  MOTCUA_ASSIGN_OR_RETURN(input.duration, ParseDuration(options.duration));
  if (!options.cutoff.empty()) {
    MOTCUA_ASSIGN_OR_RETURN(const int cutoff, ParseClockTime(options.cutoff));
    input.cutoff = cutoff;
  }
  for (const std::string& text : options.pauses) {
    MOTCUA_ASSIGN_OR_RETURN(ClockPause pause, ParsePause(text));
    input.pauses.push_back(pause);
  }
  MOTCUA_ASSIGN_OR_RETURN(const DayOffDecisions decisions, ShippedDecisions());
  MOTCUA_ASSIGN_OR_RETURN(const WorkCalendar calendar,
                          WorkCalendar::Build(decisions, UnitCalendarSettings{}));
  MOTCUA_ASSIGN_OR_RETURN(const DueTime due, ComputeDueTime(calendar, input));
  if (!due.due) {
    return Status::FailedPrecondition(
        "the clock is paused (the last pause has no end): no due time yet",
        "Hồ sơ đang tạm dừng (chưa có thời điểm kết thúc tạm dừng) nên chưa có hạn.");
  }
  out << FormatIsoInstant(*due.due) << "\n";
  return Status::Ok();
}

Status RunDaysOff(int year, std::ostream& out) {
  if (year < kFirstCalendarYear || year > kLastCalendarYear) {
    return Status::InvalidArgument(
        "year " + std::to_string(year) + " outside " + std::to_string(kFirstCalendarYear) + ".." +
            std::to_string(kLastCalendarYear),
        "Năm " + std::to_string(year) + " nằm ngoài phạm vi hỗ trợ (" + std::to_string(kFirstCalendarYear) +
            " - " + std::to_string(kLastCalendarYear) + ").");
  }
  MOTCUA_ASSIGN_OR_RETURN(const DayOffDecisions decisions, ShippedDecisions());
  MOTCUA_ASSIGN_OR_RETURN(const WorkCalendar calendar,
                          WorkCalendar::Build(decisions, UnitCalendarSettings{}, year, year));
  for (const CalendarException& e : calendar.Exceptions(year)) {
    out << FormatIsoDate(e.date) << (e.working ? " working " : " ") << e.reason << "\n";
  }
  return Status::Ok();
}

Status RunLunar(const std::string& date_text, std::ostream& out) {
  MOTCUA_ASSIGN_OR_RETURN(const CivilDate date, ParseIsoDate(date_text));
  MOTCUA_ASSIGN_OR_RETURN(const LunarDate lunar, SolarToLunar(date));
  out << FormatLunarDate(lunar) << "\n";
  return Status::Ok();
}

Status RunSolar(const std::string& lunar_text, std::ostream& out) {
  MOTCUA_ASSIGN_OR_RETURN(const LunarDate lunar, ParseLunarDate(lunar_text));
  MOTCUA_ASSIGN_OR_RETURN(const CivilDate date, LunarToSolar(lunar));
  out << FormatIsoDate(date) << "\n";
  return Status::Ok();
}

}  // namespace

void RegisterCalendarCommands(CLI::App& app, CommandContext& context) {
  CLI::App* calendar = app.add_subcommand(
      "calendar", "Lịch làm việc: hạn giải quyết, ngày nghỉ lễ, âm lịch (calendar engine)");
  calendar->require_subcommand(1);

  auto due_options = std::make_shared<DueOptions>();
  CLI::App* due = calendar->add_subcommand(
      "due", "Tính hạn giải quyết; in thời điểm hạn (ISO 8601, +07:00) trên dòng đầu (compute a due time)");
  AddDataOption(*due, context);
  due->add_option("--received", due_options->received,
                  "Thời điểm tiếp nhận, ví dụ 2024-02-07T09:00 (+07:00 nếu "
                  "không ghi múi giờ)")
      ->required();
  due->add_option("--duration", due_options->duration,
                  "Thời hạn: N h (giờ làm việc), N wd (ngày làm việc), N d (ngày), 0 wd (trong ngày)")
      ->required();
  due->add_option("--cutoff", due_options->cutoff, "Giờ chốt cho hồ sơ \"trong ngày\", ví dụ 15:00");
  due->add_option("--pause", due_options->pauses,
                  "Khoảng tạm dừng BẮT_ĐẦU/KẾT_THÚC (bỏ trống KẾT_THÚC nếu chưa kết thúc); lặp lại được");
  due->callback([&context, due_options] {
    context.action = [&context, due_options] { return RunDue(*due_options, *context.out); };
  });

  auto year = std::make_shared<int>(0);
  CLI::App* days_off = calendar->add_subcommand(
      "days-off",
      "Liệt kê ngày nghỉ trong tuần làm việc và ngày làm bù của một năm (list days off of a year)");
  AddDataOption(*days_off, context);
  days_off->add_option("year", *year, "Năm, ví dụ 2024")->required();
  days_off->callback(
      [&context, year] { context.action = [&context, year] { return RunDaysOff(*year, *context.out); }; });

  auto solar_date = std::make_shared<std::string>();
  CLI::App* lunar = calendar->add_subcommand("lunar",
                                             "Đổi ngày dương lịch sang âm lịch: in d/m/yyyy, tháng nhuận "
                                             "d/mL/yyyy (solar to lunar)");
  AddDataOption(*lunar, context);
  lunar->add_option("date", *solar_date, "Ngày dương lịch YYYY-MM-DD")->required();
  lunar->callback([&context, solar_date] {
    context.action = [&context, solar_date] { return RunLunar(*solar_date, *context.out); };
  });

  auto lunar_date = std::make_shared<std::string>();
  CLI::App* solar = calendar->add_subcommand("solar",
                                             "Đổi ngày âm lịch (d/m/yyyy, nhuận d/mL/yyyy) sang dương "
                                             "lịch YYYY-MM-DD (lunar to solar)");
  AddDataOption(*solar, context);
  solar->add_option("date", *lunar_date, "Ngày âm lịch, ví dụ 1/2L/2023")->required();
  solar->callback([&context, lunar_date] {
    context.action = [&context, lunar_date] { return RunSolar(*lunar_date, *context.out); };
  });
}

}  // namespace motcua::cli
