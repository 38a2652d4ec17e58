// libFuzzer target for the JSON bodies of the dossier API, end to end without a socket: each line of an input
// is the body of POST /api/v1/dossiers (intake) or, when its first byte says so, of
// POST /api/v1/dossiers/{code}/actions/{action} on the newest dossier, dispatched through the real Router,
// AuthContext (an API token), DossierService and a SQLite store in a scratch folder (removed at exit).
// Properties checked on every input, the ones the API promises ("bad input changes nothing"):
//   - the answer is 201/200 or a 4xx with the JSON error envelope (code, a Vietnamese message); never 5xx;
//   - a refused request leaves the number of dossiers and the newest dossier's journal exactly as they were;
//   - an accepted intake adds exactly one dossier, an accepted action exactly one journal event, and the
//     dossier still replays from its journal (GET answers 200).
// Seeds: fuzz/corpus/dossier_api_fuzzer/ (valid intakes and a walk through the whole lifecycle).
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "auth/clock.h"
#include "auth/csrf.h"
#include "auth/token.h"
#include "catalog/catalog.h"
#include "dossier/lifecycle.h"
#include "service/dossier_service.h"
#include "service/unit_calendars.h"
#include "store/store.h"
#include "web/auth_context.h"
#include "web/dossier_api.h"
#include "web/router.h"

