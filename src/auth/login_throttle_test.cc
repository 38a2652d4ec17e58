#include "auth/login_throttle.h"

#include <gtest/gtest.h>

#include <atomic>
#include <barrier>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

namespace motcua {
namespace {

constexpr int64_t kT0 = 1'727'226'000;

class LoginThrottleTest : public ::testing::Test {
 protected:
  // Fails one attempt for (user, address); returns the wait it caused.
  int64_t Fail(LoginThrottle& throttle, std::string_view user, std::string_view address = "10.0.0.1") {
    LoginAttempt a = throttle.Begin(user, address);
    EXPECT_TRUE(a.allowed()) << user << " at +" << clock_.Now().unix_seconds - kT0;
    return a.Failed();
  }

  ManualClock clock_{Instant{kT0}};
};

TEST_F(LoginThrottleTest, FiveFailuresLockForFiveMinutes) {
  LoginThrottle throttle(clock_);
  for (int i = 0; i < 4; ++i) {
    EXPECT_EQ(Fail(throttle, "nguyenvana"), 0);
    clock_.Advance(10);
  }
  EXPECT_EQ(Fail(throttle, "nguyenvana"), 300);
  LoginAttempt refused = throttle.Begin("nguyenvana", "10.0.0.1");
  EXPECT_FALSE(refused.allowed());
  EXPECT_EQ(refused.retry_after_seconds(), 300);
  clock_.Advance(299);
  EXPECT_EQ(throttle.RetryAfterSeconds("nguyenvana", "10.0.0.1"), 1);
  EXPECT_FALSE(throttle.Begin("nguyenvana", "10.0.0.2").allowed());  // the username is locked everywhere
  clock_.Advance(1);
  EXPECT_EQ(throttle.RetryAfterSeconds("nguyenvana", "10.0.0.1"), 0);
  EXPECT_TRUE(throttle.Begin("nguyenvana", "10.0.0.1").allowed());
}

TEST_F(LoginThrottleTest, RefusedAttemptsDoNotExtendTheLock) {
  LoginThrottle throttle(clock_);
  for (int i = 0; i < 5; ++i) Fail(throttle, "a.user");
  for (int i = 0; i < 50; ++i) {
    LoginAttempt refused = throttle.Begin("a.user", "10.0.0.1");
    EXPECT_FALSE(refused.allowed());
    EXPECT_EQ(refused.Failed(), 0);  // no effect on a refused attempt
  }
  clock_.Advance(300);
  EXPECT_TRUE(throttle.Begin("a.user", "10.0.0.1").allowed());
}

TEST_F(LoginThrottleTest, SlidingWindowForgetsOldFailures) {
  LoginThrottle throttle(clock_);
  for (int i = 0; i < 4; ++i) Fail(throttle, "u1");  // at T0
  clock_.Advance(15 * 60);                           // the four leave the window
  EXPECT_EQ(Fail(throttle, "u1"), 0);
  for (int i = 0; i < 3; ++i) EXPECT_EQ(Fail(throttle, "u1"), 0);
  EXPECT_EQ(Fail(throttle, "u1"), 300);  // five inside the window
}

TEST_F(LoginThrottleTest, LockoutsDoubleUpToOneHourAndResetAfterAQuietDay) {
  LoginThrottle throttle(clock_);
  std::vector<int64_t> locks;
  for (int round = 0; round < 6; ++round) {
    int64_t wait = 0;
    for (int i = 0; i < 5; ++i) wait = Fail(throttle, "u2");
    locks.push_back(wait);
    clock_.Advance(wait);
  }
  EXPECT_EQ(locks, (std::vector<int64_t>{300, 600, 1200, 2400, 3600, 3600}));
  clock_.Advance(24 * 3600);
  int64_t wait = 0;
  for (int i = 0; i < 5; ++i) wait = Fail(throttle, "u2");
  EXPECT_EQ(wait, 300);
}

TEST_F(LoginThrottleTest, SuccessClearsTheUsernameButNotTheAddress) {
  LoginThrottle throttle(clock_);
  for (int i = 0; i < 4; ++i) Fail(throttle, "victim", "203.0.113.9");
  {
    LoginAttempt ok = throttle.Begin("victim", "203.0.113.9");
    ASSERT_TRUE(ok.allowed());
    ok.Succeeded();
  }
  for (int i = 0; i < 4; ++i) EXPECT_EQ(Fail(throttle, "victim", "198.51.100.1"), 0);  // counter restarted

  // The address rule (20 per window) keeps counting across usernames and successes.
  LoginThrottle by_address(clock_);
  for (int i = 0; i < 19; ++i) EXPECT_EQ(Fail(by_address, "user" + std::to_string(i), "203.0.113.9"), 0);
  {
    LoginAttempt mine = by_address.Begin("attacker.own", "203.0.113.9");
    mine.Succeeded();
  }
  EXPECT_EQ(Fail(by_address, "user19", "203.0.113.9"), 300);
  LoginAttempt blocked = by_address.Begin("someone.else", "203.0.113.9");
  EXPECT_FALSE(blocked.allowed());
  EXPECT_EQ(blocked.retry_after_seconds(), 300);
  EXPECT_TRUE(by_address.Begin("someone.else", "192.0.2.7").allowed());  // other addresses unaffected
}

TEST_F(LoginThrottleTest, UsernamesCompareCaseInsensitively) {
  LoginThrottle throttle(clock_);
  for (std::string_view u : {"NguyenVanA", "nguyenvana", " NGUYENVANA", "nguyenVanA ", "nguyenvana"}) {
    Fail(throttle, u, "10.0.0." + std::to_string(u.size()));
  }
  EXPECT_FALSE(throttle.Begin("nguyenvana", "10.9.9.9").allowed());
}

TEST_F(LoginThrottleTest, AnUnfinishedAttemptCountsAsAFailure) {
  LoginThrottle throttle(clock_);
  for (int i = 0; i < 5; ++i) {
    LoginAttempt a = throttle.Begin("crashy", "10.0.0.1");
    ASSERT_TRUE(a.allowed());
    // destroyed without Succeeded()/Failed(), as when the handler returns early
  }
  EXPECT_FALSE(throttle.Begin("crashy", "10.0.0.1").allowed());
  // Move keeps a single reservation.
  LoginThrottle other(clock_);
  LoginAttempt a = other.Begin("mover", "10.0.0.1");
  LoginAttempt b = std::move(a);
  b.Succeeded();
  EXPECT_EQ(other.RetryAfterSeconds("mover", "10.0.0.1"), 0);
}

TEST_F(LoginThrottleTest, ParallelAttemptsCannotExceedTheLimit) {
  LoginThrottle throttle(clock_);
  constexpr int kThreads = 16;
  std::atomic<int> allowed{0};
  std::barrier sync(kThreads);
  std::vector<LoginAttempt> held;
  std::mutex held_mu;
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      sync.arrive_and_wait();
      LoginAttempt a = throttle.Begin("target", "10.1.0." + std::to_string(t));
      if (a.allowed()) {
        ++allowed;
        std::lock_guard<std::mutex> lock(held_mu);
        held.push_back(std::move(a));  // still "checking the password"
      } else {
        EXPECT_EQ(a.retry_after_seconds(), 1);
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(allowed.load(), 5);  // five guesses in flight, no more
  for (auto& a : held) a.Failed();
  EXPECT_EQ(throttle.RetryAfterSeconds("target", "10.1.0.0"), 300);
}

TEST_F(LoginThrottleTest, ManyThreadsManyKeys) {
  LoginThrottle throttle(clock_);
  constexpr int kThreads = 8;
  constexpr int kPerThread = 200;
  std::vector<std::thread> threads;
  // Which (username, address) pairs logged in at least once: depends on how the threads interleave (a
  // username locked by other threads' failures refuses the attempt), so the test records it.
  std::mutex succeeded_mutex;
  std::set<std::pair<int, int>> succeeded_pairs;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kPerThread; ++i) {
        LoginAttempt a = throttle.Begin("user" + std::to_string(i % 10), "10.2." + std::to_string(t) + ".1");
        if (!a.allowed()) continue;
        if (i % 3 == 0) {
          a.Succeeded();
          std::lock_guard<std::mutex> lock(succeeded_mutex);
          succeeded_pairs.emplace(i % 10, t);
        } else {
          a.Failed();
        }
        if (i % 50 == 0) clock_.Advance(1);
      }
    });
  }
  for (auto& th : threads) th.join();
  // Records: 10 usernames, 8 addresses and at most one per known (username, address) pair.
  EXPECT_GE(throttle.TrackedKeys(), 10u + kThreads);
  EXPECT_LE(throttle.TrackedKeys(), 10u + kThreads + 10u * kThreads);
  EXPECT_FALSE(succeeded_pairs.empty());
  EXPECT_EQ(throttle.KnownAddresses(), succeeded_pairs.size());  // one record per pair that logged in
  // Every reservation was released: once locks and windows have passed, each record admits exactly the full
  // quota of parallel attempts again (a leaked reservation would refuse some of them).
  clock_.Advance(2 * 3600);
  auto expect_quota = [&](const std::string& user, auto address_of) {
    std::vector<LoginAttempt> held;
    for (int k = 0; k < 5; ++k) {
      held.push_back(throttle.Begin(user, address_of(k)));
      EXPECT_TRUE(held.back().allowed()) << user << " " << address_of(k);
    }
    EXPECT_FALSE(throttle.Begin(user, address_of(5)).allowed()) << user;
    for (auto& a : held) a.Succeeded();
  };
  for (int i = 0; i < 10; ++i) {
    const std::string user = "user" + std::to_string(i);
    // From new addresses: the username's record.
    expect_quota(user, [&](int k) { return "10.9." + std::to_string(i) + "." + std::to_string(k); });
    // From each known address: that pair's record.
    for (int t = 0; t < kThreads; ++t) {
      expect_quota(user, [&](int) { return "10.2." + std::to_string(t) + ".1"; });
    }
  }
}

