#include "calendar/due_time.h"

#include <algorithm>

namespace motcua {
namespace {

constexpr int64_t kSecondsPerWorkingDay = 8 * 3600;

Status ValidateInput(const DueTimeInput& input) {
  const Duration& d = input.duration;
  if (d.amount < 0 || d.amount > kMaxDurationAmount ||
      (d.amount == 0 && d.unit != DurationUnit::kWorkingDays)) {
    return Status::InvalidArgument("invalid duration " + FormatDuration(d),
                                   "Thời hạn không hợp lệ: " + FormatDuration(d) + ".");
  }
  if (input.cutoff && (*input.cutoff < 0 || *input.cutoff >= kSecondsPerDay)) {
    return Status::InvalidArgument("cutoff outside the day", "Giờ chốt tiếp nhận không hợp lệ.");
  }
  Instant previous_end = input.received;
  for (size_t i = 0; i < input.pauses.size(); ++i) {
    const ClockPause& p = input.pauses[i];
    if (p.start < previous_end) {
      return Status::InvalidArgument(
          "pause " + std::to_string(i + 1) + " starts before the receipt or the previous pause's end",
          "Thời gian tạm dừng thứ " + std::to_string(i + 1) +
              " bắt đầu trước khi tiếp nhận hồ sơ hoặc trước khi lần tạm dừng trước kết thúc.");
    }
    if (!p.end && i + 1 != input.pauses.size()) {
      return Status::InvalidArgument("only the last pause may be open",
                                     "Chỉ lần tạm dừng cuối cùng được phép chưa kết thúc.");
    }
    if (p.end && *p.end < p.start) {
      return Status::InvalidArgument(
          "pause " + std::to_string(i + 1) + " ends before it starts",
          "Thời gian tạm dừng thứ " + std::to_string(i + 1) + " kết thúc trước khi bắt đầu.");
    }
    if (p.end) previous_end = *p.end;
  }
  return Status::Ok();
}

struct Plan {
  Instant clock_start;
  Instant due;
  int64_t budget = 0;
};

Result<Plan> PlanWithoutPauses(const WorkCalendar& calendar, Instant received, Duration duration,
                               std::optional<int> cutoff) {
  Plan plan;
  MOTCUA_ASSIGN_OR_RETURN(plan.clock_start, calendar.FirstWorkingInstantAtOrAfter(received));
  switch (duration.unit) {
    case DurationUnit::kWorkingHours:
    case DurationUnit::kWorkingDays: {
      if (duration.amount > 0) {
        plan.budget = duration.amount *
                      (duration.unit == DurationUnit::kWorkingHours ? int64_t{3600} : kSecondsPerWorkingDay);
        MOTCUA_ASSIGN_OR_RETURN(plan.due, calendar.AddWorkingSeconds(plan.clock_start, plan.budget));
        return plan;
      }
      // "0 wd": within the day the clock starts, or the next working day after a receipt past the cutoff.
      const LocalDateTime local = ToLocal(received);
      CivilDate day = LocalDate(plan.clock_start);
      if (cutoff && calendar.IsWorkingDay(local.date) && local.seconds_of_day >= *cutoff) {
        MOTCUA_ASSIGN_OR_RETURN(day, calendar.WorkingDayAtOrAfter(AddDays(local.date, 1)));
      }
      plan.due = calendar.CloseOfOfficeHours(day);
      break;
    }
    case DurationUnit::kCalendarDays: {
      MOTCUA_ASSIGN_OR_RETURN(const CivilDate day,
                              calendar.WorkingDayAtOrAfter(AddDays(LocalDate(received), duration.amount)));
      plan.due = calendar.CloseOfOfficeHours(day);
      break;
    }
  }
  plan.budget = calendar.WorkingSecondsBetween(plan.clock_start, plan.due);
  return plan;
}

}  // namespace

Result<Instant> ComputeDueTime(const WorkCalendar& calendar, Instant received, Duration duration,
                               std::optional<int> cutoff) {
  MOTCUA_ASSIGN_OR_RETURN(const DueTime due,
                          ComputeDueTime(calendar, DueTimeInput{received, duration, cutoff, {}}));
  return *due.due;
}

Result<DueTime> ComputeDueTime(const WorkCalendar& calendar, const DueTimeInput& input) {
  MOTCUA_RETURN_IF_ERROR(ValidateInput(input));
  MOTCUA_ASSIGN_OR_RETURN(const Plan plan,
                          PlanWithoutPauses(calendar, input.received, input.duration, input.cutoff));
  DueTime out;
  out.clock_start = plan.clock_start;
  out.due_without_pauses = plan.due;
  out.budget_seconds = plan.budget;
  Instant resume = plan.clock_start;
  int64_t used = 0;
  for (const ClockPause& pause : input.pauses) {
    MOTCUA_ASSIGN_OR_RETURN(const Instant due_if_no_more,
                            calendar.AddWorkingSeconds(resume, plan.budget - used));
    if (pause.start >= due_if_no_more) break;  // the time had already run out: this pause moves nothing
    used += calendar.WorkingSecondsBetween(resume, pause.start);
    if (!pause.end) return out;  // still paused: no due time yet
    resume = std::max(resume, *pause.end);
  }
  MOTCUA_ASSIGN_OR_RETURN(const Instant due, calendar.AddWorkingSeconds(resume, plan.budget - used));
  out.due = due;
  return out;
}

Result<ClockReading> ReadClock(const WorkCalendar& calendar, const DueTimeInput& input, Instant at) {
  MOTCUA_RETURN_IF_ERROR(ValidateInput(input));
  MOTCUA_ASSIGN_OR_RETURN(const Plan plan,
                          PlanWithoutPauses(calendar, input.received, input.duration, input.cutoff));
  ClockReading reading;
  reading.budget_seconds = plan.budget;
  Instant resume = plan.clock_start;
  bool running = true;
  for (const ClockPause& pause : input.pauses) {
    if (pause.start >= at) break;
    reading.used_seconds += calendar.WorkingSecondsBetween(resume, pause.start);
    if (!pause.end || *pause.end > at) {
      running = false;
      break;
    }
    resume = std::max(resume, *pause.end);
  }
  if (running) reading.used_seconds += calendar.WorkingSecondsBetween(resume, at);
  reading.paused = !running;
  reading.left_seconds = std::max<int64_t>(0, reading.budget_seconds - reading.used_seconds);
  reading.overrun_seconds = std::max<int64_t>(0, reading.used_seconds - reading.budget_seconds);
  return reading;
}

}  // namespace motcua
