// The print routes end to end through the Router: Mẫu 01-05 of a dossier and the ledger (Mẫu 06) as page,
// PDF and XLSX; who may print, what applies when, the bad date ranges. PDFs are read back with pdftotext
// (diacritics included) and the receipt's QR code with pdftoppm + zbarimg.
#include <gtest/gtest.h>

#include "render/testing/document_tools.h"
#include "web/pages/lookup_url.h"
#include "web/pages/pages_test_fixture.h"
#include "web/pages/view_format.h"

namespace motcua::web::pages::testing {
namespace {

using nlohmann::json;

bool Contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

std::string Header(const Response& response, const std::string& name) {
  return std::string(response.headers.Get(name).value_or(""));
}

// pdftotext's text with every run of white space made one space.
std::string PdfText(const std::string& pdf) {
  Result<std::string> text = render::testing::PdfToText(pdf, false);
  EXPECT_TRUE(text.ok()) << text.status().ToString();
  std::string out;
  for (char c : text.ok() ? *text : std::string()) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  return out;
}

void ExpectPdf(const Response& response, const std::string& file_name) {
  EXPECT_EQ(response.status, 200) << response.body.substr(0, 600);
  EXPECT_EQ(response.content_type, "application/pdf");
  EXPECT_TRUE(response.body.starts_with("%PDF-"));
  EXPECT_EQ(Header(response, "Content-Disposition"), "inline; filename=\"" + file_name + "\"");
  EXPECT_EQ(Header(response, "Cache-Control"), "no-store");
}

class PrintPagesTest : public PagesTest {
 protected:
  // An online submission (status 1) with code `code`, as an import would bring it.
  void SubmitOnline(const std::string& code) {
    json body = {{"event", "submitted"},
                 {"code", code},
                 {"at", FormatIsoInstant(clock_.Now())},
                 {"unit", kCommune},
                 {"channel", "online"},
                 {"procedure", kHtProcedure},
                 {"applicant", {{"name", "Phạm Thị Dung"}, {"id_number", kCitizenId}}},
                 {"components", {{{"name", "Tờ khai"}, {"originals", 1}}}}};
    Result<Event> event = EventFromJson(body);
    ASSERT_TRUE(event.ok()) << event.status().ToString();
    const std::vector<ImportLine> lines = {{1, *event}};
    Result<ImportResult> imported = service_->Import(lines, false);
    ASSERT_TRUE(imported.ok()) << imported.status().ToString();
  }

