// Demo data for `motcua init --demo`: the demo province and commune (the commune whose hand-made report
// started the project), one officer per role with a known password shown on the start page, and about a
// year of dossiers ending at `now`. The dossiers are generated as journal events (received, assigned,
// supplements, approvals, results, returns, evaluations; a few late, apologised, refused or withdrawn) and
// written through DossierService::Import, so they take exactly the path and rows real history takes.
// Deterministic for a given seed and `now`. Not thread-safe (run once, from the command line).
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "auth/password.h"
#include "base/result.h"
#include "service/dossier_service.h"
#include "service/unit_calendars.h"
#include "store/store.h"

namespace motcua {

inline constexpr std::string_view kDemoProvince = "000.00.00.H31";
inline constexpr std::string_view kDemoCommune = "000.00.20.H31";
// The demo accounts' password; the start page shows it. Only for demo databases.
inline constexpr std::string_view kDemoPassword = "dong-tien-demo";

struct DemoAccount {
  std::string username;
  std::string display_name;
  std::vector<Role> roles;
  std::vector<std::string> fields;
};
// The demo officers, one per role ("letan", "chuyenvien.ht", ..., "quantri").
std::vector<DemoAccount> DemoAccounts();

// The procedures a commune desk sees most, with rough relative frequencies: the demo's mix, also used by the
// benchmark seeding (bench/seed_dossiers.cc).
struct WeightedProcedure {
  std::string_view code;
  int weight;
};
std::span<const WeightedProcedure> DemoProcedureMix();

struct DemoOptions {
  Instant now;               // the history ends here
  uint32_t seed = 20261128;  // the same seed and `now` give the same dossiers
  int days = 365;            // how far back the history starts
};

struct DemoSummary {
  int units_added = 0;
  int users_added = 0;
  int dossiers = 0;  // 0 when the commune already had dossiers (a second run adds none)
  int events = 0;
};

// Adds what is missing of the demo data. Hashes the demo password with `hasher`.
Result<DemoSummary> SeedDemo(Store& store, DossierService& service, UnitCalendars& calendars,
                             const PasswordHasher& hasher, const DemoOptions& options);

// The history alone (events in time order per dossier, dossiers in receipt order), for tests.
Result<std::vector<ImportLine>> GenerateDemoHistory(const Catalog& catalog, const DueClock& clock,
                                                    const DemoOptions& options);

}  // namespace motcua
