// The time arithmetic the dossier engine needs, as an interface: the working calendar (src/calendar/)
// implements it; tests use FakeDueClock (fake_due_clock.h). Keeping it injected keeps the dossier core pure
// and independent of the calendar's API. Implementations must be deterministic and thread-safe for
// concurrent const calls.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <utility>

#include "base/civil_time.h"
#include "base/result.h"
#include "calendar/duration.h"

namespace motcua {

// A half-open interval [start, end) during which the clock is stopped (supplement, fees).
struct TimeInterval {
  Instant start;
  Instant end;
  bool operator==(const TimeInterval&) const = default;
};

class DueClock {
 public:
  virtual ~DueClock() = default;

  // The legal due instant of a dossier received at `received` with processing time `duration` and the
  // optional "trong ngày" cut-off (seconds of day), skipping the working time inside `pauses` (closed,
  // chronological, after `received`): the time spent before a pause still counts, the rest runs again
  // after it.
  virtual Result<Instant> ComputeDue(Instant received, Duration duration, std::optional<int> cutoff_seconds,
                                     std::span<const TimeInterval> pauses) const = 0;
  // Working seconds in [from, to); 0 when to <= from.
  virtual int64_t WorkingSecondsBetween(Instant from, Instant to) const = 0;
  // The instant at which `working_seconds` of working time have run from `start`, skipping the working time
  // inside `pauses` (only their parts after `start` count).
  virtual Result<Instant> AddWorkingTime(Instant start, int64_t working_seconds,
                                         std::span<const TimeInterval> pauses) const = 0;
};

// Adapts three functions to DueClock, so the calendar can be wired in without a subclass.
class FunctionDueClock final : public DueClock {
 public:
  using ComputeDueFn =
      std::function<Result<Instant>(Instant, Duration, std::optional<int>, std::span<const TimeInterval>)>;
  using BetweenFn = std::function<int64_t(Instant, Instant)>;
  using AddFn = std::function<Result<Instant>(Instant, int64_t, std::span<const TimeInterval>)>;

  FunctionDueClock(ComputeDueFn compute_due, BetweenFn between, AddFn add)
      : compute_due_(std::move(compute_due)), between_(std::move(between)), add_(std::move(add)) {}

  Result<Instant> ComputeDue(Instant received, Duration duration, std::optional<int> cutoff_seconds,
                             std::span<const TimeInterval> pauses) const override {
    return compute_due_(received, duration, cutoff_seconds, pauses);
  }
  int64_t WorkingSecondsBetween(Instant from, Instant to) const override { return between_(from, to); }
  Result<Instant> AddWorkingTime(Instant start, int64_t working_seconds,
                                 std::span<const TimeInterval> pauses) const override {
    return add_(start, working_seconds, pauses);
  }

 private:
  ComputeDueFn compute_due_;
  BetweenFn between_;
  AddFn add_;
};

}  // namespace motcua