TEST_F(LoginThrottleTest, KnownAddressSurvivesAStrangersLockout) {
  LoginThrottle throttle(clock_);
  {
    LoginAttempt at_office = throttle.Begin("nguyenvana", "10.0.0.1");
    at_office.Succeeded();
  }
  EXPECT_EQ(throttle.KnownAddresses(), 1u);
  for (int i = 0; i < 4; ++i) Fail(throttle, "nguyenvana", "198.51.100.7");
  {
    // The officer's success at the office does not reset the stranger's count...
    LoginAttempt at_office = throttle.Begin("nguyenvana", "10.0.0.1");
    ASSERT_TRUE(at_office.allowed());
    at_office.Succeeded();
  }
  EXPECT_EQ(Fail(throttle, "nguyenvana", "198.51.100.7"), 300);  // ...so the fifth guess locks
  EXPECT_FALSE(throttle.Begin("nguyenvana", "198.51.100.7").allowed());
  EXPECT_FALSE(throttle.Begin("nguyenvana", "203.0.113.50").allowed());  // a new place is locked out too
  EXPECT_TRUE(throttle.Begin("nguyenvana", "10.0.0.1").allowed());       // the office is not
  EXPECT_EQ(throttle.RetryAfterSeconds("nguyenvana", "10.0.0.1"), 0);

  // The office has its own limit.
  LoginThrottle own(clock_);
  own.Begin("hoa.tp", "10.0.0.1").Succeeded();
  for (int i = 0; i < 4; ++i) EXPECT_EQ(Fail(own, "HOA.TP", "10.0.0.1"), 0);
  EXPECT_EQ(Fail(own, "hoa.tp", "10.0.0.1"), 300);
  EXPECT_FALSE(own.Begin("hoa.tp", "10.0.0.1").allowed());
  EXPECT_TRUE(own.Begin("hoa.tp", "10.0.0.2").allowed());  // the username's own record is untouched

  // Known addresses expire: after 30 days the office is judged by the username's record again.
  clock_.Advance(30 * 24 * 3600);
  for (int i = 0; i < 5; ++i) Fail(throttle, "nguyenvana", "198.51.100.7");
  EXPECT_FALSE(throttle.Begin("nguyenvana", "10.0.0.1").allowed());
}

