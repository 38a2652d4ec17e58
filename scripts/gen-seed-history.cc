// gen-seed-history: writes one year of a commune's dossier history, 1/10/2023-30/9/2024, as a JSONL import
// file (docs/import.md), built so that its true figures are those of the commune's hand-made report that
// started the project (../shared/seed/, DOMAIN.md section 6):
//   3,531 dossiers resolved in the period: 307 early, 3,219 on time, 5 late (99,86% early or on time);
//   1,943 of the 3,534 dossiers received in the period fully digitised (54,98%);
//   1,978 of the 3,529 results issued in the period digitised (56,05%);
// around them: dossiers carried over from September 2023, dossiers still open at the period end (within the
// deadline and overdue, one paused), withdrawn and stopped ones, refusals at the desk and after appraisal,
// late ones with and without a Mẫu 04 apology, evaluations, an online submission received after the end,
// and dossiers of the next period. docs/reports.md ("The seed check") explains the construction.
//
// Every dossier is replayed by the dossier engine with the real working calendar (2024 holidays, Tết,
// the swapped Saturday 4/5/2024) while it is generated, and each resolution is placed on a date against the
// legal due date the engine computed, so the file imports as it is. Deterministic for a given --seed.
//
// Usage: gen_seed_history --out FILE.jsonl [--expect FILE.tsv] [--seed N]
//   --expect writes what the generator built each dossier to be: lines "<indicator id>\t<dossier code>" for
//   the dossier indicators of the period (report/indicators.h), for tests to compare with --explain.
// Exits 1 (with a message) when the construction does not reach the seed's figures.
#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "catalog/catalog.h"
#include "dossier/apply.h"
#include "dossier/dossier_code.h"
#include "dossier/event.h"
#include "service/unit_calendars.h"

