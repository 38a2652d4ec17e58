#include "service/demo_data.h"

#include <gtest/gtest.h>

#include <map>

#include "auth/password_policy.h"
#include "catalog/catalog.h"
#include "store/test_backend.h"

namespace motcua {
namespace {

using store_internal::BackendTest;

class DemoDataTest : public BackendTest {};

TEST(DemoAccountsTest, DemoPasswordPassesThePolicyForEveryAccount) {
  for (const DemoAccount& account : DemoAccounts()) {
    EXPECT_TRUE(CheckPasswordPolicy(kDemoPassword, account.username).ok()) << account.username;
  }
}

TEST_P(DemoDataTest, AYearOfDossiersReplaysThroughTheEngineAndIsRepeatable) {
  std::unique_ptr<Store> store = OpenTestStore();
  ASSERT_TRUE(store);
  auto loaded = LoadEmbeddedCatalog();
  ASSERT_TRUE(loaded.ok());
  auto catalog = std::make_shared<const Catalog>(std::move(loaded).value());
  ASSERT_TRUE(store->ReplaceCatalog(catalog->fields(), catalog->procedures()).ok());
  auto calendars = UnitCalendars::Create();
  ASSERT_TRUE(calendars.ok());
  DossierService service(*store, catalog, **calendars);
  auto hasher = PasswordHasher::Create(Argon2Limits::FastForTests());
  ASSERT_TRUE(hasher.ok());
  DemoOptions options;
  options.now = *ParseIsoInstant("2026-11-27T16:00:00+07:00");

  auto seeded = SeedDemo(*store, service, **calendars, *hasher, options);
  ASSERT_TRUE(seeded.ok()) << seeded.status().ToString();
  EXPECT_EQ(seeded->units_added, 2);
  EXPECT_EQ(seeded->users_added, static_cast<int>(DemoAccounts().size()));
  EXPECT_GE(seeded->dossiers, 150);
  EXPECT_LE(seeded->dossiers, 500);

  // A mix of the lifecycle: returned, evaluated, late, still open.
  DossierFilter all;
  all.unit_codes = {std::string(kDemoCommune)};
  all.limit = kMaxDossierPage;
  std::map<DossierState, int> by_state;
  int late = 0, evaluated = 0;
  for (all.offset = 0;; all.offset += all.limit) {
    auto page = store->ListDossiers(all);
    ASSERT_TRUE(page.ok());
    for (const DossierSummary& d : page->items) {
      ++by_state[d.state];
      if (d.resolved_at && d.legal_due && *d.resolved_at > *d.legal_due) ++late;
      if (!d.evaluation.empty()) ++evaluated;
    }
    if (page->items.size() < static_cast<size_t>(all.limit)) break;
  }
  EXPECT_GT(by_state[DossierState::kReturned], seeded->dossiers / 2);
  EXPECT_GT(by_state[DossierState::kWithdrawn], 0);
  EXPECT_GT(late, 0);
  EXPECT_GT(evaluated, 0);

  // Signing in works with the shown password.
  auto desk = store->GetUser("letan");
  ASSERT_TRUE(desk.ok());
  EXPECT_TRUE(hasher->Verify(desk->password_hash, kDemoPassword).ok());

  // A second run adds nothing; the same seed and end give the same history.
  auto again = SeedDemo(*store, service, **calendars, *hasher, options);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->units_added + again->users_added + again->dossiers, 0);
  auto unit = store->GetUnit(kDemoCommune);
  ASSERT_TRUE(unit.ok());
  auto clock = (*calendars)->ClockFor(*unit);
  ASSERT_TRUE(clock.ok());
  auto first = GenerateDemoHistory(*catalog, **clock, options);
  auto second = GenerateDemoHistory(*catalog, **clock, options);
  ASSERT_TRUE(first.ok() && second.ok());
  ASSERT_EQ(first->size(), second->size());
  for (size_t i = 0; i < first->size(); ++i) EXPECT_EQ((*first)[i].event, (*second)[i].event);
}

MOTCUA_INSTANTIATE_BACKENDS(DemoDataTest);

}  // namespace
}  // namespace motcua
