// The page handlers end to end through the Router: sign-in and redirects, CSRF and permission refusals,
// escaping of hostile input, the public pages' privacy, the intake steps and the double-submit rules.
#include <gtest/gtest.h>

#include "auth/csrf.h"
#include "auth/token.h"
#include "service/demo_data.h"
#include "web/pages/pages_test_fixture.h"
#include "web/pages/view_format.h"

namespace motcua::web::pages::testing {
namespace {

using nlohmann::json;

bool Contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

std::string Location(const Response& response) {
  return std::string(response.headers.Get("Location").value_or(""));
}

class PageHandlersTest : public PagesTest {};

TEST_F(PageHandlersTest, StartPageIsPublicVietnameseAndSecured) {
  Browser citizen;
  const Response start = Get(citizen, "/");
  ASSERT_EQ(start.status, 200);
  EXPECT_EQ(start.content_type, "text/html; charset=utf-8");
  EXPECT_TRUE(Contains(start.body, "<html lang=\"vi\">"));
  EXPECT_TRUE(Contains(start.body, "Tra cứu hồ sơ"));
  EXPECT_FALSE(Contains(start.body, "Tài khoản dùng thử"));  // not a demo database
  EXPECT_TRUE(Contains(std::string(start.headers.Get("Content-Security-Policy").value_or("")),
                       "frame-ancestors 'none'"));
  // Assets are linked by hashed name and served.
  const size_t css = start.body.find("/assets/motcua.");
  ASSERT_NE(css, std::string::npos);
  const std::string href = start.body.substr(css, start.body.find('"', css) - css);
  EXPECT_EQ(Get(citizen, href).status, 200);
}

TEST_F(PageHandlersTest, StartPageShowsTheDemoAccountsOnlyOnADemoDatabase) {
  // The fixture's commune has the demo commune's code; add the demo desk officer with the demo password.
  ASSERT_EQ(std::string(kCommune), std::string(kDemoCommune));
  auto hasher = PasswordHasher::Create(Argon2Limits::FastForTests(), 1);
  ASSERT_TRUE(hasher.ok());
  User letan;
  letan.username = "letan";
  letan.display_name = "Nguyễn Thị Hồng (Tiếp nhận và trả kết quả)";
  letan.unit_code = std::string(kDemoCommune);
  letan.roles = {Role::kDesk};
  letan.password_hash = *hasher->Hash(kDemoPassword);
  ASSERT_TRUE(store_->AddUser(letan).ok());
  Browser citizen;
  const Response start = Get(citizen, "/");
  ASSERT_EQ(start.status, 200);
  EXPECT_TRUE(Contains(start.body, "Tài khoản dùng thử"));
  EXPECT_TRUE(Contains(start.body, "<code>letan</code>"));
  EXPECT_TRUE(Contains(start.body, std::string(kDemoPassword)));

  // Once the password is changed, nothing is shown.
  ASSERT_TRUE(store_->SetUserPassword("letan", *hasher->Hash("Mật khẩu riêng 2025"), clock_.Now()).ok());
  const Response changed = Get(citizen, "/");
  EXPECT_FALSE(Contains(changed.body, "Tài khoản dùng thử"));
  EXPECT_FALSE(Contains(changed.body, std::string(kDemoPassword)));
}

TEST_F(PageHandlersTest, OfficerPagesRedirectToSignInWithTheReturnPath) {
  Browser nobody;
  const Response list = Get(nobody, "/ho-so?ds=qua-han");
  ASSERT_EQ(list.status, 303);
  EXPECT_EQ(Location(list), "/dang-nhap?tiep=%2Fho-so%3Fds%3Dqua-han");
  const Response form = Get(nobody, Location(list));
  ASSERT_EQ(form.status, 200);
  EXPECT_EQ(InputValue(form.body, "tiep"), "/ho-so?ds=qua-han");
  const Response signed_in = PostForm(nobody, "/dang-nhap",
                                      {{"csrf", InputValue(form.body, "csrf")},
                                       {"username", "tiepnhan"},
                                       {"password", kPassword},
                                       {"tiep", "/ho-so?ds=qua-han"}});
  ASSERT_EQ(signed_in.status, 303);
  EXPECT_EQ(Location(signed_in), "/ho-so?ds=qua-han");
  EXPECT_EQ(Get(nobody, "/ho-so?ds=qua-han").status, 200);

  // A session cookie that opens nothing (ended elsewhere) is cleared with the redirect.
  Browser stale;
  stale.cookies["motcua_session"] = IssueSessionToken().token;
  const Response again = Get(stale, "/ho-so");
  EXPECT_EQ(again.status, 303);
  EXPECT_FALSE(stale.cookies.contains("motcua_session"));
}

TEST_F(PageHandlersTest, SignInRefusesForeignReturnPathsWrongPasswordsAndMissingCsrf) {
  Browser browser;
  Response form = Get(browser, "/dang-nhap?tiep=//evil.example/");
  EXPECT_EQ(InputValue(form.body, "tiep"), "");  // dropped
  Response signed_in = PostForm(browser, "/dang-nhap",
                                {{"csrf", InputValue(form.body, "csrf")},
                                 {"username", "tiepnhan"},
                                 {"password", kPassword},
                                 {"tiep", "https://evil.example/"}});
  ASSERT_EQ(signed_in.status, 303);
  EXPECT_EQ(Location(signed_in), "/ho-so");

  Browser other;
  form = Get(other, "/dang-nhap");
  const Response wrong = PostForm(
      other, "/dang-nhap",
      {{"csrf", InputValue(form.body, "csrf")}, {"username", "tiepnhan"}, {"password", "sai mật khẩu"}});
  EXPECT_EQ(wrong.status, 401);
  EXPECT_TRUE(Contains(wrong.body, "Tên đăng nhập hoặc mật khẩu không đúng."));
  EXPECT_EQ(InputValue(wrong.body, "username"), "tiepnhan");
  EXPECT_FALSE(other.cookies.contains("motcua_session"));

  // Login CSRF: without the form cookie's token the password is not even checked.
  const Response forged =
      PostForm(other, "/dang-nhap", {{"csrf", "forged"}, {"username", "tiepnhan"}, {"password", kPassword}});
  EXPECT_EQ(forged.status, 403);
  EXPECT_FALSE(other.cookies.contains("motcua_session"));
  // From another site: refused whatever the token.
  form = Get(other, "/dang-nhap");
  const Response cross_site = Send(
      other, "POST", "/dang-nhap",
      Encode({{"csrf", InputValue(form.body, "csrf")}, {"username", "tiepnhan"}, {"password", kPassword}}),
      "application/x-www-form-urlencoded", {{"Origin", "https://evil.example"}});
  EXPECT_EQ(cross_site.status, 403);
  EXPECT_FALSE(other.cookies.contains("motcua_session"));
}

TEST_F(PageHandlersTest, SignInIsThrottledLikeTheApi) {
  Browser browser;
  Response last;
  for (int i = 0; i < 6; ++i) {
    const Response form = Get(browser, "/dang-nhap");
    last = PostForm(browser, "/dang-nhap",
                    {{"csrf", InputValue(form.body, "csrf")}, {"username", "cv.ht"}, {"password", "sai"}});
  }
  EXPECT_EQ(last.status, 429);
  EXPECT_TRUE(Contains(last.body, "quá nhiều lần"));
  EXPECT_FALSE(std::string(last.headers.Get("Retry-After").value_or("")).empty());
}

TEST_F(PageHandlersTest, SignOutNeedsTheCsrfTokenAndEndsTheSession) {
  Browser desk = SignedIn("tiepnhan");
  const Response list = Get(desk, "/ho-so");
  ASSERT_EQ(list.status, 200);
  const std::string csrf = FormInput(list.body, "/dang-xuat", "csrf");
  ASSERT_FALSE(csrf.empty());
  EXPECT_EQ(PostForm(desk, "/dang-xuat", {{"csrf", "wrong"}}).status, 403);
  EXPECT_EQ(Get(desk, "/ho-so").status, 200);  // still signed in
  const Response out = PostForm(desk, "/dang-xuat", {{"csrf", csrf}});
  ASSERT_EQ(out.status, 303);
  EXPECT_EQ(Location(out), "/dang-nhap?da-dang-xuat=1");
  EXPECT_FALSE(desk.cookies.contains("motcua_session"));
  EXPECT_EQ(Get(desk, "/ho-so").status, 303);
}

TEST_F(PageHandlersTest, UnknownThingsGetTheVietnamese404Page) {
  Browser desk = SignedIn("tiepnhan");
  const Response missing = Get(desk, "/ho-so/000.00.20.H31-251001-0099");
  EXPECT_EQ(missing.status, 404);
  EXPECT_TRUE(Contains(missing.body, "Không tìm thấy"));
  EXPECT_EQ(missing.content_type, "text/html; charset=utf-8");
  Browser citizen;
  EXPECT_EQ(Get(citizen, "/tra-cuu/000.00.20.H31-251001-0099").status, 404);
  EXPECT_EQ(Get(citizen, "/thu-tuc/9.999999").status, 404);
  const Response malformed = Get(citizen, "/tra-cuu/abc");
  EXPECT_EQ(malformed.status, 400);
  EXPECT_TRUE(Contains(malformed.body, "không đúng dạng"));
}

TEST_F(PageHandlersTest, HostileInputIsEscapedEverywhere) {
  const std::string hostile = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>";
  const std::string code = ReceiveDirect(hostile);
  Browser desk = SignedIn("tiepnhan");
  for (const std::string& target :
       {std::string("/ho-so"), "/ho-so/" + code, "/ho-so?q=" + PercentEncode(hostile)}) {
    const Response page = Get(desk, target);
    ASSERT_EQ(page.status, 200) << target;
    EXPECT_FALSE(Contains(page.body, "<script>alert")) << target;
    EXPECT_FALSE(Contains(page.body, "<img src=x")) << target;
  }
  EXPECT_TRUE(Contains(Get(desk, "/ho-so/" + code).body, "&lt;script&gt;alert(1)&lt;/script&gt;"));
  Browser citizen;
  const Response search = Get(citizen, "/thu-tuc?q=" + PercentEncode(hostile));
  EXPECT_FALSE(Contains(search.body, "<script>alert"));
  EXPECT_TRUE(Contains(search.body, "&lt;script&gt;"));
}

TEST_F(PageHandlersTest, WorkListsCountFilterSearchAndMaskIdNumbers) {
  const std::string an = ReceiveDirect("Nguyễn Văn An");
  const std::string binh = ReceiveDirect("Trần Thị Bình");
  ActDirect("tiepnhan", an, "assign", {{"to", "cv.ht"}});
  Browser desk = SignedIn("tiepnhan");
  const Response all = Get(desk, "/ho-so?ds=tat-ca");
  ASSERT_EQ(all.status, 200);
  EXPECT_TRUE(Contains(all.body, an));
  EXPECT_TRUE(Contains(all.body, binh));
  EXPECT_TRUE(Contains(all.body, kCitizenId));                            // the desk may see ID numbers
  const Response search = Get(desk, "/ho-so?ds=tat-ca&q=nguyen+van+an");  // accents folded
  EXPECT_TRUE(Contains(search.body, an));
  EXPECT_FALSE(Contains(search.body, binh));
  const Response by_state = Get(desk, "/ho-so?ds=tat-ca&trang-thai=received");
  EXPECT_FALSE(Contains(by_state.body, an));
  EXPECT_TRUE(Contains(by_state.body, binh));

  // The specialist lands on "Của tôi" and sees only what is assigned there; a colleague of the field sees
  // the dossier but not the ID number in full.
  Browser specialist = SignedIn("cv.ht");
  const Response mine = Get(specialist, "/ho-so");
  ASSERT_EQ(mine.status, 200);
  EXPECT_TRUE(Contains(mine.body, "Hồ sơ: Của tôi"));
  EXPECT_TRUE(Contains(mine.body, an));
  EXPECT_FALSE(Contains(mine.body, binh));
  const Response field_list = Get(specialist, "/ho-so?ds=tat-ca");
  EXPECT_TRUE(Contains(field_list.body, binh));
  EXPECT_TRUE(Contains(field_list.body, "*********345"));  // Bình's, not assigned to cv.ht
  // The per-field table is for officers who see the whole unit.
  EXPECT_EQ(Get(specialist, "/ho-so/theo-linh-vuc").status, 403);
  const Response by_field = Get(desk, "/ho-so/theo-linh-vuc");
  ASSERT_EQ(by_field.status, 200);
  EXPECT_TRUE(Contains(by_field.body, "Hộ tịch"));
}

TEST_F(PageHandlersTest, PublicLookupShowsProgressButNothingPersonal) {
  const std::string code = ReceiveDirect("Nguyễn Văn An");
  ActDirect("tiepnhan", code, "assign", {{"to", "cv.ht"}, {"note", "Gọi chị Lan 0988777666"}});
  Browser citizen;
  const Response lookup = Get(citizen, "/tra-cuu?ma=" + code);
  ASSERT_EQ(lookup.status, 303);
  EXPECT_EQ(Location(lookup), "/tra-cuu/" + code);
  const Response page = Get(citizen, "/tra-cuu/" + code);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(Contains(page.body, "Đang xử lý"));
  EXPECT_TRUE(Contains(page.body, "Tiếp nhận hồ sơ"));
  EXPECT_TRUE(Contains(page.body, "Chuyển xử lý"));
  EXPECT_TRUE(Contains(page.body, "01/10/2025"));
  for (const char* secret : {"Nguyễn Văn An", kCitizenId, "0912345678", "Thôn Đông", "Trần Văn Minh", "cv.ht",
                             "tiepnhan", "Nguyễn Thị Hồng", "0988777666"}) {
    EXPECT_FALSE(Contains(page.body, secret)) << secret;
  }
  EXPECT_EQ(std::string(page.headers.Get("Cache-Control").value_or("")), "no-cache");
}

TEST_F(PageHandlersTest, ActionsNeedTheCsrfTokenAndThePermission) {
  const std::string code = ReceiveDirect();
  ActDirect("tiepnhan", code, "assign", {{"to", "cv.ht"}});
  Browser specialist = SignedIn("cv.ht");
  const Response page = Get(specialist, "/ho-so/" + code);
  ASSERT_EQ(page.status, 200);
  const std::string action = "/ho-so/" + code + "/thao-tac/request_supplement";
  EXPECT_TRUE(Contains(page.body, "action=\"" + action + "\""));
  EXPECT_FALSE(Contains(page.body, "/thao-tac/approve\""));  // not the specialist's to take
  const std::string csrf = FormInput(page.body, action, "csrf");
  const std::string once = FormInput(page.body, action, "once");
  const std::string seq = FormInput(page.body, action, "seq");
  ASSERT_FALSE(csrf.empty());

  // A wrong CSRF token: 403, nothing changed.
  const Response forged = PostForm(
      specialist, action, {{"csrf", "x"}, {"once", once}, {"seq", seq}, {"items", "Bản sao giấy khai sinh"}});
  EXPECT_EQ(forged.status, 403);
  EXPECT_TRUE(Contains(forged.body, "Không có quyền"));
  // Another role's action: the 403 page, nothing changed.
  const Response approve = PostForm(specialist, "/ho-so/" + code + "/thao-tac/approve",
                                    {{"csrf", csrf}, {"once", once}, {"seq", seq}});
  EXPECT_EQ(approve.status, 403);
  EXPECT_TRUE(Contains(approve.body, "Không có quyền"));
  EXPECT_EQ(service_->Get(UserNamed("cv.ht"), code)->dossier.state, DossierState::kInProgress);

  // The right one, twice with the same form: one event.
  const std::vector<std::pair<std::string, std::string>> fields = {
      {"csrf", csrf}, {"once", once}, {"seq", seq}, {"items", "Bản sao giấy khai sinh\r\nẢnh 4x6"}};
  const Response done = PostForm(specialist, action, fields);
  ASSERT_EQ(done.status, 303) << done.body;
  EXPECT_EQ(Location(done), "/ho-so/" + code + "?xong=request_supplement");
  const int events = service_->Get(UserNamed("cv.ht"), code)->dossier.event_count;
  const Response again = PostForm(specialist, action, fields);
  EXPECT_EQ(again.status, 303);
  EXPECT_EQ(Location(again), Location(done));
  EXPECT_EQ(service_->Get(UserNamed("cv.ht"), code)->dossier.event_count, events);
  const Response after = Get(specialist, Location(done));
  EXPECT_TRUE(Contains(after.body, "Đã thực hiện: Yêu cầu bổ sung giấy tờ."));
  EXPECT_TRUE(Contains(after.body, "Ảnh 4x6"));
}

TEST_F(PageHandlersTest, ARefusedActionRedrawsThePageWithTheMessageAndChangesNothing) {
  const std::string code = ReceiveDirect();
  Browser leader = SignedIn("lanhdao");
  const Response page = Get(leader, "/ho-so/" + code);
  const std::string action = "/ho-so/" + code + "/thao-tac/apologize";
  ASSERT_TRUE(Contains(page.body, "action=\"" + action + "\"")) << page.body.substr(0, 200);
  // A new appointment before the current one is refused by the engine.
  const Response refused = PostForm(leader, action,
                                    {{"csrf", FormInput(page.body, action, "csrf")},
                                     {"once", FormInput(page.body, action, "once")},
                                     {"seq", FormInput(page.body, action, "seq")},
                                     {"new_due", "2025-10-01T10:00"},
                                     {"reason", "Cần xác minh thêm <b>thông tin</b>"}});
  EXPECT_EQ(refused.status, 400);
  EXPECT_TRUE(Contains(refused.body, "ngày hẹn mới"));
  EXPECT_TRUE(Contains(refused.body, "Cần xác minh thêm &lt;b&gt;thông tin&lt;/b&gt;"));  // kept, escaped
  EXPECT_FALSE(service_->Get(UserNamed("lanhdao"), code)->dossier.apology.has_value());
  // A required field left empty: the form's own Vietnamese message.
  const Response empty = PostForm(leader, action,
                                  {{"csrf", FormInput(page.body, action, "csrf")},
                                   {"once", FormInput(page.body, action, "once")},
                                   {"seq", FormInput(page.body, action, "seq")},
                                   {"new_due", "2025-10-20T10:00"}});
  EXPECT_EQ(empty.status, 400);
  EXPECT_TRUE(Contains(empty.body, "Vui lòng nhập &quot;Lý do chậm trễ&quot;"));
}

TEST_F(PageHandlersTest, AStalePageCannotAct) {
  const std::string code = ReceiveDirect();
  Browser desk = SignedIn("tiepnhan");
  const Response page = Get(desk, "/ho-so/" + code);
  const std::string action = "/ho-so/" + code + "/thao-tac/assign";
  // Someone else acts after the page was drawn.
  ActDirect("tiepnhan", code, "withdraw", {{"reason", "Công dân rút hồ sơ"}});
  const Response stale = PostForm(desk, action,
                                  {{"csrf", FormInput(page.body, action, "csrf")},
                                   {"once", FormInput(page.body, action, "once")},
                                   {"seq", FormInput(page.body, action, "seq")},
                                   {"to", "cv.ht"}});
  EXPECT_EQ(stale.status, 409);
  EXPECT_TRUE(Contains(stale.body, "Hồ sơ đã có thao tác mới"));
  EXPECT_EQ(service_->Get(UserNamed("tiepnhan"), code)->dossier.state, DossierState::kWithdrawn);
}

TEST_F(PageHandlersTest, IntakePreviewChecksTheIdNumberThenConfirmCreatesExactlyOneDossier) {
  Browser desk = SignedIn("tiepnhan");
  const Response search = Get(desk, "/tiep-nhan?q=tinh+trang+hon+nhan");
  ASSERT_EQ(search.status, 200);
  EXPECT_TRUE(Contains(search.body, "/tiep-nhan/" + std::string(kHtProcedure)));
  const Response form = Get(desk, "/tiep-nhan/" + std::string(kHtProcedure));
  ASSERT_EQ(form.status, 200);
  const std::string csrf = InputValue(form.body, "csrf");
  const std::string preview = "/tiep-nhan/" + std::string(kHtProcedure) + "/xem-truoc";

  const Response bad_id = PostForm(
      desk, preview,
      {{"csrf", csrf}, {"name", "Lê Văn Cường"}, {"id_number", "999090012345"}, {"c0.received", "1"}});
  EXPECT_EQ(bad_id.status, 400);
  EXPECT_TRUE(Contains(bad_id.body, "Mã tỉnh 999 trong số định danh cá nhân không hợp lệ."));
  EXPECT_EQ(InputValue(bad_id.body, "name"), "Lê Văn Cường");  // the values are kept
  EXPECT_EQ(DossierCount(), 0);

  const Response ok = PostForm(desk, preview,
                               {{"csrf", csrf},
                                {"name", "Lê Văn Cường"},
                                {"id_number", kCitizenId},
                                {"phone", "0912345678"},
                                {"c0.received", "1"}});
  ASSERT_EQ(ok.status, 200) << ok.body.substr(0, 2000);
  EXPECT_TRUE(Contains(ok.body, "Hạn giải quyết"));
  EXPECT_TRUE(Contains(ok.body, "/10/2025"));
  EXPECT_EQ(DossierCount(), 0);  // a preview saves nothing

  const std::string confirm = "/tiep-nhan/" + std::string(kHtProcedure) + "/xac-nhan";
  const std::vector<std::pair<std::string, std::string>> fields = HiddenFields(ok.body, confirm);
  ASSERT_GE(fields.size(), 5u);
  const Response first = PostForm(desk, confirm, fields);
  ASSERT_EQ(first.status, 303) << first.body.substr(0, 2000);
  EXPECT_TRUE(Location(first).ends_with("/da-tiep-nhan"));
  const Response second = PostForm(desk, confirm, fields);  // the same form sent again
  EXPECT_EQ(second.status, 303);
  EXPECT_EQ(Location(second), Location(first));
  EXPECT_EQ(DossierCount(), 1);
  const Response done = Get(desk, Location(first));
  ASSERT_EQ(done.status, 200);
  EXPECT_TRUE(Contains(done.body, "Đã tiếp nhận hồ sơ"));
  EXPECT_TRUE(Contains(done.body, "/tra-cuu/000.00.20.H31-251001-0001"));
  EXPECT_TRUE(Contains(done.body, "/ho-so/000.00.20.H31-251001-0001/mau-01.pdf"));  // the receipt to print
}

TEST_F(PageHandlersTest, OnlyDeskOfficersReceive) {
  Browser specialist = SignedIn("cv.ht");
  EXPECT_EQ(Get(specialist, "/tiep-nhan").status, 403);
  const Response form = Get(specialist, "/tiep-nhan/" + std::string(kHtProcedure));
  EXPECT_EQ(form.status, 403);
  EXPECT_TRUE(Contains(form.body, "Không có quyền"));
}

TEST_F(PageHandlersTest, FeedbackFormGivesACodeOnceAndItsLookupHidesThePerson) {
  Browser citizen;
  const Response form = Get(citizen, "/phan-anh");
  ASSERT_EQ(form.status, 200);
  const std::vector<std::pair<std::string, std::string>> fields = {
      {"csrf", InputValue(form.body, "csrf")},
      {"once", InputValue(form.body, "once")},
      {"unit", kCommune},
      {"citizen_name", "Phạm Thị Lan"},
      {"phone", "0987654321"},
      {"content", "Đề nghị niêm yết thêm mẫu tờ khai tại bộ phận một cửa."}};
  const Response sent = PostForm(citizen, "/phan-anh", fields);
  ASSERT_EQ(sent.status, 200) << sent.body.substr(0, 1500);
  EXPECT_TRUE(Contains(sent.body, "000.00.20.H31-PA-251001-0001"));
  EXPECT_TRUE(Contains(sent.body, "Mã bí mật"));
  const Response again = PostForm(citizen, "/phan-anh", fields);  // reload of the result
  EXPECT_EQ(again.status, 303);
  EXPECT_EQ(Location(again), "/phan-anh/000.00.20.H31-PA-251001-0001");
  const Response status = Get(citizen, Location(again));
  ASSERT_EQ(status.status, 200);
  EXPECT_TRUE(Contains(status.body, "Hạn trả lời"));
  EXPECT_FALSE(Contains(status.body, "Phạm Thị Lan"));
  EXPECT_FALSE(Contains(status.body, "0987654321"));
  EXPECT_FALSE(Contains(status.body, "niêm yết"));
  // Without the form's token, nothing is received.
  const Response forged = PostForm(citizen, "/phan-anh",
                                   {{"csrf", "x"},
                                    {"once", InputValue(form.body, "once")},
                                    {"unit", kCommune},
                                    {"citizen_name", "A"},
                                    {"content", "B"}});
  EXPECT_EQ(forged.status, 403);
  EXPECT_EQ(Get(citizen, "/phan-anh/000.00.20.H31-PA-251001-0002").status, 404);
}

TEST_F(PageHandlersTest, MainPagesStayUnder100Kilobytes) {
  for (int i = 0; i < 50; ++i) ReceiveDirect("Người nộp số " + std::to_string(i));
  const std::string code = ReceiveDirect();
  ActDirect("tiepnhan", code, "assign", {{"to", "cv.ht"}});
  Browser desk = SignedIn("tiepnhan");
  Browser citizen;
  for (const std::string& target :
       {std::string("/ho-so"), "/ho-so/" + code, "/tiep-nhan/" + std::string(kHtProcedure),
        std::string("/ho-so/theo-linh-vuc"), std::string("/so-theo-doi")}) {
    const Response page = Get(desk, target);
    ASSERT_EQ(page.status, 200) << target;
    EXPECT_LT(page.body.size(), 100u * 1024) << target;
  }
  for (const std::string& target : {std::string("/"), std::string("/thu-tuc"), "/tra-cuu/" + code}) {
    const Response page = Get(citizen, target);
    ASSERT_EQ(page.status, 200) << target;
    EXPECT_LT(page.body.size(), 100u * 1024) << target;
  }
}

}  // namespace
}  // namespace motcua::web::pages::testing