namespace motcua::seed_history {
namespace {

constexpr char kUnit[] = "000.00.20.H31";  // UBND xã Đồng Tiến (the demo commune)
constexpr CivilDate kFrom{2023, 10, 1};
constexpr CivilDate kTo{2024, 9, 30};
constexpr CivilDate kLastSeptember{2023, 9, 29};  // the last working day before the period

// The seed's figures.
constexpr int kSeedReceived = 3534;
constexpr int kSeedEarly = 307;
constexpr int kSeedOnTime = 3219;
constexpr int kSeedLate = 5;
constexpr int kSeedResolved = kSeedEarly + kSeedOnTime + kSeedLate;  // 3531
constexpr int kSeedRefusals = 2;                                     // 3531 resolved - 3529 results
constexpr int kSeedDigitizedDossiers = 1943;
constexpr int kSeedDigitizedResults = 1978;
// Our choices around them (docs/reports.md).
constexpr int kSeedCarriedResolvedEarly = 2;
constexpr int kSeedCarriedResolvedOnTime = 5;
constexpr int kSeedCarriedResolvedLate = 1;
constexpr int kSeedOnline = 1236;
constexpr int kSeedPostal = 9;
constexpr int kSeedSettledBefore = 25;
constexpr int kSeedAfterPeriod = 15;

constexpr int64_t kMinute = 60;
constexpr int64_t kHour = 3600;

enum class Kind {
  kSettledBefore,     // received and resolved in September 2023: counts nowhere
  kCarriedResolved,   // received in late September 2023, resolved in October 2023
  kCarriedWithdrawn,  // received in September 2023, withdrawn in October 2023
  kCarriedPaused,     // received in September 2023, waiting for a supplement all year, stopped after it
  kResolved,          // received and resolved in the period (early, on time or late; or refused)
  kWithdrawn,         // received in the period, withdrawn in it
  kStopped,           // received in the period, stopped in it
  kPendingOverdue,    // received in September 2024, due by 30/9, resolved in October 2024
  kPendingWithin,     // received at the end of September 2024, due in October
  kPendingPaused,     // received in September 2024, paused for a supplement over the period end
  kRefusedAtDesk,     // Mẫu 03: never received
  kSubmittedAtEnd,    // submitted online on 30/9/2024 in the evening, received on 1/10/2024
  kAfterPeriod,       // received in October 2024
};

enum class Target { kNone, kEarly, kOnTime, kLate };

struct Plan {
  Kind kind = Kind::kResolved;
  Target target = Target::kNone;
  bool refused = false;  // a refusal after appraisal (rejected)
  bool apology = false;  // a Mẫu 04 before the legal due
  bool pause = false;    // a supplement pause before the resolution
  bool cutoff = false;   // received after 15:00 with a "trong ngày" procedure
  Instant first;         // the receipt (or the refusal at the desk, or the online submission)
  Channel channel = Channel::kDirect;
  std::string procedure;  // fixed when not empty, else picked by duration and channel
  bool multi_day = false;
  bool digitized_components = false;
  bool digitized_result = false;
  std::string code;
};

struct Weighted {
  const char* code;
  int weight;
  bool online;  // offered online (partly or fully) in the 2023-2024 versions of the catalogue
};
// "Trong ngày" procedures with the 15:00 cut-off, by rough frequency at a commune desk.
constexpr std::array<Weighted, 7> kSameDay = {{{"2.000815", 40, false},
                                               {"2.000884", 25, false},
                                               {"1.001193", 12, true},
                                               {"2.000635", 9, true},
                                               {"1.000656", 4, true},
                                               {"1.000894", 4, true},
                                               {"2.000908", 3, false}}};
// Procedures of 2 to 5 working days.
constexpr std::array<Weighted, 9> kMultiDay = {{{"1.004873", 30, true},
                                                {"2.001035", 15, false},
                                                {"2.000913", 5, false},
                                                {"1.004859", 6, true},
                                                {"2.001019", 3, false},
                                                {"2.001406", 3, false},
                                                {"1.001022", 2, true},
                                                {"1.004884", 3, true},
                                                {"1.004772", 2, false}}};

constexpr std::array<const char*, 14> kFamilyNames = {
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Lý", "Đào", "Đinh"};
constexpr std::array<const char*, 8> kMiddleNames = {"Văn", "Thị", "Đức",  "Minh",
                                                     "Thu", "Hữu", "Ngọc", "Quang"};
constexpr std::array<const char*, 16> kGivenNames = {"Đức",  "Lan",  "Hùng", "Hương", "Dũng", "Mai",
                                                     "Tuấn", "Hoa",  "Nam",  "Thảo",  "Long", "Yến",
                                                     "Sơn",  "Hằng", "Bình", "Trang"};

[[noreturn]] void Fail(const std::string& message) {
  std::cerr << "gen-seed-history: " << message << "\n";
  std::exit(1);
}

Instant Local(CivilDate date, int hour, int minute = 0) { return FromLocal(date, hour * 3600 + minute * 60); }

class Generator {
 public:
  Generator(const Catalog& catalog, const DueClock& clock, uint32_t seed)
      : catalog_(catalog), clock_(clock), random_(seed) {
    context_.clock = &clock_;
    context_.find_procedure = [this](std::string_view code, CivilDate on) { return catalog_.Find(code, on); };
    context_.mode = ApplyMode::kImport;
    period_start_ = Local(kFrom, 0);
    period_end_ = FromLocal(AddDays(kTo, 1), 0);
  }

  void Run() {
    PlanPeriod();
    PlanAround();
    AssignCodes();
    std::sort(plans_.begin(), plans_.end(), [](const Plan& a, const Plan& b) {
      return a.first != b.first ? a.first < b.first : a.code < b.code;
    });
    for (Plan& plan : plans_) Generate(plan);
    Check();
  }

  const std::vector<Event>& events() const { return events_; }
  const std::vector<std::pair<std::string, std::string>>& expected() const { return expected_; }

 private:
  // ---- randomness ----
  int64_t Uniform(int64_t low, int64_t high) {
    return std::uniform_int_distribution<int64_t>(low, high)(random_);
  }
  bool Chance(int percent) { return Uniform(1, 100) <= percent; }
  template <typename T, size_t N>
  const T& Pick(const std::array<T, N>& items) {
    return items[static_cast<size_t>(Uniform(0, static_cast<int64_t>(N) - 1))];
  }
  template <size_t N>
  std::string PickProcedure(const std::array<Weighted, N>& list, bool online) {
    int total = 0;
    for (const Weighted& w : list) total += (!online || w.online) ? w.weight : 0;
    int64_t roll = Uniform(1, total);
    for (const Weighted& w : list) {
      if (online && !w.online) continue;
      roll -= w.weight;
      if (roll <= 0) return w.code;
    }
    return list[0].code;
  }

  // ---- the working calendar ----
  bool IsWorkingDay(CivilDate day) {
    return clock_.WorkingSecondsBetween(FromLocal(day, 0), FromLocal(AddDays(day, 1), 0)) > 0;
  }
  CivilDate NextWorkingDay(CivilDate day) {
    do {
      day = AddDays(day, 1);
    } while (!IsWorkingDay(day));
    return day;
  }
  // The instant `seconds` of working time after `from` (the first working instant when 0).
  Instant After(Instant from, int64_t seconds) {
    auto at = clock_.AddWorkingTime(from, std::max<int64_t>(seconds, 0), {});
    if (!at.ok()) Fail(at.status().ToString());
    return *at;
  }
  int64_t Between(Instant from, Instant to) { return clock_.WorkingSecondsBetween(from, to); }

  // ---- planning ----
  Plan& Add(Kind kind, Instant first) {
    Plan plan;
    plan.kind = kind;
    plan.first = first;
    plans_.push_back(plan);
    return plans_.back();
  }

  // The receipts of the period: 3,534 instants on its working days, a realistic spread per day.
  std::vector<Instant> ReceiptSlots() {
    std::vector<CivilDate> days;
    for (CivilDate d = kFrom; d <= kTo; d = AddDays(d, 1)) {
      if (IsWorkingDay(d)) days.push_back(d);
    }
    std::vector<int64_t> weights;
    int64_t total = 0;
    for (size_t i = 0; i < days.size(); ++i) {
      weights.push_back(Uniform(8, 22));
      total += weights.back();
    }
    std::vector<int> counts(days.size());
    int given = 0;
    for (size_t i = 0; i < days.size(); ++i) {
      counts[i] = static_cast<int>(weights[i] * kSeedReceived / total);
      given += counts[i];
    }
    for (int i = 0; given < kSeedReceived; ++i, ++given) ++counts[static_cast<size_t>(i) % days.size()];
    std::vector<Instant> slots;
    for (size_t i = 0; i < days.size(); ++i) {
      const Instant open = Local(days[i], 7);
      // On the last day only up to 14:30: what is resolved that day is due that day.
      const int64_t latest = days[i] == kTo ? 6 * kHour : 7 * kHour + 40 * kMinute;
      for (int n = 0; n < counts[i]; ++n) slots.push_back(After(open, Uniform(10 * kMinute, latest)));
    }
    std::sort(slots.begin(), slots.end());
    return slots;
  }

  void PlanPeriod() {
    const std::vector<Instant> slots = ReceiptSlots();
    std::vector<bool> taken(slots.size(), false);
    std::vector<size_t> period_plans;
    // The first free slot on `day` (its receipt instant), for the dossiers placed on purpose.
    auto on_day = [&](CivilDate day) -> size_t {
      for (size_t i = 0; i < slots.size(); ++i) {
        if (!taken[i] && LocalDate(slots[i]) == day) {
          taken[i] = true;
          return i;
        }
      }
      Fail("no receipt left on " + FormatIsoDate(day));
    };
    auto place = [&](Kind kind, CivilDate day) -> Plan& {
      const size_t slot = on_day(day);
      Plan& plan = Add(kind, slots[slot]);
      period_plans.push_back(plans_.size() - 1);
      return plan;
    };
    // Four of the five late dossiers (the fifth is carried over), two with an apology; one across Tết.
    for (auto [day, apology] :
         {std::pair{CivilDate{2023, 11, 14}, false}, std::pair{CivilDate{2024, 2, 6}, true},
          std::pair{CivilDate{2024, 5, 20}, false}, std::pair{CivilDate{2024, 8, 12}, true}}) {
      Plan& plan = place(Kind::kResolved, day);
      plan.target = Target::kLate;
      plan.apology = apology;
      plan.procedure = "1.004873";
      plan.multi_day = true;
    }
    // Two refusals after appraisal, on their due date.
    for (CivilDate day : {CivilDate{2024, 1, 16}, CivilDate{2024, 7, 9}}) {
      Plan& plan = place(Kind::kResolved, day);
      plan.target = Target::kOnTime;
      plan.refused = true;
      plan.procedure = "1.004873";
      plan.multi_day = true;
    }
    // Withdrawn and stopped in the period.
    for (auto [day, kind] : {std::pair{CivilDate{2023, 12, 5}, Kind::kWithdrawn},
                             std::pair{CivilDate{2024, 3, 12}, Kind::kWithdrawn},
                             std::pair{CivilDate{2024, 6, 18}, Kind::kStopped}}) {
      Plan& plan = place(kind, day);
      plan.procedure = "1.004873";
      plan.multi_day = true;
    }
    // Open at the period end. Overdue: due by 25/9, resolved in October (one with an apology).
    for (auto [day, apology] :
         {std::pair{CivilDate{2024, 9, 16}, false}, std::pair{CivilDate{2024, 9, 17}, true},
          std::pair{CivilDate{2024, 9, 18}, false}}) {
      Plan& plan = place(Kind::kPendingOverdue, day);
      plan.apology = apology;
      plan.procedure = "1.004873";
      plan.multi_day = true;
    }
    // Within the deadline: due in October; one paused over the end; one received after the 15:00 cut-off.
    {
      Plan& paused = place(Kind::kPendingPaused, {2024, 9, 23});
      paused.procedure = "1.004873";
      paused.multi_day = true;
      Plan& five_days = place(Kind::kPendingWithin, {2024, 9, 26});
      five_days.procedure = "1.004884";
      five_days.multi_day = true;
      for (int i = 0; i < 2; ++i) {
        Plan& last_day = place(Kind::kPendingWithin, kTo);
        last_day.procedure = "1.004873";
        last_day.multi_day = true;
      }
      Plan& after_cutoff = place(Kind::kPendingWithin, kTo);
      after_cutoff.procedure = "2.000815";
      after_cutoff.cutoff = true;
      after_cutoff.first = Local(kTo, 16, 10);
    }
    // The rest is resolved in the period: 305 early (multi-day procedures, received before 27/9), the others
    // on time.
    std::vector<size_t> free;
    for (size_t i = 0; i < slots.size(); ++i) {
      if (!taken[i]) free.push_back(i);
    }
    std::vector<size_t> early_candidates;
    for (size_t i : free) {
      if (LocalDate(slots[i]) < CivilDate{2024, 9, 27}) early_candidates.push_back(i);
    }
    std::shuffle(early_candidates.begin(), early_candidates.end(), random_);
    const int early_in_period = kSeedEarly - kSeedCarriedResolvedEarly;
    std::set<size_t> early(early_candidates.begin(), early_candidates.begin() + early_in_period);
    for (size_t i : free) {
      Plan& plan = Add(Kind::kResolved, slots[i]);
      period_plans.push_back(plans_.size() - 1);
      const CivilDate day = LocalDate(slots[i]);
      if (early.count(i)) {
        plan.target = Target::kEarly;
        plan.multi_day = true;
      } else {
        plan.target = Target::kOnTime;
        // Multi-day procedures only where their due date stays in the period.
        plan.multi_day = day < CivilDate{2024, 9, 20} && Chance(15);
      }
      plan.pause = plan.multi_day && day < CivilDate{2024, 9, 10} && Chance(10);
    }
    // Channels (online only for procedures offered online), digitised components.
    std::vector<size_t> open_channel;
    for (size_t p : period_plans) {
      if (plans_[p].procedure.empty()) open_channel.push_back(p);
    }
    std::shuffle(open_channel.begin(), open_channel.end(), random_);
    for (int i = 0; i < kSeedOnline + kSeedPostal; ++i) {
      plans_[open_channel[static_cast<size_t>(i)]].channel =
          i < kSeedOnline ? Channel::kOnline : Channel::kPostal;
    }
    std::vector<size_t> shuffled = period_plans;
    std::shuffle(shuffled.begin(), shuffled.end(), random_);
    for (int i = 0; i < kSeedDigitizedDossiers; ++i)
      plans_[shuffled[static_cast<size_t>(i)]].digitized_components = true;
    if (static_cast<int>(period_plans.size()) != kSeedReceived) Fail("period plans do not add up");
  }

  void PlanAround() {
    // Carried over from September 2023: 5-working-day procedure, due in October.
    const Target carried[] = {Target::kEarly,  Target::kEarly,  Target::kOnTime, Target::kOnTime,
                              Target::kOnTime, Target::kOnTime, Target::kOnTime, Target::kLate};
    static_assert(std::size(carried) ==
                  kSeedCarriedResolvedEarly + kSeedCarriedResolvedOnTime + kSeedCarriedResolvedLate);
    int n = 0;
    for (Target target : carried) {
      const CivilDate day{2023, 9, 27 + n % 3};
      Plan& plan = Add(Kind::kCarriedResolved, Local(day, 8, 10 + 7 * n));
      plan.target = target;
      plan.procedure = "1.004884";
      plan.multi_day = true;
      ++n;
    }
    Plan& withdrawn = Add(Kind::kCarriedWithdrawn, Local({2023, 9, 28}, 14, 20));
    withdrawn.procedure = "1.004873";
    withdrawn.multi_day = true;
    Plan& paused = Add(Kind::kCarriedPaused, Local({2023, 9, 26}, 9, 40));
    paused.procedure = "1.004873";
    paused.multi_day = true;
    // Settled in September 2023 (one of them evaluated on 2/10/2023, in the period).
    for (int i = 0; i < kSeedSettledBefore; ++i) {
      CivilDate day{2023, 9, static_cast<int>(Uniform(5, 22))};
      while (!IsWorkingDay(day)) day = AddDays(day, 1);
      Add(Kind::kSettledBefore, After(Local(day, 7), Uniform(10 * kMinute, 5 * kHour)));
    }
    Add(Kind::kSettledBefore, Local(kLastSeptember, 9, 5)).procedure = "2.000815";
    // Refused at the desk (never received).
    for (CivilDate day : {CivilDate{2023, 10, 24}, CivilDate{2024, 4, 10}, CivilDate{2024, 9, 5}}) {
      Add(Kind::kRefusedAtDesk, After(Local(day, 7), Uniform(10 * kMinute, 7 * kHour)));
    }
    // Submitted online in the evening of the last day, received the next morning.
    Plan& submitted = Add(Kind::kSubmittedAtEnd, Local(kTo, 20, 15));
    submitted.procedure = "1.004873";
    submitted.channel = Channel::kOnline;
    submitted.multi_day = true;
    // The next period's first days.
    for (int i = 0; i < kSeedAfterPeriod; ++i) {
      Add(Kind::kAfterPeriod,
          After(Local(CivilDate{2024, 10, 1 + i % 4}, 7), Uniform(10 * kMinute, 5 * kHour)));
    }
    // Digitised results: 1,978 of the 3,529 results issued in the period.
    std::vector<size_t> results;
    for (size_t i = 0; i < plans_.size(); ++i) {
      const Plan& p = plans_[i];
      if ((p.kind == Kind::kResolved && !p.refused) || p.kind == Kind::kCarriedResolved) results.push_back(i);
    }
    if (static_cast<int>(results.size()) != kSeedResolved - kSeedRefusals) Fail("results do not add up");
    std::shuffle(results.begin(), results.end(), random_);
    for (int i = 0; i < kSeedDigitizedResults; ++i)
      plans_[results[static_cast<size_t>(i)]].digitized_result = true;
    for (Plan& p : plans_) {
      if (p.kind == Kind::kSettledBefore || p.kind == Kind::kAfterPeriod) p.digitized_result = Chance(60);
    }
  }

  // Codes <unit>-YYMMDD-XXXX, numbered per day in the order of the first event.
  void AssignCodes() {
    std::map<CivilDate, std::vector<size_t>> by_day;
    for (size_t i = 0; i < plans_.size(); ++i) by_day[LocalDate(plans_[i].first)].push_back(i);
    for (auto& [day, indices] : by_day) {
      std::sort(indices.begin(), indices.end(),
                [&](size_t a, size_t b) { return plans_[a].first < plans_[b].first; });
      int number = 0;
      for (size_t i : indices) {
        auto code = FormatDossierCode(kUnit, day, ++number);
        if (!code.ok()) Fail(code.status().ToString());
        plans_[i].code = *code;
      }
    }
  }

  // ---- events ----
  Event Make(EventKind kind, Instant at, std::string by) {
    Event event;
    event.kind = kind;
    event.code = current_.code.empty() ? code_ : current_.code;
    event.at = at;
    event.by = std::move(by);
    return event;
  }

  void Emit(Event event) {
    auto next = Apply(current_, event, context_);
    if (!next.ok()) Fail(event.code + ": " + next.status().ToString());
    current_ = *std::move(next);
    events_.push_back(std::move(event));
  }

  Intake MakeIntake(const Plan& plan, const Procedure& procedure) {
    Intake intake;
    intake.unit = kUnit;
    intake.procedure = procedure.code;
    intake.channel = plan.channel;
    intake.applicant.name =
        std::string(Pick(kFamilyNames)) + " " + Pick(kMiddleNames) + " " + Pick(kGivenNames);
    // A structurally valid CCCD of Hưng Yên (033), born 1950-2005.
    const int year = static_cast<int>(Uniform(1950, 2005));
    char id[16];
    std::snprintf(id, sizeof id, "033%d%02d%06d", (year >= 2000 ? 2 : 0) + static_cast<int>(Uniform(0, 1)),
                  year % 100, static_cast<int>(Uniform(0, 999999)));
    intake.applicant.id_number = id;
    intake.contact.phone = "09" + std::to_string(Uniform(10000000, 99999999));
    for (const Component& component : procedure.components) {
      if (intake.components.size() >= 3) break;
      intake.components.push_back(SubmittedComponent{component.name, 1, 0, false, {}});
    }
    if (intake.components.empty())
      intake.components.push_back(SubmittedComponent{"Tờ khai", 1, 0, false, {}});
    for (size_t i = 0; i < intake.components.size(); ++i) {
      // Fully digitised, or at least the last component on paper.
      const bool last = i + 1 == intake.components.size();
      intake.components[i].digitized = plan.digitized_components || (!last && Chance(50));
    }
    return intake;
  }

  const Procedure& ProcedureFor(Plan& plan) {
    if (plan.procedure.empty()) {
      const bool online = plan.channel == Channel::kOnline;
      plan.procedure = plan.multi_day ? PickProcedure(kMultiDay, online) : PickProcedure(kSameDay, online);
    }
    const Procedure* procedure = catalog_.Find(plan.procedure, LocalDate(plan.first));
    if (procedure == nullptr)
      Fail("procedure " + plan.procedure + " not in force on " + FormatIsoDate(LocalDate(plan.first)));
    return *procedure;
  }

  void Receive(Plan& plan) {
    const Procedure& procedure = ProcedureFor(plan);
    Intake intake = MakeIntake(plan, procedure);
    if (plan.channel == Channel::kOnline) {
      Event submitted =
          Make(EventKind::kSubmitted, Instant{plan.first.unix_seconds - Uniform(5, 50) * kMinute}, "");
      if (plan.kind == Kind::kSubmittedAtEnd) submitted.at = plan.first;
      submitted.intake = intake;
      Emit(submitted);
    }
    const Instant received_at = plan.kind == Kind::kSubmittedAtEnd ? Local({2024, 10, 1}, 8, 5) : plan.first;
    Event received = Make(EventKind::kReceived, received_at, "letan");
    received.intake = intake;
    Emit(received);
  }

  std::string Specialist() const {
    const Procedure* p = catalog_.Find(current_.procedure_code, LocalDate(*current_.received_at));
    return p != nullptr && p->field_code == "CT" ? "chuyenvien.ct" : "chuyenvien.ht";
  }

  Instant Assign() {
    Event assigned =
        Make(EventKind::kAssigned, After(*current_.received_at, Uniform(5, 40) * kMinute), "letan");
    assigned.to = Specialist();
    Emit(assigned);
    return assigned.at;
  }

  // A supplement pause of some working hours; returns the instant the clock runs again.
  Instant Pause(Instant cursor) {
    Event requested = Make(EventKind::kSupplementRequested, After(cursor, 30 * kMinute), Specialist());
    requested.items = {"Bản sao giấy tờ chứng minh nơi cư trú"};
    Emit(requested);
    Event supplied =
        Make(EventKind::kSupplementReceived, After(requested.at, Uniform(4, 12) * kHour), "letan");
    Emit(supplied);
    return supplied.at;
  }

  // When to resolve for `target`, given the legal due the engine computed; no later than `latest`.
  Instant ResolutionTime(Target target, Instant cursor, Instant latest) {
    const Instant due = *current_.legal_due;
    const CivilDate due_date = LocalDate(due);
    const Instant start = Instant{cursor.unix_seconds + 10 * kMinute};
    switch (target) {
      case Target::kEarly: {
        const Instant before_due_date = std::min(FromLocal(due_date, 0), latest);
        const int64_t room = Between(start, before_due_date);
        if (room < 10 * kMinute)
          Fail(current_.code + ": no working time before the due date for an early result");
        return After(start, Uniform(0, room - 5 * kMinute));
      }
      case Target::kOnTime: {
        const Instant lower = std::max(start, FromLocal(due_date, 0));
        const int64_t room = Between(lower, due);
        if (room <= 2 * kMinute) return std::max(due, cursor);
        return After(lower, Uniform(0, room - kMinute));
      }
      case Target::kLate:
        return After(FromLocal(NextWorkingDay(due_date), 0), Uniform(30 * kMinute, 6 * kHour));
      case Target::kNone:
        break;
    }
    Fail("no target");
  }

  void Apologise(Instant cursor, Instant new_due) {
    const Instant due = *current_.legal_due;
    Event extended = Make(EventKind::kExtended, After(cursor, Between(cursor, due) / 2), "lanhdao");
    extended.reason = "Cần xác minh thêm thông tin với cơ quan khác";
    extended.new_due = new_due;
    if (!(extended.at < due)) Fail(current_.code + ": no time for an apology before the due time");
    Emit(extended);
  }

  // The internal steps (approve, sign, number), sometimes recorded, then the resolution, the return and
  // maybe the citizen's evaluation.
  void Resolve(Plan& plan, Instant cursor, Instant at, bool may_evaluate = true) {
    cursor = std::max(cursor, *current_.last_event_at);  // after an apology, say
    if (plan.multi_day && !plan.refused && Chance(30)) {
      const int64_t span = Between(cursor, at);
      Emit(Make(EventKind::kApproved, After(cursor, span * 6 / 10), "lanhdao"));
      Emit(Make(EventKind::kSigned, After(cursor, span * 8 / 10), "lanhdao"));
      Event numbered = Make(EventKind::kNumbered, After(cursor, span * 9 / 10), "vanthu");
      numbered.document = std::to_string(Uniform(1, 999)) + "/GXN";
      Emit(numbered);
      at = std::max(at, numbered.at);
    }
    if (plan.refused) {
      Event rejected = Make(EventKind::kRejected, at, "lanhdao");
      rejected.reason = "Không đủ điều kiện theo quy định";
      rejected.document = "Văn bản trả lời";
      Emit(rejected);
    } else {
      Event ready = Make(EventKind::kResultReady, at, Specialist());
      ready.digitized = plan.digitized_result;
      Emit(ready);
    }
    resolved_at_ = at;
    Event returned = Make(EventKind::kReturned, After(at, Uniform(30 * kMinute, 10 * kHour)), "letan");
    returned.recipient = current_.applicant.name;
    Emit(returned);
    if (plan.refused || !may_evaluate || !Chance(35)) return;
    Event evaluated = Make(EventKind::kEvaluated, Instant{returned.at.unix_seconds + 10 * kMinute}, "");
    Evaluation evaluation;
    evaluation.at = evaluated.at;
    const int64_t roll = Uniform(1, 100);
    evaluation.overall = roll <= 72   ? OverallSatisfaction::kVerySatisfied
                         : roll <= 97 ? OverallSatisfaction::kSatisfied
                                      : OverallSatisfaction::kUnsatisfied;
    for (auto& score : evaluation.scores) score = roll <= 97 ? 2 : static_cast<int>(Uniform(0, 2));
    evaluated.evaluation = evaluation;
    Emit(evaluated);
  }

  void Expect(const char* id) { expected_.emplace_back(id, current_.code); }

  // What a dossier resolved at `at` counts in, as built.
  void ExpectResolved(const Plan& plan, Instant at) {
    const CivilDate resolved = LocalDate(at);
    const CivilDate due = LocalDate(*current_.legal_due);
    // The construction's own check: the date relation the plan asked for.
    const bool as_planned = (plan.target == Target::kEarly && resolved < due) ||
                            (plan.target == Target::kOnTime && resolved == due) ||
                            (plan.target == Target::kLate && resolved > due);
    if (!as_planned || at < period_start_ || !(at < period_end_)) {
      Fail(current_.code + ": resolution " + FormatIsoInstant(at) + " against due " +
           FormatIsoInstant(*current_.legal_due) + " is not as planned");
    }
    Expect("dossiers.resolved");
    if (plan.target == Target::kLate) {
      Expect("dossiers.resolved.late");
      if (plan.apology) Expect("dossiers.resolved.late.with_apology");
    } else {
      Expect(plan.target == Target::kEarly ? "dossiers.resolved.early" : "dossiers.resolved.on_time");
      Expect("dossiers.resolved.in_time");
    }
    if (!plan.refused) Expect("results.ready");
    if (!plan.refused && plan.digitized_result) Expect("results.digitized");
  }

  void ExpectReceived(const Plan& plan) {
    Expect("dossiers.received");
    Expect(plan.channel == Channel::kOnline   ? "dossiers.received.online"
           : plan.channel == Channel::kPostal ? "dossiers.received.postal"
                                              : "dossiers.received.direct");
    if (plan.digitized_components) Expect("dossiers.received.digitized");
  }

  void ExpectEvaluation() {
    if (current_.evaluation && period_start_ <= current_.evaluation->at &&
        current_.evaluation->at < period_end_) {
      Expect("evaluations");
      if (current_.evaluation->overall != OverallSatisfaction::kUnsatisfied) Expect("evaluations.satisfied");
    }
  }

  void ExpectPending(bool overdue) {
    Expect("dossiers.pending");
    Expect(overdue ? "dossiers.pending.overdue" : "dossiers.pending.within_deadline");
  }

  void Generate(Plan& plan) {
    current_ = Dossier{};
    code_ = plan.code;
    const Instant period_last_close = Local(kTo, 17);
    switch (plan.kind) {
      case Kind::kSettledBefore:
      case Kind::kAfterPeriod: {
        plan.target = Target::kOnTime;
        Receive(plan);
        const Instant at = ResolutionTime(Target::kOnTime, plan.first, Local({2030, 1, 1}, 0));
        // Resolved on Friday 29/9/2023 and evaluated on Monday 2/10: an evaluation of the period.
        const bool evaluated_later =
            plan.kind == Kind::kSettledBefore && LocalDate(plan.first) == kLastSeptember;
        Resolve(plan, plan.first, at, !evaluated_later);
        if (evaluated_later) {
          Event evaluated = Make(
              EventKind::kEvaluated,
              std::max(Local({2023, 10, 2}, 8, 30), Instant{current_.last_event_at->unix_seconds + 600}), "");
          Evaluation evaluation;
          evaluation.at = evaluated.at;
          evaluation.overall = OverallSatisfaction::kVerySatisfied;
          evaluated.evaluation = evaluation;
          Emit(evaluated);
        }
        ExpectEvaluation();
        break;
      }
      case Kind::kCarriedResolved: {
        Receive(plan);
        const Instant cursor = Assign();
        const Instant at =
            ResolutionTime(plan.target, std::max(cursor, Local({2023, 10, 2}, 7)), Local({2023, 10, 31}, 17));
        Resolve(plan, cursor, at);
        Expect("dossiers.carried_over");
        ExpectResolved(plan, at);
        ExpectEvaluation();
        break;
      }
      case Kind::kCarriedWithdrawn: {
        Receive(plan);
        Assign();
        Event withdrawn = Make(EventKind::kWithdrawn, Local({2023, 10, 5}, 9), "letan");
        withdrawn.reason = "Công dân xin rút hồ sơ";
        Emit(withdrawn);
        Expect("dossiers.carried_over");
        Expect("dossiers.withdrawn");
        break;
      }
      case Kind::kCarriedPaused: {
        Receive(plan);
        Assign();
        Event requested = Make(EventKind::kSupplementRequested, Local({2023, 9, 27}, 9), Specialist());
        requested.items = {"Trích lục ghi chú kết hôn"};
        Emit(requested);
        Event stopped = Make(EventKind::kStopped, Local({2024, 10, 15}, 9), "letan");
        stopped.reason = "Người nộp không bổ sung hồ sơ và đề nghị dừng";
        Emit(stopped);
        Expect("dossiers.carried_over");
        ExpectPending(false);
        break;
      }
      case Kind::kResolved: {
        Receive(plan);
        Instant cursor = *current_.received_at;
        if (plan.multi_day) cursor = Assign();
        if (plan.pause) cursor = Pause(cursor);
        const Instant at = ResolutionTime(plan.target, cursor, period_last_close);
        if (plan.apology) Apologise(cursor, After(at, 8 * kHour));
        Resolve(plan, cursor, at);
        ExpectReceived(plan);
        ExpectResolved(plan, resolved_at_);
        ExpectEvaluation();
        break;
      }
      case Kind::kWithdrawn:
      case Kind::kStopped: {
        Receive(plan);
        const Instant cursor = Assign();
        const bool withdraw = plan.kind == Kind::kWithdrawn;
        Event closed = Make(withdraw ? EventKind::kWithdrawn : EventKind::kStopped,
                            After(cursor, Uniform(2, 12) * kHour), "letan");
        closed.reason = withdraw ? "Công dân xin rút hồ sơ" : "Người nộp đề nghị dừng thực hiện thủ tục";
        Emit(closed);
        ExpectReceived(plan);
        Expect("dossiers.withdrawn");
        break;
      }
      case Kind::kPendingOverdue: {
        Receive(plan);
        const Instant cursor = Assign();
        if (LocalDate(*current_.legal_due) > kTo)
          Fail(current_.code + ": an overdue dossier must be due by 30/9");
        if (plan.apology) Apologise(cursor, Local({2024, 10, 3}, 17));
        plan.target = Target::kLate;
        Resolve(plan, cursor, Local({2024, 10, 2}, 10));
        ExpectReceived(plan);
        ExpectPending(true);
        break;
      }
      case Kind::kPendingWithin: {
        Receive(plan);
        Instant cursor = *current_.received_at;
        if (plan.multi_day) cursor = Assign();
        if (!(LocalDate(*current_.legal_due) > kTo)) Fail(current_.code + ": must be due after 30/9");
        Resolve(plan, cursor, std::max(*current_.legal_due, Local({2024, 10, 1}, 9)));
        ExpectReceived(plan);
        ExpectPending(false);
        break;
      }
      case Kind::kPendingPaused: {
        Receive(plan);
        const Instant cursor = Assign();
        Event requested = Make(EventKind::kSupplementRequested, After(cursor, kHour), Specialist());
        requested.items = {"Bản chính giấy tờ tùy thân"};
        Emit(requested);
        // The unpaused due passes before the end; the clock is stopped, so it is within the deadline.
        if (!(LocalDate(*current_.legal_due) <= kTo))
          Fail(current_.code + ": the paused dossier must be due by 30/9");
        Emit(Make(EventKind::kSupplementReceived, Local({2024, 10, 2}, 8), "letan"));
        Resolve(plan, Local({2024, 10, 2}, 8), Local({2024, 10, 3}, 10));
        ExpectReceived(plan);
        ExpectPending(false);
        break;
      }
      case Kind::kRefusedAtDesk: {
        const Procedure& procedure = ProcedureFor(plan);
        Event refused = Make(EventKind::kRefusedAtDesk, plan.first, "letan");
        refused.intake = MakeIntake(plan, procedure);
        refused.reason = "Hồ sơ không thuộc thẩm quyền giải quyết của UBND xã";
        Emit(refused);
        break;
      }
      case Kind::kSubmittedAtEnd: {
        Receive(plan);
        const Instant cursor = Assign();
        plan.target = Target::kEarly;
        Resolve(plan, cursor, After(cursor, 4 * kHour));
        break;
      }
    }
  }

  // The construction reaches the seed's figures (counted from what was built, not from the plan).
  void Check() {
    std::map<std::string, int> counts;
    for (const auto& [id, code] : expected_) ++counts[id];
    const std::pair<const char*, int> seed[] = {
        {"dossiers.received", kSeedReceived},         {"dossiers.resolved", kSeedResolved},
        {"dossiers.resolved.early", kSeedEarly},      {"dossiers.resolved.on_time", kSeedOnTime},
        {"dossiers.resolved.late", kSeedLate},        {"results.ready", kSeedResolved - kSeedRefusals},
        {"results.digitized", kSeedDigitizedResults}, {"dossiers.received.digitized", kSeedDigitizedDossiers},
        {"dossiers.received.online", kSeedOnline},    {"dossiers.received.postal", kSeedPostal},
    };
    for (const auto& [id, want] : seed) {
      if (counts[id] != want) {
        Fail(std::string(id) + ": built " + std::to_string(counts[id]) + ", the seed says " +
             std::to_string(want));
      }
    }
    if (counts["dossiers.carried_over"] + counts["dossiers.received"] !=
        counts["dossiers.resolved"] + counts["dossiers.withdrawn"] + counts["dossiers.pending"]) {
      Fail("the period does not balance");
    }
  }

  const Catalog& catalog_;
  const DueClock& clock_;
  std::mt19937 random_;
  ApplyContext context_;
  Instant period_start_;
  Instant period_end_;
  std::vector<Plan> plans_;
  Dossier current_;
  std::string code_;
  Instant resolved_at_;
  std::vector<Event> events_;
  std::vector<std::pair<std::string, std::string>> expected_;
};

int Main(int argc, char** argv) {
  std::string out_path;
  std::string expect_path;
  uint32_t seed = 20240930;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const bool has_value = i + 1 < argc;
    if (arg == "--out" && has_value) {
      out_path = argv[++i];
    } else if (arg == "--expect" && has_value) {
      expect_path = argv[++i];
    } else if (arg == "--seed" && has_value) {
      seed = static_cast<uint32_t>(std::stoul(argv[++i]));
    } else {
      std::cerr << "usage: gen_seed_history --out FILE.jsonl [--expect FILE.tsv] [--seed N]\n";
      return 2;
    }
  }
  if (out_path.empty()) {
    std::cerr << "usage: gen_seed_history --out FILE.jsonl [--expect FILE.tsv] [--seed N]\n";
    return 2;
  }
  auto catalog = LoadEmbeddedCatalog();
  if (!catalog.ok()) Fail(catalog.status().ToString());
  auto calendars = UnitCalendars::Create();
  if (!calendars.ok()) Fail(calendars.status().ToString());
  Unit unit;
  unit.code = kUnit;  // default office hours, as `motcua unit add` gives
  auto clock = (*calendars)->ClockFor(unit);
  if (!clock.ok()) Fail(clock.status().ToString());

  Generator generator(*catalog, **clock, seed);
  generator.Run();
  std::ofstream out(out_path, std::ios::binary);
  for (const Event& event : generator.events()) out << EventToJsonLine(event) << "\n";
  if (!out.good()) Fail("cannot write " + out_path);
  if (!expect_path.empty()) {
    std::ofstream expect(expect_path, std::ios::binary);
    expect << "# indicator\tdossier code: what gen-seed-history built each dossier to count in, "
              "period 2023-10-01..2024-09-30, unit "
           << kUnit << "\n";
    for (const auto& [id, code] : generator.expected()) expect << id << "\t" << code << "\n";
    if (!expect.good()) Fail("cannot write " + expect_path);
  }
  return 0;
}

}  // namespace
}  // namespace motcua::seed_history

int main(int argc, char** argv) { return motcua::seed_history::Main(argc, argv); }
