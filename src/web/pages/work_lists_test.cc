#include "web/pages/work_lists.h"

#include <gtest/gtest.h>

#include "dossier/fake_due_clock.h"

namespace motcua::web::pages {
namespace {

// Wednesday 2025-10-01 10:00 +07:00.
const Instant kNow = FromLocal(CivilDate{2025, 10, 1}, 10 * 3600);

TEST(WorkListsTest, EveryListHasAFilter) {
  FakeDueClock clock;
  for (const WorkList& list : WorkLists()) {
    auto filter = WorkListFilter(list.key, "cv.ht", kNow, clock);
    EXPECT_TRUE(filter.ok()) << list.key << ": " << filter.status().ToString();
    EXPECT_EQ(FindWorkList(list.key), &list);
  }
  EXPECT_FALSE(WorkListFilter("khong-co", "cv.ht", kNow, clock).ok());
  EXPECT_EQ(FindWorkList("khong-co"), nullptr);
}

TEST(WorkListsTest, ListsMeanWhatTheySay) {
  FakeDueClock clock;
  auto mine = WorkListFilter("cua-toi", "cv.ht", kNow, clock);
  EXPECT_EQ(mine->assignee, "cv.ht");
  EXPECT_EQ(mine->states, OpenStates());

  auto today = WorkListFilter("hom-nay", "x", kNow, clock);
  EXPECT_EQ(today->states, RunningStates());
  EXPECT_EQ(today->due_before, FromLocal(CivilDate{2025, 10, 2}, 0));  // midnight ending today

  auto two_days = WorkListFilter("hai-ngay", "x", kNow, clock);
  // The fake clock counts every second as working time: 2 working days are 16 hours later.
  EXPECT_EQ(two_days->due_before, Instant{kNow.unix_seconds + 16 * 3600});

  auto overdue = WorkListFilter("qua-han", "x", kNow, clock);
  EXPECT_EQ(overdue->overdue_at, kNow);

  auto waiting = WorkListFilter("cho-nguoi-nop", "x", kNow, clock);
  EXPECT_EQ(waiting->states,
            (std::vector<DossierState>{DossierState::kSupplementRequested, DossierState::kFeesRequested,
                                       DossierState::kCompletionRequested}));
  auto to_return = WorkListFilter("cho-tra", "x", kNow, clock);
  EXPECT_EQ(to_return->states, std::vector<DossierState>{DossierState::kResolved});
  auto all = WorkListFilter("tat-ca", "x", kNow, clock);
  EXPECT_TRUE(all->states.empty());
  EXPECT_FALSE(all->assignee.has_value());
}

TEST(WorkListsTest, NarrowingToAStateIntersects) {
  FakeDueClock clock;
  auto waiting = WorkListFilter("cho-nguoi-nop", "x", kNow, clock);
  EXPECT_TRUE(NarrowToState(*waiting, DossierState::kFeesRequested));
  EXPECT_EQ(waiting->states, std::vector<DossierState>{DossierState::kFeesRequested});
  auto to_return = WorkListFilter("cho-tra", "x", kNow, clock);
  EXPECT_FALSE(NarrowToState(*to_return, DossierState::kInProgress));
  auto all = WorkListFilter("tat-ca", "x", kNow, clock);
  EXPECT_TRUE(NarrowToState(*all, DossierState::kReturned));
  EXPECT_EQ(all->states, std::vector<DossierState>{DossierState::kReturned});
}

}  // namespace
}  // namespace motcua::web::pages
