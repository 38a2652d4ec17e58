// seed_dossiers: fills an initialised MotCua data directory with a large, realistic dossier history for the
// list and search benchmark (bench/list_bench.sh) and the public lookup benchmark (bench/lookup_bench.sh).
//
//   seed_dossiers --data DIR [--database URL] [--dossiers 1000000] [--units 100] [--days 730]
//                 [--seed 20261128] [--batch 2000]
//
// DIR must have been made with `motcua init --data DIR [--database URL]`. The program adds the province
// 000.00.00.H31 and UNITS communes 000.DD.CC.H31 (the first, 000.01.01.H31, is the busiest: three times the
// mean), each with a desk officer "letan.N", a specialist "chuyenvien.N", a leader "lanhdao.N" and a clerk
// "vanthu.N" (N = 0..UNITS-1; no password: the benchmarks use API tokens). Then, day by day over DAYS days
// ending now, each commune receives a Poisson number of dossiers on each working day, and each dossier's
// journal (received, assigned, supplement, apology, approve/sign/number, result, return, evaluation; some
// late, refused, withdrawn or stalled) is built with the dossier engine's Apply in import mode, exactly as
// service/demo_data.cc and DossierService::Import do, and written with Store::ImportDossiers in batches of
// BATCH dossiers (one transaction each): the same rows and journal events as `motcua import`.
//
// It also writes DIR/bench-samples/: codes.txt (10,000 random codes of all units), and for the busiest unit
// unit-codes.txt, unit-names.txt, unit-ids.txt (query values for q=, percent-encoded) and unit.txt (its
// code). Deterministic for a given seed and day. Single-threaded.
#include <spdlog/spdlog.h>
#include <sys/stat.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/civil_time.h"
#include "base/text.h"
#include "cli/engine.h"
#include "dossier/apply.h"
#include "dossier/dossier_code.h"
#include "service/demo_data.h"
#include "store/store.h"

namespace motcua {
namespace {

constexpr int64_t kHour = 3600;

struct Options {
  std::string data_dir;
  std::string database;
  int64_t dossiers = 1'000'000;
  int units = 100;
  int days = 730;
  uint32_t seed = 20261128;
  int batch = 2000;
};

// Family names weighted by their share of the population in tenths of a percent (Nguyễn 38.4%, Trần 11%,
// Lê 9.5%, Phạm 7.1%, Hoàng/Huỳnh 5.1%, Phan 4.5%, Vũ/Võ 3.9%, Đặng 2.1%, Bùi 2%, Đỗ 1.4%, Hồ 1.3%,
// Ngô 1.3%, Dương 1%, Lý 0.5%; the rest spread over less common names).
struct WeightedName {
  std::string_view name;
  int weight;
};
constexpr std::array<WeightedName, 26> kFamilyNames = {{
    {"Nguyễn", 384}, {"Trần", 110}, {"Lê", 95},   {"Phạm", 71},  {"Hoàng", 31}, {"Huỳnh", 20}, {"Phan", 45},
    {"Vũ", 24},      {"Võ", 15},    {"Đặng", 21}, {"Bùi", 20},   {"Đỗ", 14},    {"Hồ", 13},    {"Ngô", 13},
    {"Dương", 10},   {"Lý", 5},     {"Đinh", 12}, {"Đào", 10},   {"Trịnh", 8},  {"Trương", 8}, {"Lương", 6},
    {"Mai", 6},      {"Tạ", 4},     {"Phùng", 4}, {"Nghiêm", 2}, {"Triệu", 3},
}};
constexpr std::array<std::string_view, 8> kMaleMiddle = {"Văn",   "Đức",  "Minh", "Hữu",
                                                         "Quang", "Công", "Xuân", "Thanh"};
constexpr std::array<std::string_view, 8> kFemaleMiddle = {"Thị", "Thu",    "Ngọc", "Thanh",
                                                           "Kim", "Phương", "Minh", "Hồng"};
constexpr std::array<std::string_view, 32> kMaleGiven = {
    "Đức",   "Hùng",  "Dũng", "Tuấn",  "Nam",   "Long", "Sơn",  "Bình", "Quân", "Hải",  "Thắng",
    "Cường", "Khánh", "Phúc", "Trung", "Hoàng", "Kiên", "Tùng", "Hiếu", "Toàn", "Việt", "Thành",
    "Huy",   "Hưng",  "Lâm",  "Phong", "Quý",   "Tâm",  "Tiến", "Vinh", "Đạt",  "An"};
constexpr std::array<std::string_view, 32> kFemaleGiven = {
    "Lan", "Hương", "Mai",   "Hoa",    "Thảo", "Yến",  "Hằng", "Trang", "Linh", "Ngọc",  "Nga",
    "Hà",  "Thủy",  "Huyền", "Phương", "Anh",  "Dung", "Loan", "Nhung", "Oanh", "Quyên", "Tâm",
    "Thư", "Uyên",  "Vân",   "Xuân",   "Hạnh", "Liên", "My",   "Ánh",   "Diệp", "Giang"};
// Citizen ID province codes (Thông tư 07/2016/TT-BCA, dossier/identity.cc): mostly Hưng Yên, some from
// elsewhere (people registered at birth in another province).
constexpr std::array<int, 8> kIdProvinces = {33, 33, 33, 33, 1, 30, 34, 79};

std::string PercentEncode(std::string_view text) {
  std::string out;
  for (unsigned char c : text) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
        c == '_') {
      out.push_back(static_cast<char>(c));
    } else {
      char buffer[4];
      std::snprintf(buffer, sizeof buffer, "%%%02X", c);
      out += buffer;
    }
  }
  return out;
}

