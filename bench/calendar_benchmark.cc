// Due-time computation cost: ns per ComputeDueTime over a year of mixed receipt instants and durations
// (fixed seed), on the national calendar with default office hours. Also the cost of building that calendar
// and of a lunar conversion. Results: docs/calendar.md.
#include <benchmark/benchmark.h>

#include <random>
#include <vector>

#include "calendar/due_time.h"
#include "calendar/lunar.h"
#include "calendar/testing.h"

namespace motcua {
namespace {

struct Case {
  Instant received;
  Duration duration;
  std::optional<int> cutoff;
};

std::vector<Case> MakeCases() {
  std::mt19937_64 rng(766);
  const int64_t from = FromLocal({2024, 1, 1}, 0).unix_seconds;
  const int64_t to = FromLocal({2025, 1, 1}, 0).unix_seconds;
  std::uniform_int_distribution<int64_t> instant(from, to - 1);
  const Duration durations[] = {{0, DurationUnit::kWorkingDays},   {4, DurationUnit::kWorkingHours},
                                {8, DurationUnit::kWorkingHours},  {1, DurationUnit::kWorkingDays},
                                {3, DurationUnit::kWorkingDays},   {5, DurationUnit::kWorkingDays},
                                {10, DurationUnit::kWorkingDays},  {20, DurationUnit::kWorkingDays},
                                {15, DurationUnit::kCalendarDays}, {30, DurationUnit::kCalendarDays}};
  std::uniform_int_distribution<size_t> pick(0, std::size(durations) - 1);
  std::vector<Case> cases(4096);
  for (Case& c : cases) {
    c.received = Instant{instant(rng)};
    c.duration = durations[pick(rng)];
    if (c.duration.amount == 0) c.cutoff = 15 * 3600;
  }
  return cases;
}

void BM_ComputeDueTime(benchmark::State& state) {
  const WorkCalendar& calendar = calendar_testing::NationalCalendar();
  const std::vector<Case> cases = MakeCases();
  size_t i = 0;
  for (auto _ : state) {
    const Case& c = cases[i++ & (cases.size() - 1)];
    auto due = ComputeDueTime(calendar, c.received, c.duration, c.cutoff);
    benchmark::DoNotOptimize(due);
  }
}
BENCHMARK(BM_ComputeDueTime);

void BM_ComputeDueTimeWithPause(benchmark::State& state) {
  const WorkCalendar& calendar = calendar_testing::NationalCalendar();
  const std::vector<Case> cases = MakeCases();
  size_t i = 0;
  for (auto _ : state) {
    const Case& c = cases[i++ & (cases.size() - 1)];
    DueTimeInput input{
        c.received,
        c.duration,
        c.cutoff,
        {{Instant{c.received.unix_seconds + 3600}, Instant{c.received.unix_seconds + 5 * 86400}}}};
    auto due = ComputeDueTime(calendar, input);
    benchmark::DoNotOptimize(due);
  }
}
BENCHMARK(BM_ComputeDueTimeWithPause);

void BM_BuildNationalCalendar(benchmark::State& state) {
  const DayOffDecisions& decisions = calendar_testing::ShippedDecisions();
  for (auto _ : state) {
    auto calendar = WorkCalendar::Build(decisions, UnitCalendarSettings{});
    benchmark::DoNotOptimize(calendar);
  }
}
BENCHMARK(BM_BuildNationalCalendar)->Unit(benchmark::kMillisecond);

void BM_SolarToLunar(benchmark::State& state) {
  int64_t day = DaysFromCivil({2024, 1, 1});
  for (auto _ : state) {
    auto lunar = SolarToLunar(CivilFromDays(day));
    benchmark::DoNotOptimize(lunar);
    if (++day > DaysFromCivil({2030, 1, 1})) day = DaysFromCivil({2024, 1, 1});
  }
}
BENCHMARK(BM_SolarToLunar);

}  // namespace
}  // namespace motcua
