#include "service/demo_data.h"

#include <algorithm>
#include <array>
#include <map>
#include <random>

#include "dossier/apply.h"
#include "dossier/dossier_code.h"

namespace motcua {
namespace {

constexpr int64_t kHour = 3600;

constexpr std::array<WeightedProcedure, 10> kDemoProcedures = {{
    {"2.000815", 30},  // chứng thực bản sao
    {"2.000884", 15},  // chứng thực chữ ký
    {"1.001193", 14},  // khai sinh
    {"1.000656", 6},   // khai tử
    {"1.000894", 6},   // kết hôn
    {"1.004873", 10},  // xác nhận tình trạng hôn nhân
    {"2.000635", 8},   // bản sao trích lục hộ tịch
    {"1.004859", 3},   // thay đổi, cải chính hộ tịch
    {"1.001731", 4},   // hỗ trợ chi phí mai táng (BTXH)
    {"1.001776", 4},   // trợ cấp xã hội hằng tháng (BTXH)
}};

constexpr std::array<std::string_view, 14> kFamilyNames = {
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Lý", "Đào", "Đinh"};
constexpr std::array<std::string_view, 8> kMiddleNames = {"Văn", "Thị", "Đức",  "Minh",
                                                          "Thu", "Hữu", "Ngọc", "Quang"};
constexpr std::array<std::string_view, 16> kGivenNames = {"Đức",  "Lan",  "Hùng", "Hương", "Dũng", "Mai",
                                                          "Tuấn", "Hoa",  "Nam",  "Thảo",  "Long", "Yến",
                                                          "Sơn",  "Hằng", "Bình", "Trang"};

class Generator {
 public:
  Generator(const Catalog& catalog, const DueClock& clock, const DemoOptions& options)
      : catalog_(catalog), clock_(clock), options_(options), random_(options.seed) {
    context_.clock = &clock_;
    context_.find_procedure = [this](std::string_view code, CivilDate on) { return catalog_.Find(code, on); };
    context_.mode = ApplyMode::kImport;
  }

  Result<std::vector<ImportLine>> Run() {
    const CivilDate last = LocalDate(options_.now);
    const int64_t last_day = DaysFromCivil(last);
    for (int64_t day = last_day - options_.days; day <= last_day; ++day) {
      const CivilDate date = CivilFromDays(day);
      const Instant open = FromLocal(date, 7 * static_cast<int>(kHour));
      // A working day has office time between its opening and its close.
      if (clock_.WorkingSecondsBetween(open, FromLocal(date, 17 * static_cast<int>(kHour))) == 0) continue;
      const int count = Uniform(0, 2);
      int sequence = 0;
      for (int i = 0; i < count; ++i) {
        const Instant received = After(open, Uniform(15, 7 * 60) * 60);
        if (received >= options_.now) continue;
        MOTCUA_RETURN_IF_ERROR(Dossier(date, ++sequence, received));
      }
    }
    return std::move(lines_);
  }

 private:
  int Uniform(int low, int high) { return std::uniform_int_distribution<int>(low, high)(random_); }
  bool Chance(int percent) { return Uniform(1, 100) <= percent; }
  template <typename T, size_t N>
  const T& Pick(const std::array<T, N>& items) {
    return items[static_cast<size_t>(Uniform(0, static_cast<int>(N) - 1))];
  }

  const Procedure* PickProcedure(CivilDate date) {
    int total = 0;
    for (const auto& p : DemoProcedureMix()) total += p.weight;
    int roll = Uniform(1, total);
    for (const auto& p : DemoProcedureMix()) {
      roll -= p.weight;
      if (roll <= 0) return catalog_.Find(p.code, date);
    }
    return nullptr;
  }

  std::string IdNumber() {
    // Hưng Yên (033), born 1950-2005: century-gender digit 0/1 (1900s) or 2/3 (2000s).
    const int year = Uniform(1950, 2005);
    const int century_gender = (year >= 2000 ? 2 : 0) + Uniform(0, 1);
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "033%d%02d%06d", century_gender, year % 100, Uniform(0, 999999));
    return buffer;
  }

  // Appends `event` when it happens before `now`; false once the history has reached the present.
  Result<bool> Emit(Event event) {
    if (event.at > options_.now) return false;
    auto next = Apply(current_, event, context_);
    if (!next.ok()) {
      return next.status().WithContext("demo dossier " + event.code + ": ", "Dữ liệu mẫu: ");
    }
    current_ = *std::move(next);
    lines_.push_back(ImportLine{static_cast<int>(lines_.size()) + 1, std::move(event)});
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

  Instant After(Instant from, int64_t working_seconds) {
    auto at = clock_.AddWorkingTime(from, std::max<int64_t>(working_seconds, 60), {});
    return at.ok() ? *at : from;
  }

  Status Dossier(CivilDate date, int sequence, Instant received) {
    const Procedure* procedure = PickProcedure(date);
    if (procedure == nullptr) return Status::Ok();  // not in force that day
    const std::string specialist = procedure->field_code == "CT"   ? "chuyenvien.ct"
                                   : procedure->field_code == "HT" ? "chuyenvien.ht"
                                                                   : "chuyenvien.xh";
    current_ = motcua::Dossier{};
    MOTCUA_ASSIGN_OR_RETURN(const std::string code, FormatDossierCode(kDemoCommune, date, sequence));
    current_.code = code;
    Event receive = Make(EventKind::kReceived, received, "letan");
    Intake intake;
    intake.unit = std::string(kDemoCommune);
    intake.procedure = procedure->code;
    intake.channel = Chance(25) ? Channel::kOnline : (Chance(3) ? Channel::kPostal : Channel::kDirect);
    intake.applicant.name = std::string(Pick(kFamilyNames)) + " " + std::string(Pick(kMiddleNames)) + " " +
                            std::string(Pick(kGivenNames));
    intake.applicant.id_number = IdNumber();
    intake.contact.phone = "09" + std::to_string(10000000 + Uniform(0, 89999999));
    for (const Component& component : procedure->components) {
      if (intake.components.size() >= 3) break;
      intake.components.push_back(SubmittedComponent{component.name, 1, 0, Chance(70), {}});
    }
    receive.intake = std::move(intake);
    MOTCUA_ASSIGN_OR_RETURN(bool more, Emit(std::move(receive)));
    if (!more) return Status::Ok();

    Event assign = Make(EventKind::kAssigned, After(received, 10 * 60), "letan");
    assign.to = specialist;
    MOTCUA_ASSIGN_OR_RETURN(more, Emit(assign));
    if (!more) return Status::Ok();
    Instant cursor = assign.at;

    if (Chance(3)) {
      Event withdraw = Make(EventKind::kWithdrawn, After(cursor, kHour), "letan");
      withdraw.reason = "Công dân xin rút hồ sơ để bổ sung giấy tờ khác";
      return Emit(withdraw).status();
    }
    const Instant due = current_.legal_due.value_or(cursor);
    if (Chance(15) && clock_.WorkingSecondsBetween(cursor, due) > 2 * kHour) {
      Event request = Make(EventKind::kSupplementRequested, After(cursor, kHour), specialist);
      request.items = {"Bản sao giấy tờ chứng minh nơi cư trú"};
      MOTCUA_ASSIGN_OR_RETURN(more, Emit(request));
      if (!more) return Status::Ok();
      Event supplied =
          Make(EventKind::kSupplementReceived, After(request.at, Uniform(4, 24) * kHour), "letan");
      MOTCUA_ASSIGN_OR_RETURN(more, Emit(supplied));
      if (!more) return Status::Ok();
      cursor = supplied.at;
    }
    const Instant legal_due = current_.legal_due.value_or(cursor);
    const int64_t left = clock_.WorkingSecondsBetween(cursor, legal_due);
    const bool late = Chance(7);
    Instant result_at =
        late ? After(legal_due, Uniform(1, 16) * kHour) : After(cursor, left * Uniform(30, 95) / 100);
    if (late && Chance(50) && left > 2 * kHour) {
      Event apology = Make(EventKind::kExtended, After(cursor, left / 2), "lanhdao");
      apology.reason = "Cần xác minh thêm thông tin với cơ quan khác";
      apology.new_due = After(legal_due, 16 * kHour);
      MOTCUA_ASSIGN_OR_RETURN(more, Emit(apology));
      if (!more) return Status::Ok();
      result_at = std::min(result_at, *apology.new_due);
    }
    const int64_t span = std::max<int64_t>(clock_.WorkingSecondsBetween(cursor, result_at), 5 * 60);
    if (Chance(2)) {
      Event reject = Make(EventKind::kRejected, After(cursor, span), "lanhdao");
      reject.reason = "Không đủ điều kiện theo quy định";
      reject.document = "Văn bản từ chối";
      MOTCUA_ASSIGN_OR_RETURN(more, Emit(reject));
    } else {
      MOTCUA_ASSIGN_OR_RETURN(more,
                              Emit(Make(EventKind::kApproved, After(cursor, span * 6 / 10), "lanhdao")));
      if (more) {
        MOTCUA_ASSIGN_OR_RETURN(more,
                                Emit(Make(EventKind::kSigned, After(cursor, span * 8 / 10), "lanhdao")));
      }
      if (more) {
        Event numbered = Make(EventKind::kNumbered, After(cursor, span * 9 / 10), "vanthu");
        numbered.document = std::to_string(sequence) + "/" + procedure->field_code;
        MOTCUA_ASSIGN_OR_RETURN(more, Emit(numbered));
      }
      if (more) {
        Event ready = Make(EventKind::kResultReady, After(cursor, span), "vanthu");
        ready.digitized = Chance(80);
        MOTCUA_ASSIGN_OR_RETURN(more, Emit(ready));
      }
    }
    if (!more) return Status::Ok();
    Event returned = Make(EventKind::kReturned,
                          After(current_.last_event_at.value_or(cursor), Uniform(1, 12) * kHour), "letan");
    returned.recipient = current_.applicant.name;
    MOTCUA_ASSIGN_OR_RETURN(more, Emit(returned));
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
    return Emit(evaluated).status();
  }

  const Catalog& catalog_;
  const DueClock& clock_;
  const DemoOptions& options_;
  std::mt19937 random_;
  ApplyContext context_;
  motcua::Dossier current_;
  std::vector<ImportLine> lines_;
};

}  // namespace

std::span<const WeightedProcedure> DemoProcedureMix() { return kDemoProcedures; }

std::vector<DemoAccount> DemoAccounts() {
  return {
      {"letan", "Nguyễn Thị Hồng (Tiếp nhận và trả kết quả)", {Role::kDesk}, {}},
      {"chuyenvien.ht", "Trần Văn Minh (Công chức Tư pháp - Hộ tịch)", {Role::kSpecialist}, {"HT", "CT"}},
      {"chuyenvien.ct", "Lê Thị Thu (Công chức Chứng thực)", {Role::kSpecialist}, {"CT"}},
      {"chuyenvien.xh", "Phạm Đức Long (Công chức Văn hóa - Xã hội)", {Role::kSpecialist}, {"BTXH"}},
      {"lanhdao", "Hoàng Văn Sơn (Phó Chủ tịch UBND xã)", {Role::kLeader}, {}},
      {"vanthu", "Đỗ Thị Mai (Văn thư)", {Role::kClerk}, {}},
      {"quantri", "Quản trị hệ thống", {Role::kAdmin}, {}},
  };
}

Result<std::vector<ImportLine>> GenerateDemoHistory(const Catalog& catalog, const DueClock& clock,
                                                    const DemoOptions& options) {
  Generator generator(catalog, clock, options);
  return generator.Run();
}

Result<DemoSummary> SeedDemo(Store& store, DossierService& service, UnitCalendars& calendars,
                             const PasswordHasher& hasher, const DemoOptions& options) {
  DemoSummary summary;
  Unit province;
  province.code = std::string(kDemoProvince);
  province.name = "UBND tỉnh Hưng Yên";
  province.effective_from = CivilDate{2019, 1, 1};
  Unit commune;
  commune.code = std::string(kDemoCommune);
  commune.name = "UBND xã Đồng Tiến";
  commune.parent_code = province.code;
  commune.effective_from = CivilDate{2019, 1, 1};
  for (const Unit& unit : {province, commune}) {
    const Status added = store.AddUnit(unit);
    if (added.code() == StatusCode::kAlreadyExists) continue;
    MOTCUA_RETURN_IF_ERROR(added);
    ++summary.units_added;
  }
  MOTCUA_ASSIGN_OR_RETURN(const std::string password_hash, hasher.Hash(kDemoPassword));
  for (const DemoAccount& account : DemoAccounts()) {
    User user;
    user.username = account.username;
    user.display_name = account.display_name;
    user.unit_code = std::string(kDemoCommune);
    user.roles = account.roles;
    user.fields = account.fields;
    user.password_hash = password_hash;
    user.created_at = options.now;
    user.updated_at = options.now;
    auto added = store.AddUser(user);
    if (added.status().code() == StatusCode::kAlreadyExists) continue;
    MOTCUA_RETURN_IF_ERROR(added.status());
    ++summary.users_added;
  }
  DossierFilter existing;
  existing.unit_codes = {std::string(kDemoCommune)};
  existing.limit = 1;
  MOTCUA_ASSIGN_OR_RETURN(const DossierPage page, store.ListDossiers(existing));
  if (page.total > 0) return summary;
  MOTCUA_ASSIGN_OR_RETURN(const Unit stored_commune, store.GetUnit(kDemoCommune));
  MOTCUA_ASSIGN_OR_RETURN(auto clock, calendars.ClockFor(stored_commune));
  MOTCUA_ASSIGN_OR_RETURN(const std::vector<ImportLine> lines,
                          GenerateDemoHistory(service.catalog(), *clock, options));
  MOTCUA_ASSIGN_OR_RETURN(const ImportResult result, service.Import(lines, /*dry_run=*/false));
  summary.dossiers = result.dossiers;
  summary.events = result.events;
  return summary;
}

}  // namespace motcua
