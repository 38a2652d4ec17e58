#include "auth/clock.h"

namespace motcua {

Instant SystemClock::Now() const { return ::motcua::Now(); }

const SystemClock& SystemClock::Instance() {
  static const SystemClock clock;
  return clock;
}

}  // namespace motcua
