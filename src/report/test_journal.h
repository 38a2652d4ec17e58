// Test support for report/ (not for production code): journals written as the import format's JSON lines
// (docs/import.md), replayed with the real engine, the embedded catalogue and the national working calendar
// with default office hours, so the tests read like the histories they describe.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "catalog/catalog.h"
#include "dossier/apply.h"
#include "dossier/event.h"
#include "report/as_of.h"
#include "service/calendar_due_clock.h"
#include "service/unit_calendars.h"

namespace motcua::report_testing {

inline constexpr char kUnit[] = "000.00.20.H31";

inline const Catalog& TestCatalog() {
  static const Catalog catalog = [] {
    auto loaded = LoadEmbeddedCatalog();
    if (!loaded.ok()) std::abort();
    return *std::move(loaded);
  }();
  return catalog;
}

// The national calendar with default office hours, as a unit without settings gets it.
inline std::shared_ptr<const CalendarDueClock> TestClock() {
  static const std::shared_ptr<const CalendarDueClock> clock = [] {
    auto calendars = UnitCalendars::Create();
    if (!calendars.ok()) std::abort();
    Unit unit;
    unit.code = kUnit;
    auto made = (*calendars)->ClockFor(unit);
    if (!made.ok()) std::abort();
    return *made;
  }();
  return clock;
}

inline ApplyContext TestContext() {
  ApplyContext context;
  context.clock = TestClock().get();
  context.find_procedure = [](std::string_view code, CivilDate on) { return TestCatalog().Find(code, on); };
  context.mode = ApplyMode::kImport;
  return context;
}

inline Instant At(const std::string& text) {
  auto instant = ParseIsoInstant(text);
  EXPECT_TRUE(instant.ok()) << text;
  return instant.ok() ? *instant : Instant{};
}

// One dossier's journal, built line by line.
class Journal {
 public:
  // Opens the journal with a "received" event of `procedure` by `channel` with `components` (a JSON array).
  Journal(std::string code, const std::string& at, const std::string& procedure = "1.004873",
          const std::string& channel = "direct", const std::string& components = R"([{"name":"Tờ khai"}])")
      : code_(std::move(code)) {
    // append(), not operator+ chains: gcc 12 warns falsely (-Warray-bounds) on long chains.
    std::string line = R"({"event":"received","code":")";
    line.append(code_).append(R"(","unit":")").append(kUnit).append(R"(","procedure":")").append(procedure);
    line.append(R"(","channel":")").append(channel).append(R"(","at":")").append(at);
    line.append(R"(","by":"letan","applicant":{"name":"Nguyễn Văn An"},"components":)")
        .append(components)
        .append("}");
    Add(line);
  }

  // Appends an event of `kind` at `at`; `fields` are further JSON members (",\"reason\":\"x\"").
  Journal& Then(const std::string& kind, const std::string& at, const std::string& fields = "") {
    std::string line = R"({"event":")";
    line.append(kind).append(R"(","code":")").append(code_).append(R"(","at":")").append(at).append("\"");
    if (kind != "evaluated") line.append(R"(,"by":"canbo")");
    line.append(fields).append("}");
    Add(line);
    return *this;
  }
  Journal& ResultReady(const std::string& at, bool digitized = false) {
    return Then("result_ready", at, digitized ? R"(,"digitized":true)" : R"(,"digitized":false)");
  }

  const std::vector<Event>& events() const { return events_; }
  const std::string& code() const { return code_; }

  // The dossier as its journal stood at `as_of`.
  std::optional<Dossier> AsOf(Instant as_of) const {
    auto dossier = ReplayAsOf(events_, as_of, TestContext());
    EXPECT_TRUE(dossier.ok()) << dossier.status().ToString();
    return dossier.ok() ? *dossier : std::nullopt;
  }

 private:
  void Add(const std::string& line) {
    auto event = ParseEventLine(line);
    EXPECT_TRUE(event.ok()) << event.status().ToString() << "\n" << line;
    if (event.ok()) events_.push_back(*event);
  }

  std::string code_;
  std::vector<Event> events_;
};

}  // namespace motcua::report_testing
