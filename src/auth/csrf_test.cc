#include "auth/csrf.h"

#include <gtest/gtest.h>

#include "auth/token.h"

namespace motcua {
namespace {

TEST(CsrfTest, AcceptsTheSessionsOwnToken) {
  const CsrfKey key = CsrfKey::Generate();
  const IssuedToken session = IssueSessionToken();
  const std::string token = CsrfTokenFor(key, session.hash);
  EXPECT_EQ(token.size(), 43u);
  EXPECT_EQ(token, CsrfTokenFor(key, session.hash));  // stable for the whole session
  EXPECT_TRUE(CheckCsrfToken(key, session.hash, token).ok());
}

TEST(CsrfTest, RejectsAStaleTokenFromAnotherSession) {
  const CsrfKey key = CsrfKey::Generate();
  const IssuedToken old_session = IssueSessionToken();
  const IssuedToken new_session = IssueSessionToken();  // e.g. after logging in again
  const std::string stale = CsrfTokenFor(key, old_session.hash);
  const Status s = CheckCsrfToken(key, new_session.hash, stale);
  EXPECT_EQ(s.code(), StatusCode::kPermissionDenied);
  EXPECT_EQ(s.message(), "CSRF token does not match this session");
  EXPECT_EQ(s.user_message(),
            "Biểu mẫu đã hết hiệu lực hoặc không hợp lệ. Vui lòng tải lại trang rồi thử lại.");
  EXPECT_NE(CsrfTokenFor(key, old_session.hash), CsrfTokenFor(key, new_session.hash));
}

TEST(CsrfTest, RejectsTokensOfAnotherKey) {
  const CsrfKey key = CsrfKey::Generate();
  const CsrfKey other = CsrfKey::Generate();
  const IssuedToken session = IssueSessionToken();
  EXPECT_FALSE(CheckCsrfToken(key, session.hash, CsrfTokenFor(other, session.hash)).ok());
}

TEST(CsrfTest, RejectsMissingOrMalformed) {
  const CsrfKey key = CsrfKey::Generate();
  const IssuedToken session = IssueSessionToken();
  const std::string good = CsrfTokenFor(key, session.hash);
  std::string flipped = good;
  flipped[0] = flipped[0] == 'A' ? 'B' : 'A';
  for (const std::string& bad :
       {std::string(), good.substr(1), good + "A", flipped, session.token, session.hash}) {
    EXPECT_EQ(CheckCsrfToken(key, session.hash, bad).code(), StatusCode::kPermissionDenied) << bad;
  }
  EXPECT_FALSE(CheckCsrfToken(key, "", good).ok());
}

TEST(CsrfTest, KeyRoundTrip) {
  const CsrfKey key = CsrfKey::Generate();
  const std::string text = key.ToBase64();
  EXPECT_EQ(text.size(), 43u);
  Result<CsrfKey> again = CsrfKey::FromBase64(text);
  ASSERT_TRUE(again.ok());
  const IssuedToken session = IssueSessionToken();
  EXPECT_EQ(CsrfTokenFor(*again, session.hash), CsrfTokenFor(key, session.hash));
  EXPECT_FALSE(CsrfKey::FromBase64(text.substr(1)).ok());
  EXPECT_FALSE(CsrfKey::FromBase64("not base64 !!").ok());
  EXPECT_EQ(CsrfKey::FromBase64("").status().code(), StatusCode::kInvalidArgument);
}

TEST(CsrfTest, KnownAnswer) {
  // Pins the construction HMAC-SHA-256(key, "motcua-csrf-v1\0" || session hash): a change would invalidate
  // every open form after an upgrade. Key = 32 zero bytes, session hash = "abc"; expected value computed
  // independently with Python's hmac module.
  const CsrfKey zero = CsrfKey::FromBase64(std::string(43, 'A')).value();
  EXPECT_EQ(CsrfTokenFor(zero, "abc"), "ymqyrS9JPaj9ugKH__W27-VyKdAa2guKuVqqWZGQaOM");
}

}  // namespace
}  // namespace motcua