// Keeps a uniform random sample of at most `capacity` strings from a stream (reservoir sampling).
class Reservoir {
 public:
  explicit Reservoir(size_t capacity) : capacity_(capacity) {}
  void Offer(std::string value, std::mt19937& random) {
    ++seen_;
    if (items_.size() < capacity_) {
      items_.push_back(std::move(value));
      return;
    }
    const uint64_t slot = std::uniform_int_distribution<uint64_t>(0, seen_ - 1)(random);
    if (slot < capacity_) items_[slot] = std::move(value);
  }
  const std::vector<std::string>& items() const { return items_; }

 private:
  size_t capacity_;
  uint64_t seen_ = 0;
  std::vector<std::string> items_;
};

struct SeedUnit {
  std::string code;
  int index = 0;
  double weight = 1;
  std::shared_ptr<const CalendarDueClock> clock;
  ApplyContext context;
};

class Seeder {
 public:
  Seeder(Store& store, const Catalog& catalog, UnitCalendars& calendars, const Options& options)
      : store_(store),
        catalog_(catalog),
        calendars_(calendars),
        options_(options),
        random_(options.seed),
        sample_random_(options.seed + 1) {}

  Status Run() {
    const auto start = std::chrono::steady_clock::now();
    const Instant now = Now();
    MOTCUA_RETURN_IF_ERROR(AddUnitsAndUsers(now));
    const CivilDate last = LocalDate(now);
    const int64_t last_day = DaysFromCivil(last);
    // Working days in the window, to turn the target count into a daily rate per unit.
    int working_days = 0;
    for (int64_t day = last_day - options_.days; day <= last_day; ++day) {
      if (IsWorkingDay(CivilFromDays(day))) ++working_days;
    }
    double total_weight = 0;
    for (const SeedUnit& unit : units_) total_weight += unit.weight;
    for (int64_t day = last_day - options_.days; day <= last_day; ++day) {
      const CivilDate date = CivilFromDays(day);
      if (!IsWorkingDay(date)) continue;
      for (SeedUnit& unit : units_) {
        const double mean =
            static_cast<double>(options_.dossiers) * unit.weight / total_weight / working_days;
        const int count = std::poisson_distribution<int>(mean)(random_);
        // Receipt times in office hours (07:30-11:30, 13:30-17:00 local), in order, so codes follow time.
        std::vector<int> seconds;
        for (int i = 0; i < count; ++i) {
          const int minute = Uniform(0, 7 * 60 + 29);
          seconds.push_back(minute < 240 ? 7 * 3600 + 1800 + minute * 60
                                         : 13 * 3600 + 1800 + (minute - 240) * 60);
        }
        std::sort(seconds.begin(), seconds.end());
        for (int i = 0; i < count; ++i) {
          const Instant received = FromLocal(date, seconds[static_cast<size_t>(i)]);
          if (received >= now) continue;
          MOTCUA_RETURN_IF_ERROR(GenerateDossier(unit, date, i + 1, received, now));
          if (static_cast<int>(pending_.size()) >= options_.batch) MOTCUA_RETURN_IF_ERROR(Flush(start));
        }
      }
    }
    MOTCUA_RETURN_IF_ERROR(Flush(start));
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf(
        "seeded %lld dossiers and %lld events over %zu units (+ the province) in %.1f s (%.0f dossiers/s)\n",
        static_cast<long long>(dossiers_written_), static_cast<long long>(events_written_), units_.size(),
        seconds, static_cast<double>(dossiers_written_) / seconds);
    std::printf("busiest unit %s: %lld dossiers\n", units_[0].code.c_str(),
                static_cast<long long>(busiest_count_));
    return WriteSamples();
  }

