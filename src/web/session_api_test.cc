// Sign-in, sessions, CSRF and API tokens over HTTP, on both store backends (web/api_test_fixture.h).
#include "web/session_api.h"

#include <gtest/gtest.h>

#include "auth/csrf.h"
#include "auth/token.h"
#include "web/api_test_fixture.h"

namespace motcua::web::testing {
namespace {

using nlohmann::json;

class SessionApiTest : public ApiTest {
 protected:
  RawResponse LoginCall(const std::string& username, const std::string& password,
                        const std::string& address = "") const {
    HttpCall call{"POST", "/api/v1/session", json{{"username", username}, {"password", password}}.dump()};
    if (!address.empty()) call.headers.emplace_back("X-Forwarded-For", address);
    return Call(call);
  }

  RawResponse Logout(const As& as) const { return Call(HttpCall{"DELETE", "/api/v1/session", "", as}); }
};

TEST_P(SessionApiTest, LoginSetsAnHttpOnlyCookieAndReturnsTheUserAndCsrfToken) {
  const RawResponse response = LoginCall("TiepNhan ", kPassword);  // typed with case and a space
  ASSERT_EQ(response.status, 200) << response.body;
  const std::string cookie = response.Header("set-cookie");
  EXPECT_EQ(cookie.rfind("motcua_session=", 0), 0u) << cookie;  // plain HTTP: no __Host- prefix
  EXPECT_NE(cookie.find("; HttpOnly"), std::string::npos);
  EXPECT_NE(cookie.find("; SameSite=Lax"), std::string::npos);
  EXPECT_EQ(cookie.find("Secure"), std::string::npos);
  EXPECT_EQ(response.Header("cache-control"), "no-store");
  const json body = Json(response);
  EXPECT_EQ(body["user"]["username"], "tiepnhan");
  EXPECT_EQ(body["user"]["unit"], kCommune);
  EXPECT_EQ(body["user"]["roles"], json::array({"tiep_nhan"}));
  EXPECT_EQ(body["csrf_token"].get<std::string>().size(), 43u);
  EXPECT_EQ(body["auth"], "session");
  // Idle timeout: 30 minutes after the login.
  EXPECT_EQ(body["expires_at"], "2025-10-01T09:30:00+07:00");

  As as;
  as.cookie = cookie.substr(0, cookie.find(';'));
  const RawResponse current = Get("/api/v1/session", as);
  ASSERT_EQ(current.status, 200) << current.body;
  EXPECT_EQ(Json(current)["user"]["username"], "tiepnhan");
  EXPECT_EQ(Json(current)["csrf_token"], body["csrf_token"]);
  EXPECT_EQ(current.Header("cache-control"), "no-store");
}

TEST_P(SessionApiTest, WrongPasswordAndUnknownUserGetTheSameAnswer) {
  const RawResponse wrong = LoginCall("tiepnhan", "Mật khẩu sai rồi 123");
  const RawResponse unknown = LoginCall("khongtontai", kPassword);
  const RawResponse malformed = LoginCall("tên có dấu", kPassword);
  for (const RawResponse* response : {&wrong, &unknown, &malformed}) {
    EXPECT_EQ(response->status, 401) << response->body;
    EXPECT_EQ(ErrorCode(*response), "UNAUTHENTICATED");
    EXPECT_EQ(ErrorMessage(*response), "Tên đăng nhập hoặc mật khẩu không đúng.");
    EXPECT_TRUE(response->Header("set-cookie").empty());
  }
}

TEST_P(SessionApiTest, MalformedLoginBodiesAre400) {
  EXPECT_EQ(Call(HttpCall{"POST", "/api/v1/session", "{\"username\":"}).status, 400);
  EXPECT_EQ(Call(HttpCall{"POST", "/api/v1/session", "[]"}).status, 400);
  EXPECT_EQ(
      Call(HttpCall{"POST", "/api/v1/session", R"({"username":"tiepnhan","password":"x","remember":true})"})
          .status,
      400);
  EXPECT_EQ(Call(HttpCall{"POST", "/api/v1/session",
                          R"({"username":"tiepnhan","username":"vanthu","password":"x"})"})
                .status,
            400);
  EXPECT_EQ(Call(HttpCall{"POST", "/api/v1/session", R"({"username":"tiepnhan","password":7})"}).status, 400);
  EXPECT_EQ(Call(HttpCall{"POST", "/api/v1/session", R"({"username":"tiepnhan"})"}).status, 400);
  // A form-encoded or text/plain body (what a cross-site form can send) is refused before anything else.
  HttpCall form{"POST", "/api/v1/session", json{{"username", "tiepnhan"}, {"password", kPassword}}.dump()};
  form.json_content_type = false;
  form.headers.emplace_back("Content-Type", "text/plain");
  const RawResponse text_plain = Call(form);
  EXPECT_EQ(text_plain.status, 400);
  EXPECT_NE(ErrorMessage(text_plain).find("application/json"), std::string::npos);
  // And a login posted from another site's page.
  HttpCall cross{"POST", "/api/v1/session", json{{"username", "tiepnhan"}, {"password", kPassword}}.dump()};
  cross.headers.emplace_back("Origin", "http://evil.example");
  EXPECT_EQ(Call(cross).status, 403);
}

TEST_P(SessionApiTest, ThrottlesRepeatedFailuresWithRetryAfter) {
  // Five failures lock the username for 5 minutes (LoginThrottleOptions defaults).
  for (int i = 0; i < 5; ++i)
    EXPECT_EQ(LoginCall("lanhdao", "Sai mật khẩu lần " + std::to_string(i)).status, 401);
  const RawResponse locked = LoginCall("lanhdao", kPassword);  // even the right password
  EXPECT_EQ(locked.status, 429) << locked.body;
  EXPECT_EQ(ErrorCode(locked), "RESOURCE_EXHAUSTED");
  EXPECT_EQ(locked.Header("retry-after"), "300");
  EXPECT_EQ(ErrorMessage(locked), "Bạn đã đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 5 phút.");
  // Another account from the same address is not locked by it.
  EXPECT_EQ(LoginCall("vanthu", kPassword).status, 200);
  clock_.Advance(299);
  EXPECT_EQ(LoginCall("lanhdao", kPassword).status, 429);
  clock_.Advance(1);
  EXPECT_EQ(LoginCall("lanhdao", kPassword).status, 200);
}

TEST_P(SessionApiTest, ForwardedForIsIgnoredFromAnUntrustedPeer) {
  // The test client is not a trusted proxy, so a forged X-Forwarded-For does not give fresh addresses:
  // twenty failures spread over "different" forwarded addresses still lock the one real address.
  for (int i = 0; i < 20; ++i) {
    EXPECT_EQ(LoginCall("u" + std::to_string(100 + i), "x", "203.0.113." + std::to_string(i)).status, 401);
  }
  EXPECT_EQ(LoginCall("tiepnhan", kPassword, "198.51.100.7").status, 429);
}

TEST_P(SessionApiTest, LogoutNeedsTheSessionsCsrfToken) {
  const As first = Login("vanthu");
  const As second = Login("vanthu");  // a new session of the same user
  ASSERT_NE(first.csrf, second.csrf);

  As missing = second;
  missing.csrf.clear();
  const RawResponse no_token = Logout(missing);
  EXPECT_EQ(no_token.status, 403);
  EXPECT_EQ(ErrorCode(no_token), "PERMISSION_DENIED");
  As stale = second;
  stale.csrf = first.csrf;  // another session's token
  EXPECT_EQ(Logout(stale).status, 403);
  EXPECT_EQ(Get("/api/v1/session", second).status, 200);  // still signed in

  const RawResponse out = Logout(second);
  ASSERT_EQ(out.status, 200) << out.body;
  EXPECT_NE(out.Header("set-cookie").find("Max-Age=0"), std::string::npos);
  const RawResponse after = Get("/api/v1/session", second);
  EXPECT_EQ(after.status, 401);
  EXPECT_NE(after.Header("www-authenticate").find("Bearer"), std::string::npos);
  EXPECT_EQ(Get("/api/v1/session", first).status, 200);  // the other session lives on
  // Its CSRF token does not work for the ended session either.
  As ended = second;
  ended.csrf = second.csrf;
  EXPECT_EQ(Logout(ended).status, 401);
}

TEST_P(SessionApiTest, CsrfAndOriginAreCheckedOnDossierWrites) {
  const int64_t before = DossierTotal();
  As desk = Session("tiepnhan");
  As no_csrf = desk;
  no_csrf.csrf.clear();
  EXPECT_EQ(Post("/api/v1/dossiers", IntakeBody(), no_csrf).status, 403);
  As wrong = desk;
  wrong.csrf = Session("vanthu").csrf;
  EXPECT_EQ(Post("/api/v1/dossiers", IntakeBody(), wrong).status, 403);
  HttpCall cross{"POST", "/api/v1/dossiers", IntakeBody().dump(), desk};
  cross.headers.emplace_back("Origin", "https://evil.example");
  EXPECT_EQ(Call(cross).status, 403);
  HttpCall cross_referer{"POST", "/api/v1/dossiers", IntakeBody().dump(), desk};
  cross_referer.headers.emplace_back("Referer", "http://127.0.0.1.evil.example/form");
  EXPECT_EQ(Call(cross_referer).status, 403);
  EXPECT_EQ(DossierTotal(), before);
  // Same origin (the Host the client used) passes.
  HttpCall same{"POST", "/api/v1/dossiers", IntakeBody().dump(), desk};
  same.headers.emplace_back("Origin", "http://127.0.0.1");
  EXPECT_EQ(Call(same).status, 201);
  EXPECT_EQ(DossierTotal(), before + 1);
  // GET needs no CSRF token.
  EXPECT_EQ(Get("/api/v1/dossiers", no_csrf).status, 200);
}

TEST_P(SessionApiTest, BearerTokensActAsTheirUserWithoutCsrf) {
  const std::string token = IssueToken("tiepnhan");
  As bearer;
  bearer.bearer = token;
  const RawResponse who = Get("/api/v1/session", bearer);
  ASSERT_EQ(who.status, 200) << who.body;
  EXPECT_EQ(Json(who)["auth"], "api_token");
  EXPECT_EQ(Json(who)["user"]["username"], "tiepnhan");
  EXPECT_FALSE(Json(who).contains("csrf_token"));
  EXPECT_EQ(Post("/api/v1/dossiers", IntakeBody(), bearer).status, 201);
  // An API token has no session to log out of.
  EXPECT_EQ(Call(HttpCall{"DELETE", "/api/v1/session", "", bearer}).status, 400);
  // A bearer header wins over a cookie: a bad token is refused even beside a good session.
  As both = Session("tiepnhan");
  both.bearer = token.substr(0, token.size() - 1) + (token.back() == 'A' ? "B" : "A");
  EXPECT_EQ(Get("/api/v1/session", both).status, 401);

  ASSERT_TRUE(store_->RevokeApiToken(ParseApiToken(token)->key_id, clock_.Now()).ok());
  const RawResponse revoked = Get("/api/v1/session", bearer);
  EXPECT_EQ(revoked.status, 401);
  EXPECT_EQ(ErrorMessage(revoked), "Mã truy cập API không hợp lệ, đã hết hạn hoặc đã bị thu hồi.");
  EXPECT_EQ(Post("/api/v1/dossiers", IntakeBody(), bearer).status, 401);
}

TEST_P(SessionApiTest, ExpiredMalformedAndUnknownTokensAre401) {
  As expiring;
  expiring.bearer = IssueToken("lanhdao", Instant{clock_.Now().unix_seconds + 3600});
  EXPECT_EQ(Get("/api/v1/session", expiring).status, 200);
  clock_.Advance(3600);
  EXPECT_EQ(Get("/api/v1/session", expiring).status, 401);

  As malformed;
  malformed.bearer = "mc_short";
  EXPECT_EQ(Get("/api/v1/session", malformed).status, 401);
  As unknown;
  unknown.bearer = IssueApiToken().token;  // well-formed, never stored
  EXPECT_EQ(Get("/api/v1/session", unknown).status, 401);
  HttpCall basic{"GET", "/api/v1/session"};
  basic.headers.emplace_back("Authorization", "Basic dGllcG5oYW46eA==");
  EXPECT_EQ(Call(basic).status, 401);
}

TEST_P(SessionApiTest, SessionsEndAfterIdleTimeoutAndTheCookieIsCleared) {
  const As as = Login("quantri");
  clock_.Advance(29 * 60);
  EXPECT_EQ(Get("/api/v1/session", as).status, 200);  // touches last-seen
  clock_.Advance(29 * 60);
  EXPECT_EQ(Get("/api/v1/session", as).status, 200);  // 58 min after login, 29 idle
  clock_.Advance(30 * 60);
  const RawResponse expired = Get("/api/v1/session", as);
  EXPECT_EQ(expired.status, 401);
  EXPECT_EQ(ErrorMessage(expired), "Phiên làm việc đã hết hạn, vui lòng đăng nhập lại.");
  EXPECT_NE(expired.Header("set-cookie").find("Max-Age=0"), std::string::npos);
  // The row is gone: even with the clock moved back the session does not come back.
  clock_.Advance(-30 * 60);
  EXPECT_EQ(Get("/api/v1/session", as).status, 401);
}

TEST_P(SessionApiTest, LoginReplacesThePresentedSession) {
  const As old_session = Login("cv.ht");
  HttpCall again{"POST", "/api/v1/session", json{{"username", "cv.ht"}, {"password", kPassword}}.dump(),
                 old_session};
  const RawResponse response = Call(again);
  ASSERT_EQ(response.status, 200);
  EXPECT_EQ(Get("/api/v1/session", old_session).status, 401);  // session fixation: the old token is dead
  As fresh;
  fresh.cookie = response.Header("set-cookie").substr(0, response.Header("set-cookie").find(';'));
  EXPECT_NE(fresh.cookie, old_session.cookie);
  EXPECT_EQ(Get("/api/v1/session", fresh).status, 200);
}

TEST_P(SessionApiTest, DisabledAccountsAreRefused) {
  As bearer;
  bearer.bearer = IssueToken("cv.ct");
  const As session = Session("cv.ct");
  ASSERT_TRUE(store_->SetUserDisabled("cv.ct", true, clock_.Now()).ok());
  const RawResponse login = LoginCall("cv.ct", kPassword);
  EXPECT_EQ(login.status, 403);
  EXPECT_EQ(ErrorMessage(login), "Tài khoản này đã bị khóa. Vui lòng liên hệ quản trị viên.");
  EXPECT_EQ(LoginCall("cv.ct", "sai mật khẩu").status, 401);  // the lock is told only to the password holder
  EXPECT_EQ(Get("/api/v1/session", session).status, 401);
  // Disabling an account revokes its API tokens (the store does it; the token check would refuse anyway).
  EXPECT_EQ(Get("/api/v1/session", bearer).status, 401);
}

TEST_P(SessionApiTest, OldPasswordHashesAreUpgradedAtLogin) {
  // A hash made with other Argon2 limits (2 passes instead of 1).
  Result<PasswordHasher> older = PasswordHasher::Create(Argon2Limits{2, 8192});
  ASSERT_TRUE(older.ok());
  Result<std::string> old_hash = older->Hash(kPassword);
  ASSERT_TRUE(old_hash.ok());
  ASSERT_TRUE(store_->SetUserPassword("quantri", *old_hash, clock_.Now()).ok());
  ASSERT_TRUE(hasher_->NeedsRehash(*old_hash));
  Login("quantri");
  const std::string stored = UserNamed("quantri").password_hash;
  EXPECT_NE(stored, *old_hash);
  EXPECT_FALSE(hasher_->NeedsRehash(stored));
  EXPECT_TRUE(hasher_->Verify(stored, kPassword).ok());
}

TEST_P(SessionApiTest, EndpointsWithoutCredentialsAre401) {
  const std::string code = ReceiveDirect();
  for (const char* target : {"/api/v1/session", "/api/v1/dossiers"}) {
    const RawResponse response = Get(target);
    EXPECT_EQ(response.status, 401) << target;
    EXPECT_EQ(ErrorCode(response), "UNAUTHENTICATED");
    EXPECT_EQ(response.Header("cache-control"), "no-store");
  }
  EXPECT_EQ(Get("/api/v1/dossiers/" + code).status, 401);
  EXPECT_EQ(Get("/api/v1/dossiers/" + code + "/history").status, 401);
  EXPECT_EQ(Post("/api/v1/dossiers", IntakeBody()).status, 401);
  EXPECT_EQ(Post("/api/v1/dossiers/" + code + "/actions/assign", json{{"to", "cv.ht"}}).status, 401);
  // A cookie that is not a session token at all.
  As garbage;
  garbage.cookie = "motcua_session=abc";
  EXPECT_EQ(Get("/api/v1/session", garbage).status, 401);
}

MOTCUA_INSTANTIATE_BACKENDS(SessionApiTest);

}  // namespace
}  // namespace motcua::web::testing
