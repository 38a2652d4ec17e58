#include "auth/session.h"

#include <gtest/gtest.h>

namespace motcua {
namespace {

constexpr int64_t kT0 = 1'727'226'000;  // 2024-09-25 08:00 +07:00

TEST(SessionPolicyTest, Defaults) {
  const SessionPolicy p;
  EXPECT_EQ(p.idle_timeout_seconds, 30 * 60);
  EXPECT_EQ(p.absolute_lifetime_seconds, 10 * 3600);
}

TEST(SessionPolicyTest, IdleTimeout) {
  const SessionTimes t{Instant{kT0}, Instant{kT0 + 600}};
  EXPECT_TRUE(CheckSessionLive(t, Instant{kT0 + 600 + 1799}).ok());
  const Status s = CheckSessionLive(t, Instant{kT0 + 600 + 1800});
  EXPECT_EQ(s.code(), StatusCode::kUnauthenticated);
  EXPECT_EQ(s.message(), "session idle timeout");
  EXPECT_EQ(s.user_message(), "Phiên làm việc đã hết hạn, vui lòng đăng nhập lại.");
  EXPECT_EQ(SessionExpiresAt(t).unix_seconds, kT0 + 600 + 1800);
}

TEST(SessionPolicyTest, AbsoluteLifetimeEvenWhenActive) {
  const SessionTimes t{Instant{kT0}, Instant{kT0 + 10 * 3600 - 5}};
  EXPECT_TRUE(CheckSessionLive(t, Instant{kT0 + 10 * 3600 - 1}).ok());
  EXPECT_EQ(CheckSessionLive(t, Instant{kT0 + 10 * 3600}).message(), "session reached its absolute lifetime");
  EXPECT_EQ(SessionExpiresAt(t).unix_seconds, kT0 + 10 * 3600);
}

TEST(SessionPolicyTest, ClockSkewCannotExtendASession) {
  const SessionTimes t{Instant{kT0}, Instant{kT0}};
  EXPECT_TRUE(CheckSessionLive(t, Instant{kT0 - 60}).ok());
  EXPECT_FALSE(CheckSessionLive(t, Instant{kT0 - 10 * 3600 - 1}).ok());
}

TEST(SessionPolicyTest, TouchAtMostOncePerInterval) {
  const SessionTimes t{Instant{kT0}, Instant{kT0 + 100}};
  EXPECT_FALSE(ShouldTouchSession(t, Instant{kT0 + 159}));
  EXPECT_TRUE(ShouldTouchSession(t, Instant{kT0 + 160}));
}

TEST(SessionCookieTest, Attributes) {
  EXPECT_EQ(SessionSetCookie("abc", /*secure=*/true),
            "__Host-motcua_session=abc; Path=/; HttpOnly; SameSite=Lax; Secure");
  EXPECT_EQ(SessionSetCookie("abc", /*secure=*/false), "motcua_session=abc; Path=/; HttpOnly; SameSite=Lax");
  EXPECT_EQ(SessionClearCookie(true),
            "__Host-motcua_session=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax; Secure");
  EXPECT_EQ(SessionClearCookie(false), "motcua_session=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax");
  // Non-persistent: no Expires or Max-Age on the installing cookie; never a Domain attribute.
  for (bool secure : {true, false}) {
    const std::string c = SessionSetCookie("abc", secure);
    EXPECT_EQ(c.find("Expires"), std::string::npos);
    EXPECT_EQ(c.find("Max-Age"), std::string::npos);
    EXPECT_EQ(c.find("Domain"), std::string::npos);
  }
}

}  // namespace
}  // namespace motcua