namespace {

using namespace motcua;

constexpr char kUnit[] = "000.00.20.H31";

void Check(bool condition) {
  if (!condition) std::abort();
}

template <typename T>
T Must(Result<T> result) {
  if (!result.ok()) {
    spdlog::critical("fuzzer set-up failed: {}", result.status().ToString());
    std::abort();
  }
  return std::move(result).value();
}

void Must(const Status& status) {
  if (!status.ok()) {
    spdlog::critical("fuzzer set-up failed: {}", status.ToString());
    std::abort();
  }
}

// Everything the endpoints need, built once per process.
struct World {
  std::filesystem::path folder;
  std::unique_ptr<Store> store;
  std::unique_ptr<UnitCalendars> calendars;
  std::shared_ptr<DossierService> service;
  std::unique_ptr<ManualClock> clock;
  std::shared_ptr<const web::AuthContext> auth;
  web::Router router;
  User officer;
  std::string bearer;
  std::string newest_code;  // the newest dossier, "" before the first intake
  int64_t dossier_count = 0;
};

World& TheWorld() {
  static World* world = [] {
    spdlog::set_level(spdlog::level::off);
    auto* w = new World;
    w->folder = std::filesystem::temp_directory_path() / ("motcua-api-fuzz-" + std::to_string(getpid()));
    std::filesystem::remove_all(w->folder);
    std::filesystem::create_directories(w->folder);
    std::atexit([] { std::filesystem::remove_all(TheWorld().folder); });
    w->store = Must(OpenStore("sqlite:" + (w->folder / "motcua.db").string()));
    Must(w->store->Migrate());
    Unit unit;
    unit.code = kUnit;
    unit.name = "UBND xã Đồng Tiến";
    unit.effective_from = CivilDate{2025, 1, 1};
    Must(w->store->AddUnit(unit));
    Catalog catalog = Must(LoadEmbeddedCatalog());
    Must(w->store->ReplaceCatalog(catalog.fields(), catalog.procedures()));
    w->calendars = Must(UnitCalendars::Create());
    w->service = std::make_shared<DossierService>(
        *w->store, std::make_shared<const Catalog>(std::move(catalog)), *w->calendars);
    // Wednesday 2025-10-01 09:00 +07:00; each input moves the clock a minute.
    w->clock = std::make_unique<ManualClock>(FromLocal(CivilDate{2025, 10, 1}, 9 * 3600));

    // One officer with every dossier role and the fields of the seeds, so that actions get past access
    // checks and reach the engine.
    User officer;
    officer.username = "canbo";
    officer.display_name = "Cán bộ thử";
    officer.unit_code = kUnit;
    officer.roles = {Role::kDesk, Role::kSpecialist, Role::kLeader, Role::kClerk};
    officer.fields = {"HT", "CT", "BTXH"};
    // No password: the fuzzer signs in with an API token only.
    officer.created_at = w->clock->Now();
    officer.updated_at = w->clock->Now();
    officer.id = Must(w->store->AddUser(officer));
    w->officer = officer;
    const IssuedApiToken issued = IssueApiToken();
    ApiTokenRow row;
    row.key_id = issued.key_id;
    row.token_hash = issued.hash;
    row.user_id = officer.id;
    row.name = "fuzzer";
    row.created_at = w->clock->Now();
    Must(w->store->AddApiToken(row));
    w->bearer = "Bearer " + issued.token;

    w->auth = std::make_shared<const web::AuthContext>(*w->store, CsrfKey::Generate(), *w->clock);
    web::AddDossierRoutes(w->router, w->auth, w->service);
    return w;
  }();
  return *world;
}

int64_t CountDossiers(World& w) {
  DossierFilter filter;
  filter.unit_codes = {kUnit};
  filter.limit = 1;
  return Must(w.store->ListDossiers(filter)).total;
}

size_t JournalLength(World& w, const std::string& code) {
  if (code.empty()) return 0;
  return Must(w.store->GetDossierHistory(code)).size();
}

web::Response Post(World& w, std::string path, std::string_view body) {
  web::Request request;
  request.method = "POST";
  request.target = path;
  request.path = std::move(path);
  request.headers.Set("Authorization", w.bearer);
  request.headers.Set("Content-Type", "application/json");
  request.body.assign(body);
  request.remote_address = "127.0.0.1:40000";
  return w.router.Dispatch(request);
}

void CheckErrorEnvelope(const web::Response& response) {
  Check(response.status >= 400 && response.status < 500);
  auto body = nlohmann::json::parse(response.body, nullptr, /*allow_exceptions=*/false);
  Check(body.is_object() && body.contains("error"));
  const auto& error = body["error"];
  Check(error.is_object() && error.contains("code") && error.contains("message"));
  Check(error["message"].is_string() && !error["message"].get<std::string>().empty());
}

// One request: a line of the input. A line whose first byte is below 0x80 is an intake body; 0x80 + n acts
// with action n on the newest dossier, the rest of the line being the body.
void OneRequest(World& w, std::string_view line) {
  w.clock->Advance(60);
  const bool is_action =
      !line.empty() && static_cast<unsigned char>(line[0]) >= 0x80 && !w.newest_code.empty();
  const int64_t dossiers_before = w.dossier_count;
  const size_t journal_before = JournalLength(w, w.newest_code);

  web::Response response;
  if (is_action) {
    const int index = (static_cast<unsigned char>(line[0]) - 0x80) % kDossierActionCount;
    const auto action = static_cast<DossierAction>(index);
    line.remove_prefix(1);
    response =
        Post(w, "/api/v1/dossiers/" + w.newest_code + "/actions/" + std::string(ActionId(action)), line);
  } else {
    response = Post(w, "/api/v1/dossiers", line);
  }

  if (response.status >= 400) {
    CheckErrorEnvelope(response);
    Check(CountDossiers(w) == dossiers_before);
    Check(JournalLength(w, w.newest_code) == journal_before);
    return;
  }
  auto body = nlohmann::json::parse(response.body, nullptr, /*allow_exceptions=*/false);
  Check(body.is_object() && body.contains("code") && body["code"].is_string());
  const std::string code = body["code"];
  if (is_action) {
    Check(response.status == 200);
    Check(code == w.newest_code);
    Check(CountDossiers(w) == dossiers_before);
    Check(JournalLength(w, code) == journal_before + 1);
  } else {
    Check(response.status == 201);
    Check(CountDossiers(w) == dossiers_before + 1);
    Check(JournalLength(w, code) == 1);
    w.newest_code = code;
    w.dossier_count = dossiers_before + 1;
  }
  Check(w.service->Get(w.officer, code).ok());  // still replays from its journal
}

}  // namespace

// An input is up to kMaxRequests lines, so that one input can walk a dossier through its lifecycle (the seeds
// do: intake, assign, supplement, approve, sign, number, result, return) and mutations explore around it.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  constexpr int kMaxRequests = 12;
  World& w = TheWorld();
  std::string_view input(reinterpret_cast<const char*>(data), size);
  for (int i = 0; i < kMaxRequests && !input.empty(); ++i) {
    const size_t end = input.find('\n');
    OneRequest(w, input.substr(0, end));
    input.remove_prefix(end == std::string_view::npos ? input.size() : end + 1);
  }
  return 0;
}
