// One-time form tokens: the first submission acts, later ones are sent where it went; a failure frees the
// token; a concurrent duplicate waits for the first; tokens are scoped to their session.
#include "web/pages/once_tokens.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

namespace motcua::web::pages {
namespace {

TEST(OnceTokensTest, FirstActsLaterOnesFollowIt) {
  ManualClock clock(Instant{1'700'000'000});
  OnceTokens tokens(clock);
  const std::string token = OnceTokens::Issue();
  EXPECT_EQ(token.size(), 43u);
  EXPECT_NE(token, OnceTokens::Issue());
  auto first = tokens.Take("session-a", token);
  ASSERT_TRUE(first.ok());
  EXPECT_EQ(first->outcome, OnceTokens::Outcome::kFirst);
  tokens.Finish("session-a", token, "/ho-so/X?xong=assign");
  auto second = tokens.Take("session-a", token);
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(second->outcome, OnceTokens::Outcome::kDuplicate);
  EXPECT_EQ(second->location, "/ho-so/X?xong=assign");
  // Another session's claim of the same string is its own.
  EXPECT_EQ(tokens.Take("session-b", token)->outcome, OnceTokens::Outcome::kFirst);
}

TEST(OnceTokensTest, AReleasedTokenMayBeUsedAgain) {
  ManualClock clock(Instant{1'700'000'000});
  OnceTokens tokens(clock);
  const std::string token = OnceTokens::Issue();
  ASSERT_EQ(tokens.Take("s", token)->outcome, OnceTokens::Outcome::kFirst);
  tokens.Release("s", token);
  EXPECT_EQ(tokens.Take("s", token)->outcome, OnceTokens::Outcome::kFirst);
}

TEST(OnceTokensTest, RefusesMissingOrMalformedTokens) {
  ManualClock clock(Instant{1'700'000'000});
  OnceTokens tokens(clock);
  for (const char* bad : {"", "short", "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"}) {
    auto claim = tokens.Take("s", bad);
    EXPECT_FALSE(claim.ok()) << bad;
    if (!claim.ok()) {
      EXPECT_EQ(claim.status().code(), StatusCode::kInvalidArgument);
    }
  }
}

TEST(OnceTokensTest, ForgetsAfterTheKeepTimeAndStaysBounded) {
  ManualClock clock(Instant{1'700'000'000});
  OnceTokens::Options options;
  options.keep_seconds = 60;
  options.max_entries = 3;
  OnceTokens tokens(clock, options);
  const std::string old = OnceTokens::Issue();
  ASSERT_EQ(tokens.Take("s", old)->outcome, OnceTokens::Outcome::kFirst);
  tokens.Finish("s", old, "/x");
  clock.Advance(61);
  EXPECT_EQ(tokens.Take("s", old)->outcome, OnceTokens::Outcome::kFirst);  // forgotten
  tokens.Finish("s", old, "/x");
  for (int i = 0; i < 10; ++i) {
    const std::string token = OnceTokens::Issue();
    ASSERT_EQ(tokens.Take("s", token)->outcome, OnceTokens::Outcome::kFirst);
    tokens.Finish("s", token, "/y");
  }
  EXPECT_LE(tokens.size(), 3u);
}

TEST(OnceTokensTest, ConcurrentDuplicatesActOnceAndFollowTheFirst) {
  ManualClock clock(Instant{1'700'000'000});
  OnceTokens tokens(clock);
  const std::string token = OnceTokens::Issue();
  std::atomic<int> acted{0};
  std::atomic<int> followed{0};
  std::vector<std::thread> threads;
  for (int i = 0; i < 8; ++i) {
    threads.emplace_back([&] {
      auto claim = tokens.Take("s", token);
      ASSERT_TRUE(claim.ok());
      if (claim->outcome == OnceTokens::Outcome::kFirst) {
        ++acted;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        tokens.Finish("s", token, "/done");
      } else {
        EXPECT_EQ(claim->location, "/done");  // waited for the first
        ++followed;
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(acted.load(), 1);
  EXPECT_EQ(followed.load(), 7);
}

}  // namespace
}  // namespace motcua::web::pages