  // Takes `action` on the dossier page as `browser`, returns the page it lands on.
  Response ActOnPage(Browser& browser, const std::string& code, const std::string& action,
                     std::vector<std::pair<std::string, std::string>> fields) {
    const Response page = Get(browser, "/ho-so/" + code);
    EXPECT_EQ(page.status, 200);
    const std::string target = "/ho-so/" + code + "/thao-tac/" + action;
    EXPECT_TRUE(Contains(page.body, "action=\"" + target + "\"")) << action;
    for (const char* hidden : {"csrf", "once", "seq"})
      fields.emplace_back(hidden, FormInput(page.body, target, hidden));
    const Response done = PostForm(browser, target, fields);
    EXPECT_EQ(done.status, 303) << done.body.substr(0, 1500);
    return Get(browser, std::string(done.headers.Get("Location").value_or("")));
  }
};

TEST_F(PrintPagesTest, ReceiptIsAnA5PdfWithTheDossierAndAQrCodeToTheLookupPage) {
  const std::string code = ReceiveDirect("Nguyễn Văn An");
  Browser desk = SignedIn("tiepnhan");
  const Response receipt = Get(desk, "/ho-so/" + code + "/mau-01.pdf");
  ExpectPdf(receipt, "mau-01-" + code + ".pdf");
  const std::string text = PdfText(receipt.body);
  for (const std::string& expected :
       {std::string("UBND XÃ ĐỒNG TIẾN"), std::string("BỘ PHẬN TIẾP NHẬN"),
        std::string("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"), "Mã hồ sơ: " + code,
        std::string("Tiếp nhận hồ sơ của: Nguyễn Văn An"),
        std::string("cấp Giấy xác nhận tình trạng hôn nhân (1.004873)"), std::string("Tờ khai"),
        std::string("09 giờ 00 phút, ngày 01 tháng 10 năm 2025"), std::string("Nguyễn Thị Hồng"),
        std::string("Đồng Tiến, ngày 01 tháng 10 năm 2025")}) {
    EXPECT_TRUE(Contains(text, expected)) << "missing: " << expected << "\nin: " << text;
  }
  Result<render::testing::PdfInfo> info = render::testing::GetPdfInfo(receipt.body);
  ASSERT_TRUE(info.ok());
  EXPECT_NEAR(info->width_pt, 419.53, 0.1);  // A5
  Result<std::string> png = render::testing::PdfPageToPng(receipt.body, 1, 200);
  ASSERT_TRUE(png.ok()) << png.status().ToString();
  Result<std::vector<std::string>> qr = render::testing::DecodeQrCodes(*png);
  ASSERT_TRUE(qr.ok()) << qr.status().ToString();
  EXPECT_EQ(*qr, std::vector<std::string>{"http://motcua.test/tra-cuu/" + code});

  // A configured public address wins over the Host header; a malformed Host is never printed.
  ASSERT_TRUE(store_->SetSetting(kPublicUrlSetting, "https://motcua.dongtien.gov.vn").ok());
  const Response configured =
      Send(desk, "GET", "/ho-so/" + code + "/mau-01.pdf", "", "", {{"Host", "evil.example/x?"}});
  ASSERT_EQ(configured.status, 200);
  png = render::testing::PdfPageToPng(configured.body, 1, 200);
  ASSERT_TRUE(png.ok());
  qr = render::testing::DecodeQrCodes(*png);
  ASSERT_TRUE(qr.ok());
  EXPECT_EQ(*qr, std::vector<std::string>{"https://motcua.dongtien.gov.vn/tra-cuu/" + code});
  ASSERT_TRUE(store_->SetSetting(kPublicUrlSetting, "").ok());
  const Response refused =
      Send(desk, "GET", "/ho-so/" + code + "/mau-01.pdf", "", "", {{"Host", "evil.example/x?"}});
  EXPECT_EQ(refused.status, 400);
  EXPECT_EQ(refused.content_type, "text/html; charset=utf-8");
  EXPECT_TRUE(Contains(refused.body, "site.public_url"));
}

TEST_F(PrintPagesTest, OnlyWhoMayViewTheDossierMayPrintIt) {
  const std::string code = ReceiveDirect();
  // Not signed in: to the sign-in page, coming back to the form.
  Browser nobody;
  const Response anonymous = Get(nobody, "/ho-so/" + code + "/mau-01.pdf");
  EXPECT_EQ(anonymous.status, 303);
  EXPECT_EQ(Header(anonymous, "Location"),
            "/dang-nhap?tiep=" + PercentEncode("/ho-so/" + code + "/mau-01.pdf"));
  // A specialist of another field: the "no permission" page, no PDF.
  Browser other_field = SignedIn("cv.ct");
  for (const char* form : {"mau-01", "mau-05"}) {
    const Response denied = Get(other_field, "/ho-so/" + code + "/" + form + ".pdf");
    EXPECT_EQ(denied.status, 403) << form;
    EXPECT_EQ(denied.content_type, "text/html; charset=utf-8");
    EXPECT_TRUE(Contains(denied.body, "Không có quyền"));
  }
  // The desk officer of another commune: refused too.
  Unit other;
  other.code = "000.00.21.H31";
  other.name = "UBND xã Tân Lập";
  other.parent_code = kProvince;
  other.effective_from = CivilDate{2025, 7, 1};
  ASSERT_TRUE(store_->AddUnit(other).ok());
  User stranger = UserNamed("tiepnhan");
  stranger.id = 0;
  stranger.username = "tiepnhan.tl";
  stranger.display_name = "Vũ Văn Tâm";
  stranger.unit_code = other.code;
  ASSERT_TRUE(store_->AddUser(stranger).ok());
  Browser other_unit = SignedIn("tiepnhan.tl");
  const Response foreign = Get(other_unit, "/ho-so/" + code + "/mau-01.pdf");
  EXPECT_EQ(foreign.status, 403);
  EXPECT_FALSE(foreign.body.starts_with("%PDF"));
  EXPECT_EQ(Get(other_unit, "/so-theo-doi").status, 200);  // its own ledger, without this dossier
  EXPECT_FALSE(Contains(Get(other_unit, "/so-theo-doi").body, code));
  // The specialist of the field may print once the dossier is theirs to see.
  ActDirect("tiepnhan", code, "assign", {{"to", "cv.ht"}});
  Browser specialist = SignedIn("cv.ht");
  ExpectPdf(Get(specialist, "/ho-so/" + code + "/mau-05.pdf"), "mau-05-" + code + ".pdf");
  // A malformed or unknown code is the 404 page.
  EXPECT_EQ(Get(specialist, "/ho-so/abc/mau-01.pdf").status, 404);
  EXPECT_EQ(Get(specialist, "/ho-so/000.00.20.H31-251001-0099/mau-01.pdf").status, 404);
}

TEST_F(PrintPagesTest, AFormThatDoesNotApplyIsAVietnamese404AndIsNotLinked) {
  const std::string code = ReceiveDirect();
  Browser desk = SignedIn("tiepnhan");
  for (const char* form : {"mau-02", "mau-03", "mau-04"}) {
    const Response missing = Get(desk, "/ho-so/" + code + "/" + form + ".pdf");
    EXPECT_EQ(missing.status, 404) << form;
    EXPECT_EQ(missing.content_type, "text/html; charset=utf-8");
    EXPECT_TRUE(Contains(missing.body, "Không tìm thấy"));
    EXPECT_TRUE(Contains(missing.body, "Hồ sơ " + code + " không có")) << missing.body;
  }
  const Response page = Get(desk, "/ho-so/" + code);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(Contains(page.body, "In phiếu"));
  EXPECT_TRUE(Contains(page.body, "href=\"/ho-so/" + code + "/mau-01.pdf\""));
  EXPECT_TRUE(Contains(page.body, "href=\"/ho-so/" + code + "/mau-05.pdf\""));
  for (const char* form : {"mau-02", "mau-03", "mau-04"}) {
    EXPECT_FALSE(Contains(page.body, "/" + std::string(form) + ".pdf")) << form;
  }
}

TEST_F(PrintPagesTest, SupplementApologyRefusalAndControlSlipPrintOnceTheyApply) {
  const std::string code = ReceiveDirect("Nguyễn Văn An");
  ActDirect("tiepnhan", code, "assign", {{"to", "cv.ht"}, {"note", "Hồ sơ ưu tiên"}});
  Browser specialist = SignedIn("cv.ht");
  // The supplement request: the page that follows offers Mẫu 02 at once, and it prints the items.
  const Response asked =
      ActOnPage(specialist, code, "request_supplement",
                {{"items", "Bản sao giấy khai sinh\r\nẢnh 4x6"}, {"deadline", "2025-10-10"}});
  EXPECT_TRUE(Contains(asked.body, "In Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)"));
  const Response supplement = Get(specialist, "/ho-so/" + code + "/mau-02.pdf");
  ExpectPdf(supplement, "mau-02-" + code + ".pdf");
  std::string text = PdfText(supplement.body);
  for (const char* expected :
       {"PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", "Bản sao giấy khai sinh", "Ảnh 4x6", "Trần Văn Minh"}) {
    EXPECT_TRUE(Contains(text, expected)) << "missing: " << expected << "\nin: " << text;
  }
  ActDirect("tiepnhan", code, "receive_supplement");

  // The leader's apology with a new appointment: Mẫu 04.
  Browser leader = SignedIn("lanhdao");
  const Response apologised =
      ActOnPage(leader, code, "apologize",
                {{"new_due", "2025-10-20T10:00"}, {"reason", "Cần xác minh thêm nơi cư trú"}});
  EXPECT_TRUE(Contains(apologised.body, "(Mẫu 04)"));
  const Response apology = Get(leader, "/ho-so/" + code + "/mau-04.pdf");
  ExpectPdf(apology, "mau-04-" + code + ".pdf");
  text = PdfText(apology.body);
  for (const char* expected :
       {"Cần xác minh thêm nơi cư trú", "Nguyễn Văn An", "Hoàng Văn Sơn", "UBND XÃ ĐỒNG TIẾN"}) {
    EXPECT_TRUE(Contains(text, expected)) << "missing: " << expected << "\nin: " << text;
  }

  // Refused after appraisal (the leader's decision): Mẫu 03 with the reason.
  const Response rejected =
      ActOnPage(leader, code, "reject", {{"reason", "Người yêu cầu chưa đủ tuổi kết hôn"}});
  EXPECT_TRUE(Contains(rejected.body, "(Mẫu 03)"));
  const Response refusal = Get(specialist, "/ho-so/" + code + "/mau-03.pdf");
  ExpectPdf(refusal, "mau-03-" + code + ".pdf");
  text = PdfText(refusal.body);
  for (const char* expected :
       {"PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", "Người yêu cầu chưa đủ tuổi kết hôn"}) {
    EXPECT_TRUE(Contains(text, expected)) << "missing: " << expected << "\nin: " << text;
  }

  // Mẫu 05 names who handed the dossier to whom.
  const Response slip = Get(specialist, "/ho-so/" + code + "/mau-05.pdf");
  ExpectPdf(slip, "mau-05-" + code + ".pdf");
  text = PdfText(slip.body);
  for (const char* expected :
       {"PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", "Nguyễn Thị Hồng", "Trần Văn Minh", "Hồ sơ ưu tiên"}) {
    EXPECT_TRUE(Contains(text, expected)) << "missing: " << expected << "\nin: " << text;
  }
  // Every form now applies and is listed.
  const Response page = Get(specialist, "/ho-so/" + code);
  for (const char* form : {"mau-01", "mau-02", "mau-03", "mau-04", "mau-05"}) {
    EXPECT_TRUE(Contains(page.body, "href=\"/ho-so/" + code + "/" + form + ".pdf\"")) << form;
  }
}

TEST_F(PrintPagesTest, IncompleteAndRefusedAtTheCounterLinkMau02And03) {
  const std::string incomplete = std::string(kCommune) + "-251001-0005";
  const std::string refused = std::string(kCommune) + "-251001-0006";
  SubmitOnline(incomplete);
  SubmitOnline(refused);
  Browser desk = SignedIn("tiepnhan");
  EXPECT_EQ(Get(desk, "/ho-so/" + incomplete + "/mau-01.pdf").status, 404);  // not received

  const Response asked = ActOnPage(desk, incomplete, "request_completion", {{"items", "Tờ khai có chữ ký"}});
  EXPECT_TRUE(Contains(asked.body, "href=\"/ho-so/" + incomplete + "/mau-02.pdf\""));
  const Response supplement = Get(desk, "/ho-so/" + incomplete + "/mau-02.pdf");
  ExpectPdf(supplement, "mau-02-" + incomplete + ".pdf");
  EXPECT_TRUE(Contains(PdfText(supplement.body), "Tờ khai có chữ ký"));

  const Response closed =
      ActOnPage(desk, refused, "refuse_at_desk", {{"reason", "Không thuộc thẩm quyền của xã"}});
  EXPECT_TRUE(Contains(closed.body, "In Phiếu từ chối tiếp nhận giải quyết hồ sơ (Mẫu 03)"));
  const Response refusal = Get(desk, "/ho-so/" + refused + "/mau-03.pdf");
  ExpectPdf(refusal, "mau-03-" + refused + ".pdf");
  const std::string text = PdfText(refusal.body);
  EXPECT_TRUE(Contains(text, "Không thuộc thẩm quyền của xã")) << text;
  EXPECT_TRUE(Contains(text, "Phạm Thị Dung")) << text;
  EXPECT_EQ(Get(desk, "/ho-so/" + refused + "/mau-05.pdf").status, 404);  // never received
}

TEST_F(PrintPagesTest, IntakeConfirmationLinksTheReceipt) {
  const std::string code = ReceiveDirect();
  Browser desk = SignedIn("tiepnhan");
  const Response done = Get(desk, "/ho-so/" + code + "/da-tiep-nhan");
  ASSERT_EQ(done.status, 200);
  EXPECT_TRUE(Contains(done.body, "href=\"/ho-so/" + code + "/mau-01.pdf\""));
  EXPECT_TRUE(Contains(done.body, "In giấy tiếp nhận (Mẫu 01)"));
}

TEST_F(PrintPagesTest, LedgerShowsTheUnitsDossiersOfTheRange) {
  const std::string first = ReceiveDirect("Nguyễn Văn An");
  const std::string second = ReceiveDirect("Trần Thị Bình");
  ActDirect("tiepnhan", first, "assign", {{"to", "cv.ht"}});
  Browser desk = SignedIn("tiepnhan");
  // The navigation offers it to unit-wide viewers only.
  const Response list = Get(desk, "/ho-so");
  EXPECT_TRUE(Contains(list.body, "href=\"/so-theo-doi\""));
  Browser specialist = SignedIn("cv.ht");
  EXPECT_FALSE(Contains(Get(specialist, "/ho-so").body, "href=\"/so-theo-doi\""));
  const Response denied = Get(specialist, "/so-theo-doi");
  EXPECT_EQ(denied.status, 403);
  EXPECT_TRUE(Contains(denied.body, "sổ theo dõi"));
  EXPECT_EQ(Get(specialist, "/so-theo-doi.xlsx").status, 403);

  // Default: the current month (the fixture's clock is 01/10/2025).
  const Response month = Get(desk, "/so-theo-doi");
  ASSERT_EQ(month.status, 200);
  EXPECT_EQ(month.content_type, "text/html; charset=utf-8");
  EXPECT_EQ(Header(month, "Cache-Control"), "no-store");
  EXPECT_EQ(InputValue(month.body, "tu"), "01/10/2025");
  EXPECT_EQ(InputValue(month.body, "den"), "31/10/2025");
  EXPECT_TRUE(Contains(month.body, first));
  EXPECT_TRUE(Contains(month.body, second));
  EXPECT_TRUE(Contains(month.body, "Trần Thị Bình"));
  EXPECT_LT(month.body.find(first), month.body.find(second));  // receipt order
  EXPECT_TRUE(Contains(month.body, "href=\"/so-theo-doi.pdf?tu=01%2F10%2F2025&amp;den=31%2F10%2F2025\""));
  // Another range has none of them.
  const Response september = Get(desk, "/so-theo-doi?tu=01/09/2025&den=30/09/2025");
  ASSERT_EQ(september.status, 200);
  EXPECT_FALSE(Contains(september.body, first));
  EXPECT_TRUE(Contains(september.body, "Không có hồ sơ nào"));

  // The PDF: A4 landscape with the rows.
  const Response pdf = Get(desk, "/so-theo-doi.pdf?tu=01/10/2025&den=31/10/2025");
  ExpectPdf(pdf, "so-theo-doi-20251001-20251031.pdf");
  const std::string text = PdfText(pdf.body);
  for (const std::string& expected :
       {std::string("SỔ THEO DÕI HỒ SƠ"), first, second, std::string("Nguyễn Văn An"),
        std::string("cấp Giấy xác nhận tình trạng hôn nhân")}) {
    EXPECT_TRUE(Contains(text, expected)) << "missing: " << expected << "\nin: " << text;
  }
  Result<render::testing::PdfInfo> info = render::testing::GetPdfInfo(pdf.body);
  ASSERT_TRUE(info.ok());
  EXPECT_GT(info->width_pt, info->height_pt);

  // The XLSX: the same rows as cells.
  const Response xlsx = Get(desk, "/so-theo-doi.xlsx?tu=01%2F10%2F2025&den=31%2F10%2F2025");
  ASSERT_EQ(xlsx.status, 200);
  EXPECT_EQ(xlsx.content_type, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  EXPECT_EQ(Header(xlsx, "Content-Disposition"),
            "attachment; filename=\"so-theo-doi-20251001-20251031.xlsx\"");
  EXPECT_EQ(Header(xlsx, "Cache-Control"), "no-store");
  Result<std::string> strings = render::testing::ZipEntryText(xlsx.body, "xl/sharedStrings.xml");
  ASSERT_TRUE(strings.ok()) << strings.status().ToString();
  EXPECT_TRUE(Contains(*strings, first));
  EXPECT_TRUE(Contains(*strings, "Trần Thị Bình"));
}

TEST_F(PrintPagesTest, LedgerRefusesBadDatesInVietnamese) {
  Browser desk = SignedIn("tiepnhan");
  const Response malformed = Get(desk, "/so-theo-doi?tu=31/02/2025&den=01/03/2025");
  EXPECT_EQ(malformed.status, 400);
  EXPECT_TRUE(Contains(malformed.body, "không phải là ngày hợp lệ"));
  EXPECT_EQ(InputValue(malformed.body, "tu"), "31/02/2025");  // kept to correct
  const Response reversed = Get(desk, "/so-theo-doi?tu=10/10/2025&den=01/10/2025");
  EXPECT_EQ(reversed.status, 400);
  EXPECT_TRUE(Contains(reversed.body, "Từ ngày 10/10/2025 sau đến ngày 01/10/2025"));
  const Response too_long = Get(desk, "/so-theo-doi?tu=01/01/2024&den=01/01/2025");
  EXPECT_EQ(too_long.status, 400);
  EXPECT_TRUE(Contains(too_long.body, "tối đa 366 ngày"));
  const Response hostile = Get(desk, "/so-theo-doi?tu=%3Cscript%3Ex&den=");
  EXPECT_EQ(hostile.status, 400);
  EXPECT_FALSE(Contains(hostile.body, "<script>x"));
  for (const char* document : {"/so-theo-doi.pdf", "/so-theo-doi.xlsx"}) {
    const Response refused = Get(desk, std::string(document) + "?tu=01/01/2024&den=01/01/2025");
    EXPECT_EQ(refused.status, 400) << document;
    EXPECT_EQ(refused.content_type, "text/html; charset=utf-8");
    EXPECT_TRUE(Contains(refused.body, "tối đa 366 ngày"));
  }
}

}  // namespace
}  // namespace motcua::web::pages::testing