 private:
  int Uniform(int low, int high) { return std::uniform_int_distribution<int>(low, high)(random_); }
  bool Chance(int percent) { return Uniform(1, 100) <= percent; }
  template <typename T, size_t N>
  const T& Pick(const std::array<T, N>& items) {
    return items[static_cast<size_t>(Uniform(0, static_cast<int>(N) - 1))];
  }
  template <typename T>
  const T& PickWeighted(std::span<const T> items) {
    int total = 0;
    for (const T& item : items) total += item.weight;
    int roll = Uniform(1, total);
    for (const T& item : items) {
      roll -= item.weight;
      if (roll <= 0) return item;
    }
    return items[0];
  }

  bool IsWorkingDay(CivilDate date) {
    const SeedUnit& unit = units_.front();
    return unit.clock->WorkingSecondsBetween(FromLocal(date, 7 * 3600), FromLocal(date, 17 * 3600)) > 0;
  }

  Status AddUnitsAndUsers(Instant now) {
    Unit province;
    province.code = "000.00.00.H31";
    province.name = "UBND tỉnh Hưng Yên (benchmark)";
    province.effective_from = CivilDate{2019, 1, 1};
    MOTCUA_RETURN_IF_ERROR(store_.AddUnit(province));
    std::set<std::string> fields;
    for (const WeightedProcedure& p : DemoProcedureMix()) {
      if (const Procedure* procedure = catalog_.FindLatest(p.code)) fields.insert(procedure->field_code);
    }
    std::uniform_real_distribution<double> spread(0.5, 1.5);
    for (int i = 0; i < options_.units; ++i) {
      char code[32];
      std::snprintf(code, sizeof code, "000.%02d.%02d.H31", 1 + i / 20, 1 + i % 20);
      Unit unit;
      unit.code = code;
      unit.name = "UBND xã Thử Nghiệm " + std::to_string(i + 1);
      unit.parent_code = province.code;
      unit.effective_from = CivilDate{2019, 1, 1};
      MOTCUA_RETURN_IF_ERROR(store_.AddUnit(unit));
      MOTCUA_ASSIGN_OR_RETURN(const Unit stored, store_.GetUnit(unit.code));
      SeedUnit seed_unit;
      seed_unit.code = unit.code;
      seed_unit.index = i;
      seed_unit.weight = i == 0 ? 3.0 : spread(random_);
      MOTCUA_ASSIGN_OR_RETURN(seed_unit.clock, calendars_.ClockFor(stored));
      units_.push_back(std::move(seed_unit));
      const std::string n = std::to_string(i);
      struct Officer {
        std::string username;
        Role role;
      };
      for (const Officer& officer :
           {Officer{"letan." + n, Role::kDesk}, Officer{"chuyenvien." + n, Role::kSpecialist},
            Officer{"lanhdao." + n, Role::kLeader}, Officer{"vanthu." + n, Role::kClerk}}) {
        User user;
        user.username = officer.username;
        user.display_name = officer.username;
        user.unit_code = unit.code;
        user.roles = {officer.role};
        if (officer.role == Role::kSpecialist) user.fields.assign(fields.begin(), fields.end());
        user.created_at = now;
        user.updated_at = now;
        MOTCUA_RETURN_IF_ERROR(store_.AddUser(user).status());
      }
    }
    // The contexts point into units_, which no longer grows.
    for (SeedUnit& unit : units_) {
      unit.context.clock = unit.clock.get();
      unit.context.find_procedure = [this](std::string_view code, CivilDate on) {
        return catalog_.Find(code, on);
      };
      unit.context.mode = ApplyMode::kImport;
    }
    return Status::Ok();
  }