TEST_F(LoginThrottleTest, MemoryIsBoundedAndLocksSurviveEviction) {
  LoginThrottleOptions options;
  options.max_tracked_keys = 40;
  LoginThrottle throttle(clock_, options);
  for (int i = 0; i < 5; ++i) Fail(throttle, "locked.user", "10.3.0.1");
  for (int i = 0; i < 500; ++i) {
    Fail(throttle, "spray" + std::to_string(i),
         "10.4." + std::to_string(i / 200) + "." + std::to_string(i % 200));
  }
  EXPECT_LE(throttle.TrackedKeys(), 40u);
  EXPECT_FALSE(throttle.Begin("locked.user", "10.5.0.1").allowed());
}

TEST(TooManyLoginAttemptsTest, Messages) {
  const Status s = TooManyLoginAttempts(45);
  EXPECT_EQ(s.code(), StatusCode::kResourceExhausted);
  EXPECT_EQ(HttpStatusFor(s.code()), 429);
  EXPECT_EQ(s.user_message(), "Bạn đã đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 45 giây.");
  EXPECT_EQ(TooManyLoginAttempts(300).user_message(),
            "Bạn đã đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 5 phút.");
  EXPECT_EQ(TooManyLoginAttempts(301).user_message(),
            "Bạn đã đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 6 phút.");
  EXPECT_EQ(TooManyLoginAttempts(0).user_message(),
            "Bạn đã đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 1 giây.");
}

}  // namespace
}  // namespace motcua
