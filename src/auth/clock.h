// Clock: the source of "now" for time-dependent security decisions (login throttling, session expiry), so
// tests can drive time by hand. SystemClock reads the wall clock; ManualClock is set explicitly.
// Both are thread-safe.
#pragma once

#include <atomic>
#include <cstdint>

#include "base/civil_time.h"

namespace motcua {

class Clock {
 public:
  virtual ~Clock() = default;
  virtual Instant Now() const = 0;
};

// The real time (base/civil_time.h Now()).
class SystemClock final : public Clock {
 public:
  Instant Now() const override;
  // A process-wide instance, for callers that need a default.
  static const SystemClock& Instance();
};

// A clock that moves only when told to; for tests.
class ManualClock final : public Clock {
 public:
  explicit ManualClock(Instant start = Instant{}) : now_(start.unix_seconds) {}
  Instant Now() const override { return Instant{now_.load(std::memory_order_relaxed)}; }
  void Set(Instant now) { now_.store(now.unix_seconds, std::memory_order_relaxed); }
  void Advance(int64_t seconds) { now_.fetch_add(seconds, std::memory_order_relaxed); }

 private:
  std::atomic<int64_t> now_;
};

}  // namespace motcua
