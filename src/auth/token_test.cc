#include "auth/token.h"

#include <gtest/gtest.h>

#include <set>

namespace motcua {
namespace {

bool IsBase64UrlChar(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}
bool IsLowerHex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); }

constexpr std::string_view kB64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

TEST(SessionTokenTest, ShapeAndStorageHash) {
  const IssuedToken t = IssueSessionToken();
  ASSERT_EQ(t.token.size(), kTokenSecretChars);
  for (char c : t.token) EXPECT_TRUE(IsBase64UrlChar(c)) << t.token;
  ASSERT_EQ(t.hash.size(), kTokenHashHexChars);
  for (char c : t.hash) EXPECT_TRUE(IsLowerHex(c)) << t.hash;
  EXPECT_EQ(t.hash, HashToken(t.token));
  EXPECT_EQ(t.token.find(t.hash), std::string::npos);
}

TEST(TokenHashTest, KnownAnswer) {
  // BLAKE2b-256("abc"), computed independently with Python's hashlib.blake2b(digest_size=32).
  EXPECT_EQ(HashToken("abc"), "bddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319");
}

TEST(SessionTokenTest, TokensAreUnique) {
  std::set<std::string> seen;
  for (int i = 0; i < 2000; ++i) seen.insert(IssueSessionToken().token);
  EXPECT_EQ(seen.size(), 2000u);
}

TEST(SessionTokenTest, RoundTripThroughLookupHash) {
  const IssuedToken t = IssueSessionToken();
  Result<std::string> lookup = SessionLookupHash(t.token);
  ASSERT_TRUE(lookup.ok());
  EXPECT_EQ(*lookup, t.hash);
  EXPECT_TRUE(TokenMatchesHash(t.token, t.hash));
  EXPECT_FALSE(TokenMatchesHash(IssueSessionToken().token, t.hash));
}

TEST(SessionTokenTest, MalformedCookieValuesNeverReachTheStore) {
  const IssuedToken t = IssueSessionToken();
  std::string non_canonical = t.token;
  // The last character carries 2 unused bits; flipping its lowest bit decodes to the same bytes.
  non_canonical.back() = kB64[kB64.find(non_canonical.back()) ^ 1];
  std::string with_plus = t.token;
  with_plus[5] = '+';
  for (const std::string& bad : {std::string(), t.token.substr(1), t.token + "A", t.token + "=", with_plus,
                                 non_canonical, std::string("' OR 1=1 --"), t.hash}) {
    const Result<std::string> r = SessionLookupHash(bad);
    EXPECT_FALSE(r.ok()) << bad;
    EXPECT_EQ(r.status().code(), StatusCode::kUnauthenticated);
  }
}

TEST(SessionTokenTest, LeakedHashIsNotAToken) {
  const IssuedToken t = IssueSessionToken();
  EXPECT_FALSE(SessionLookupHash(t.hash).ok());
  EXPECT_FALSE(TokenMatchesHash(t.hash, t.hash));
  EXPECT_FALSE(TokenMatchesHash(t.token, t.hash.substr(1)));  // malformed stored hash
  EXPECT_FALSE(TokenMatchesHash(t.token, std::string(64, 'z')));
}

TEST(ApiTokenTest, ShapeAndParse) {
  const IssuedApiToken t = IssueApiToken();
  ASSERT_EQ(t.token.size(), kApiTokenChars);
  EXPECT_TRUE(t.token.starts_with("mc_" + t.key_id + "_"));
  ASSERT_EQ(t.key_id.size(), kApiTokenKeyIdChars);
  for (char c : t.key_id) EXPECT_TRUE((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'));
  EXPECT_EQ(t.hash, HashToken(t.token));
  Result<ParsedApiToken> parsed = ParseApiToken(t.token);
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ(parsed->key_id, t.key_id);
  EXPECT_EQ(parsed->hash, t.hash);
  EXPECT_EQ(ApiTokenDisplayName(t.key_id), "mc_" + t.key_id + "_…");
}

TEST(ApiTokenTest, KeyIdsAreUnique) {
  std::set<std::string> ids;
  for (int i = 0; i < 2000; ++i) ids.insert(IssueApiToken().key_id);
  EXPECT_EQ(ids.size(), 2000u);
}

TEST(ApiTokenTest, ParseRejectsMalformed) {
  const IssuedApiToken t = IssueApiToken();
  std::string upper_key = t.token;
  upper_key[3] = 'A';
  std::string no_sep = t.token;
  no_sep[13] = '-';
  for (const std::string& bad :
       {std::string(), "MC" + t.token.substr(2), upper_key, no_sep, t.token.substr(0, 56), t.token + "x",
        "Bearer " + t.token, IssueSessionToken().token}) {
    EXPECT_EQ(ParseApiToken(bad).status().code(), StatusCode::kUnauthenticated) << bad;
  }
}

ApiTokenRecord RecordFor(const IssuedApiToken& t) {
  ApiTokenRecord r;
  r.key_id = t.key_id;
  r.token_hash = t.hash;
  r.user_id = 7;
  r.created_at = Instant{1'700'000'000};
  return r;
}

TEST(ApiTokenTest, VerifyRevokeExpire) {
  const IssuedApiToken t = IssueApiToken();
  ApiTokenRecord r = RecordFor(t);
  const Instant now{1'700'000'100};
  EXPECT_TRUE(VerifyApiToken(r, t.token, now).ok());

  // Same key id, different secret: a forged token.
  const std::string forged = "mc_" + t.key_id + "_" + IssueSessionToken().token;
  EXPECT_EQ(VerifyApiToken(r, forged, now).code(), StatusCode::kUnauthenticated);
  // Another valid token presented against this record.
  EXPECT_FALSE(VerifyApiToken(r, IssueApiToken().token, now).ok());

  r.expires_at = Instant{now.unix_seconds + 60};
  EXPECT_TRUE(VerifyApiToken(r, t.token, now).ok());
  EXPECT_FALSE(VerifyApiToken(r, t.token, Instant{now.unix_seconds + 60}).ok());

  r.expires_at.reset();
  RevokeApiToken(r, now);
  const Status revoked = VerifyApiToken(r, t.token, Instant{now.unix_seconds + 1});
  EXPECT_EQ(revoked.code(), StatusCode::kUnauthenticated);
  EXPECT_NE(revoked.message().find("revoked"), std::string::npos);
  EXPECT_EQ(revoked.user_message(), "Mã truy cập API không hợp lệ, đã hết hạn hoặc đã bị thu hồi.");
  RevokeApiToken(r, Instant{now.unix_seconds + 500});
  EXPECT_EQ(r.revoked_at->unix_seconds, now.unix_seconds);  // first revocation kept
}

}  // namespace
}  // namespace motcua
