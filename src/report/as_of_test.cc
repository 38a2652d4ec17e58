// ReplayAsOf: the journal as it stood at an instant.
#include "report/as_of.h"

#include <gtest/gtest.h>

#include "report/test_journal.h"

namespace motcua {
namespace {

using report_testing::At;
using report_testing::Journal;
using report_testing::TestContext;

TEST(AsOfTest, ReplaysOnlyTheEventsBeforeTheInstant) {
  Journal journal("000.00.20.H31-240206-0001", "2024-02-06T09:00");
  journal.ResultReady("2024-02-15T10:00")
      .Then("returned", "2024-02-16T09:00", R"(,"recipient":"Nguyễn Văn An")");

  auto before_receipt = ReplayAsOf(journal.events(), At("2024-02-06T09:00"), TestContext());
  ASSERT_TRUE(before_receipt.ok());
  EXPECT_FALSE(before_receipt->has_value()) << "an event at the instant itself is after it";

  auto received = ReplayAsOf(journal.events(), At("2024-02-06T09:00:01"), TestContext());
  ASSERT_TRUE(received.ok());
  ASSERT_TRUE(received->has_value());
  EXPECT_EQ((*received)->state, DossierState::kReceived);
  EXPECT_FALSE((*received)->resolution.has_value());
  EXPECT_EQ((*received)->event_count, 1);

  auto resolved = ReplayAsOf(journal.events(), At("2024-02-16T00:00"), TestContext());
  ASSERT_TRUE(resolved.ok());
  EXPECT_EQ((*resolved)->state, DossierState::kResolved);
  EXPECT_FALSE((*resolved)->returned.has_value());

  auto all = ReplayAsOf(journal.events(), At("2030-01-01T00:00"), TestContext());
  ASSERT_TRUE(all.ok());
  auto replayed = Replay(journal.events(), TestContext());
  ASSERT_TRUE(replayed.ok());
  EXPECT_EQ(**all, *replayed);
}

TEST(AsOfTest, AJournalThatDoesNotReplayIsAnErrorNamingTheDossier) {
  Journal journal("000.00.20.H31-240206-0001", "2024-02-06T09:00");
  std::vector<Event> events = journal.events();
  Event returned = events.front();
  returned.kind = EventKind::kReturned;
  returned.intake.reset();
  returned.recipient = "Nguyễn Văn An";
  returned.at = At("2024-02-07T09:00");
  events.push_back(returned);  // returned before any result: the lifecycle refuses it
  auto replayed = ReplayAsOf(events, At("2024-03-01T00:00"), TestContext());
  ASSERT_FALSE(replayed.ok());
  EXPECT_NE(replayed.status().user_message().find("000.00.20.H31-240206-0001"), std::string::npos);
}

}  // namespace
}  // namespace motcua