  std::string PersonName() {
    const bool male = Chance(50);
    std::string name(PickWeighted(std::span<const WeightedName>(kFamilyNames)).name);
    name += ' ';
    name += male ? Pick(kMaleMiddle) : Pick(kFemaleMiddle);
    name += ' ';
    name += male ? Pick(kMaleGiven) : Pick(kFemaleGiven);
    return name;
  }

  std::string IdNumber() {
    const int year = Uniform(1945, 2007);
    const int century_gender = (year >= 2000 ? 2 : 0) + Uniform(0, 1);
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%03d%d%02d%06d", Pick(kIdProvinces), century_gender, year % 100,
                  Uniform(0, 999999));
    return buffer;
  }

  // Appends `event` when it happens before `now`; false once the history has reached the present.
  Result<bool> Emit(const SeedUnit& unit, Event event, Instant now) {
    if (event.at > now) return false;
    auto next = Apply(current_, event, unit.context);
    if (!next.ok()) return next.status().WithContext("seed dossier " + event.code + ": ", "Dữ liệu thử: ");
    current_ = *std::move(next);
    events_.push_back(std::move(event));
    return true;
  }

  Event Make(EventKind kind, Instant at, std::string by) {
    Event event;
    event.kind = kind;
    event.code = current_.code;
    event.at = at;
    event.by = std::move(by);
    return event;
  }

  Instant After(const SeedUnit& unit, Instant from, int64_t working_seconds) {
    auto at = unit.clock->AddWorkingTime(from, std::max<int64_t>(working_seconds, 60), {});
    return at.ok() ? *at : from;
  }

  // One dossier's history, in the shape of service/demo_data.cc's, with the unit's own officers.
  Status GenerateDossier(const SeedUnit& unit, CivilDate date, int sequence, Instant received, Instant now) {
    // Another procedure when the one drawn was not in force that day (the social-protection ones start on
    // 2025-07-01), so that the count comes out as asked.
    const Procedure* procedure = nullptr;
    for (int attempt = 0; procedure == nullptr && attempt < 20; ++attempt) {
      procedure = catalog_.Find(PickWeighted(DemoProcedureMix()).code, date);
    }
    if (procedure == nullptr) return Status::Ok();
    const std::string n = std::to_string(unit.index);
    const std::string desk = "letan." + n, specialist = "chuyenvien." + n, leader = "lanhdao." + n,
                      clerk = "vanthu." + n;
    current_ = Dossier{};
    events_.clear();
    MOTCUA_ASSIGN_OR_RETURN(current_.code, FormatDossierCode(unit.code, date, sequence));
    Event receive = Make(EventKind::kReceived, received, desk);
    Intake intake;
    intake.unit = unit.code;
    intake.procedure = procedure->code;
    intake.channel = Chance(25) ? Channel::kOnline : (Chance(3) ? Channel::kPostal : Channel::kDirect);
    intake.applicant.name = PersonName();
    intake.applicant.id_number = IdNumber();
    intake.contact.phone = "09" + std::to_string(10000000 + Uniform(0, 89999999));
    for (const Component& component : procedure->components) {
      if (intake.components.size() >= 3) break;
      intake.components.push_back(SubmittedComponent{component.name, 1, 0, Chance(70), {}});
    }
    receive.intake = std::move(intake);
    MOTCUA_ASSIGN_OR_RETURN(bool more, Emit(unit, std::move(receive), now));
    if (more) MOTCUA_RETURN_IF_ERROR(Process(unit, sequence, *procedure, now));
    if (events_.empty()) return Status::Ok();
    if (unit.index == 0) {
      ++busiest_count_;
      unit_codes_.Offer(PercentEncode(Chance(50) ? current_.code : current_.code.substr(14)), sample_random_);
      // Name queries as officers type them: the given name with accents, or middle + given without.
      const std::string& name = current_.applicant.name;
      const size_t last_space = name.rfind(' ');
      const size_t middle_space = name.find(' ');
      const std::string query =
          Chance(50) ? name.substr(last_space + 1) : SearchKey(name.substr(middle_space + 1));
      unit_names_.Offer(PercentEncode(query), sample_random_);
      const std::string& id = current_.applicant.id_number;
      unit_ids_.Offer(id.size() >= 6 ? id.substr(id.size() - 6) : id, sample_random_);
    }
    all_codes_.Offer(current_.code, sample_random_);
    const std::string field = procedure->field_code;
    events_written_ += static_cast<int64_t>(events_.size());
    pending_.push_back(DossierWrite{std::move(current_), field, std::move(events_)});
    events_.clear();
    return Status::Ok();
  }

  Status Process(const SeedUnit& unit, int sequence, const Procedure& procedure, Instant now) {
    const std::string n = std::to_string(unit.index);
    const std::string desk = "letan." + n, specialist = "chuyenvien." + n, leader = "lanhdao." + n,
                      clerk = "vanthu." + n;
    const Instant received = *current_.received_at;
    Event assign = Make(EventKind::kAssigned, After(unit, received, 10 * 60), desk);
    assign.to = specialist;
    MOTCUA_ASSIGN_OR_RETURN(bool more, Emit(unit, assign, now));
    if (!more) return Status::Ok();
    Instant cursor = assign.at;
    if (Chance(1)) return Status::Ok();  // stalled: never resolved (overdue once its due time passes)
    if (Chance(3)) {
      Event withdraw = Make(EventKind::kWithdrawn, After(unit, cursor, kHour), desk);
      withdraw.reason = "Công dân xin rút hồ sơ để bổ sung giấy tờ khác";
      return Emit(unit, withdraw, now).status();
    }
    const Instant due = current_.legal_due.value_or(cursor);
    if (Chance(15) && unit.clock->WorkingSecondsBetween(cursor, due) > 2 * kHour) {
      Event request = Make(EventKind::kSupplementRequested, After(unit, cursor, kHour), specialist);
      request.items = {"Bản sao giấy tờ chứng minh nơi cư trú"};
      MOTCUA_ASSIGN_OR_RETURN(more, Emit(unit, request, now));
      if (!more) return Status::Ok();
      Event supplied =
          Make(EventKind::kSupplementReceived, After(unit, request.at, Uniform(4, 24) * kHour), desk);
      MOTCUA_ASSIGN_OR_RETURN(more, Emit(unit, supplied, now));
      if (!more) return Status::Ok();
      cursor = supplied.at;
    }
    const Instant legal_due = current_.legal_due.value_or(cursor);
    const int64_t left = unit.clock->WorkingSecondsBetween(cursor, legal_due);
    const bool late = Chance(7);
    Instant result_at = late ? After(unit, legal_due, Uniform(1, 16) * kHour)
                             : After(unit, cursor, left * Uniform(30, 95) / 100);
    if (late && Chance(50) && left > 2 * kHour) {
      Event apology = Make(EventKind::kExtended, After(unit, cursor, left / 2), leader);
      apology.reason = "Cần xác minh thêm thông tin với cơ quan khác";
      apology.new_due = After(unit, legal_due, 16 * kHour);
      MOTCUA_ASSIGN_OR_RETURN(more, Emit(unit, apology, now));
      if (!more) return Status::Ok();
      result_at = std::min(result_at, *apology.new_due);
    }
    const int64_t span = std::max<int64_t>(unit.clock->WorkingSecondsBetween(cursor, result_at), 5 * 60);
    if (Chance(2)) {
      Event reject = Make(EventKind::kRejected, After(unit, cursor, span), leader);
      reject.reason = "Không đủ điều kiện theo quy định";
      reject.document = "Văn bản từ chối";
      MOTCUA_ASSIGN_OR_RETURN(more, Emit(unit, reject, now));
    } else {
      MOTCUA_ASSIGN_OR_RETURN(
          more, Emit(unit, Make(EventKind::kApproved, After(unit, cursor, span * 6 / 10), leader), now));
      if (more) {
        MOTCUA_ASSIGN_OR_RETURN(
            more, Emit(unit, Make(EventKind::kSigned, After(unit, cursor, span * 8 / 10), leader), now));
      }
      if (more) {
        Event numbered = Make(EventKind::kNumbered, After(unit, cursor, span * 9 / 10), clerk);
        numbered.document = std::to_string(sequence) + "/" + procedure.field_code;
        MOTCUA_ASSIGN_OR_RETURN(more, Emit(unit, numbered, now));
      }
      if (more) {
        Event ready = Make(EventKind::kResultReady, After(unit, cursor, span), clerk);
        ready.digitized = Chance(80);
        MOTCUA_ASSIGN_OR_RETURN(more, Emit(unit, ready, now));
      }
    }
    if (!more) return Status::Ok();
    Event returned = Make(EventKind::kReturned,
                          After(unit, current_.last_event_at.value_or(cursor), Uniform(1, 12) * kHour), desk);
    returned.recipient = current_.applicant.name;
    MOTCUA_ASSIGN_OR_RETURN(more, Emit(unit, returned, now));
    if (!more || !Chance(60)) return Status::Ok();
    Event evaluated = Make(EventKind::kEvaluated, Instant{returned.at.unix_seconds + 600}, "");
    Evaluation evaluation;
    evaluation.at = evaluated.at;
    const int roll = Uniform(1, 100);
    evaluation.overall = roll <= 70   ? OverallSatisfaction::kVerySatisfied
                         : roll <= 95 ? OverallSatisfaction::kSatisfied
                                      : OverallSatisfaction::kUnsatisfied;
    for (auto& score : evaluation.scores) score = roll <= 95 ? 2 : Uniform(0, 2);
    evaluated.evaluation = evaluation;
    return Emit(unit, evaluated, now).status();
  }

  Status Flush(std::chrono::steady_clock::time_point start) {
    if (pending_.empty()) return Status::Ok();
    MOTCUA_RETURN_IF_ERROR(store_.ImportDossiers({}, pending_));
    dossiers_written_ += static_cast<int64_t>(pending_.size());
    pending_.clear();
    if (dossiers_written_ / 50'000 != (dossiers_written_ - options_.batch) / 50'000) {
      const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      std::printf("  %lld dossiers, %lld events, %.0f s\n", static_cast<long long>(dossiers_written_),
                  static_cast<long long>(events_written_), seconds);
      std::fflush(stdout);
    }
    return Status::Ok();
  }

  Status WriteSamples() {
    const std::filesystem::path dir = std::filesystem::path(options_.data_dir) / "bench-samples";
    std::error_code error;
    std::filesystem::create_directories(dir, error);
    if (error) return Status::Internal("cannot create " + dir.string() + ": " + error.message());
    auto write = [&](const std::string& name, const std::vector<std::string>& lines) -> Status {
      std::ofstream out(dir / name);
      for (const std::string& line : lines) out << line << '\n';
      out.close();
      if (!out) return Status::Internal("cannot write " + (dir / name).string());
      return Status::Ok();
    };
    MOTCUA_RETURN_IF_ERROR(write("codes.txt", all_codes_.items()));
    MOTCUA_RETURN_IF_ERROR(write("unit-codes.txt", unit_codes_.items()));
    MOTCUA_RETURN_IF_ERROR(write("unit-names.txt", unit_names_.items()));
    MOTCUA_RETURN_IF_ERROR(write("unit-ids.txt", unit_ids_.items()));
    MOTCUA_RETURN_IF_ERROR(write("unit.txt", {units_[0].code, "letan.0"}));
    std::printf("samples written to %s\n", dir.string().c_str());
    return Status::Ok();
  }

  Store& store_;
  const Catalog& catalog_;
  UnitCalendars& calendars_;
  const Options& options_;
  std::mt19937 random_;
  std::mt19937 sample_random_;
  std::vector<SeedUnit> units_;
  Dossier current_;
  std::vector<Event> events_;
  std::vector<DossierWrite> pending_;
  int64_t dossiers_written_ = 0;
  int64_t events_written_ = 0;
  int64_t busiest_count_ = 0;
  Reservoir all_codes_{10'000};
  Reservoir unit_codes_{2'000};
  Reservoir unit_names_{2'000};
  Reservoir unit_ids_{2'000};
};

int Usage(const char* program) {
  std::fprintf(stderr,
               "usage: %s --data DIR [--database URL] [--dossiers N] [--units N] [--days N] [--seed N] "
               "[--batch N]\n",
               program);
  return 2;
}

}  // namespace
}  // namespace motcua

int main(int argc, char** argv) {
  using motcua::Options;
  Options options;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (i + 1 >= argc) return motcua::Usage(argv[0]);
    const char* value = argv[++i];
    if (arg == "--data") {
      options.data_dir = value;
    } else if (arg == "--database") {
      options.database = value;
    } else if (arg == "--dossiers") {
      options.dossiers = std::atoll(value);
    } else if (arg == "--units") {
      options.units = std::atoi(value);
    } else if (arg == "--days") {
      options.days = std::atoi(value);
    } else if (arg == "--seed") {
      options.seed = static_cast<uint32_t>(std::strtoul(value, nullptr, 10));
    } else if (arg == "--batch") {
      options.batch = std::atoi(value);
    } else {
      return motcua::Usage(argv[0]);
    }
  }
  if (options.data_dir.empty() || options.dossiers < 1 || options.units < 1 || options.units > 400 ||
      options.days < 1 || options.batch < 1) {
    return motcua::Usage(argv[0]);
  }
  spdlog::set_level(spdlog::level::warn);
  auto engine = motcua::cli::OpenEngine(options.data_dir, options.database);
  if (!engine.ok()) {
    std::fprintf(stderr, "%s\n", engine.status().ToString().c_str());
    return 1;
  }
  motcua::Seeder seeder(*(*engine)->store, *(*engine)->catalog, *(*engine)->calendars, options);
  const motcua::Status status = seeder.Run();
  if (!status.ok()) {
    std::fprintf(stderr, "%s\n", status.ToString().c_str());
    return 1;
  }
  return 0;
}
