#include "dossier/identity.h"

#include <gtest/gtest.h>

namespace motcua {
namespace {

constexpr CivilDate kToday{2025, 6, 1};

TEST(CitizenIdTest, ValidNumbersDecodeProvinceGenderAndYear) {
  auto a = ValidateCitizenId("001099012345", kToday);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->province_code, 1);
  EXPECT_EQ(a->province_name, "Hà Nội");
  EXPECT_FALSE(a->female);
  EXPECT_EQ(a->birth_year, 1999);

  auto b = ValidateCitizenId("079185000001", kToday);
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(b->province_name, "Hồ Chí Minh");
  EXPECT_TRUE(b->female);
  EXPECT_EQ(b->birth_year, 1985);

  auto c = ValidateCitizenId("096203123456", kToday);  // Cà Mau, male, 2003
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->birth_year, 2003);
  EXPECT_FALSE(c->female);

  auto d = ValidateCitizenId("033325000000", kToday);  // Hưng Yên, female, born this very year
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->birth_year, 2025);
  EXPECT_TRUE(d->female);
}

TEST(CitizenIdTest, LengthAndDigits) {
  for (const char* bad :
       {"", "00109901234", "0010990123456", "00109901234a", "001 99012345", "００1099012345"}) {
    auto r = ValidateCitizenId(bad, kToday);
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
    EXPECT_EQ(r.status().user_message(), "Số định danh cá nhân phải gồm 12 chữ số.");
  }
}

TEST(CitizenIdTest, ProvinceMustBeInTheOfficialList) {
  auto r = ValidateCitizenId("099099012345", kToday);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().user_message(), "Mã tỉnh 099 trong số định danh cá nhân không hợp lệ.");
  for (const char* bad : {"000099012345", "003099012345", "097099012345", "050099012345", "999099012345"}) {
    EXPECT_FALSE(ValidateCitizenId(bad, kToday).ok()) << bad;
  }
  int listed = 0;
  for (int code = 0; code < 1000; ++code) listed += ProvinceForCitizenIdCode(code).has_value() ? 1 : 0;
  EXPECT_EQ(listed, 63);
  EXPECT_EQ(ProvinceForCitizenIdCode(33).value(), "Hưng Yên");
  EXPECT_EQ(ProvinceForCitizenIdCode(46).value(), "Thừa Thiên Huế");
}

TEST(CitizenIdTest, BirthYearInTheFutureIsRefused) {
  auto r = ValidateCitizenId("001226000001", kToday);  // 2026 > 2025
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().user_message(), "Năm sinh 2026 theo số định danh cá nhân chưa đến.");
  EXPECT_FALSE(ValidateCitizenId("001400000001", kToday).ok());  // 22nd century
  EXPECT_FALSE(ValidateCitizenId("001999000001", kToday).ok());  // 24th century
  EXPECT_TRUE(ValidateCitizenId("001226000001", CivilDate{2026, 1, 1}).ok());
  // The log message never carries the whole number.
  EXPECT_EQ(r.status().message().find("001226000001"), std::string::npos);
}

TEST(OldCmndTest, HistoricalOnly) {
  EXPECT_TRUE(ValidateOldCmnd("123456789", true).ok());
  auto live = ValidateOldCmnd("123456789", false);
  ASSERT_FALSE(live.ok());
  EXPECT_NE(live.user_message().find("dữ liệu lịch sử"), std::string::npos);
  EXPECT_FALSE(ValidateOldCmnd("12345678", true).ok());
  EXPECT_FALSE(ValidateOldCmnd("12345678a", true).ok());
}

TEST(PassportTest, VietnameseAndForeign) {
  EXPECT_TRUE(ValidateVnPassport("B1234567").ok());
  EXPECT_TRUE(ValidateVnPassport("C0000001").ok());
  for (const char* bad : {"b1234567", "B123456", "B12345678", "12345678", "BB123456", ""}) {
    auto s = ValidateVnPassport(bad);
    EXPECT_FALSE(s.ok()) << bad;
  }
  EXPECT_EQ(ValidateVnPassport("B123").user_message(),
            "Số hộ chiếu Việt Nam phải gồm 1 chữ cái in hoa và 7 chữ số.");
  EXPECT_TRUE(ValidateForeignPassport("X12345").ok());
  EXPECT_TRUE(ValidateForeignPassport("AB1234567890123456ZZ").ok());  // 20
  EXPECT_TRUE(ValidateForeignPassport("ea123456").ok());
  for (const char* bad : {"X1234", "AB1234567890123456ZZZ", "AB-12345", "AB 12345", "AB12345é"}) {
    EXPECT_FALSE(ValidateForeignPassport(bad).ok()) << bad;
  }
}

TEST(TaxCodeTest, CheckDigitAndBranches) {
  // Published examples (python-stdnum's doctests for stdnum.vn.mst).
  EXPECT_TRUE(ValidateTaxCode("0100233488", kToday).ok());
  EXPECT_TRUE(ValidateTaxCode("0314409058", kToday).ok());
  EXPECT_TRUE(ValidateTaxCode("0314409058-002", kToday).ok());
  // Weighted sum 10 mod 11 gives check digit 0.
  EXPECT_TRUE(ValidateTaxCode("0101243150", kToday).ok());
  auto bad_check = ValidateTaxCode("0100233480", kToday);
  ASSERT_FALSE(bad_check.ok());
  EXPECT_NE(bad_check.user_message().find("sai chữ số kiểm tra"), std::string::npos);
  // Every other last digit fails.
  for (char c = '0'; c <= '9'; ++c) {
    std::string s = "031440905";
    s.push_back(c);
    EXPECT_EQ(ValidateTaxCode(s, kToday).ok(), c == '8') << s;
  }
  EXPECT_FALSE(ValidateTaxCode("0314409058-000", kToday).ok());
  EXPECT_FALSE(ValidateTaxCode("0314409058-02", kToday).ok());
  EXPECT_FALSE(ValidateTaxCode("0314409058002", kToday).ok());
  EXPECT_FALSE(ValidateTaxCode("031440905", kToday).ok());
  EXPECT_FALSE(ValidateTaxCode("0100000000", kToday).ok());  // zero sequence
  EXPECT_FALSE(ValidateTaxCode("03144O9058", kToday).ok());
  // A 12-digit personal tax code is the citizen ID.
  EXPECT_TRUE(ValidateTaxCode("001099012345", kToday).ok());
  EXPECT_FALSE(ValidateTaxCode("099099012345", kToday).ok());
}

TEST(TaxCodeTest, CheckDigitFollowsTheWeightedSum) {
  // body -> the only valid last digit (10 - weighted sum mod 11).
  const std::pair<const char*, char> cases[] = {
      {"001100000", '1'},  // 23 + 19 = 42, 42 mod 11 = 9
      {"010000010", '9'},  // 29 + 5 = 34, mod 11 = 1
      {"011000000", '2'},  // 29 + 23 = 52, mod 11 = 8
  };
  for (const auto& [body, valid] : cases) {
    for (char c = '0'; c <= '9'; ++c) {
      std::string s = body;
      s.push_back(c);
      EXPECT_EQ(ValidateTaxCode(s, kToday).ok(), c == valid) << s;
    }
  }
  // 17 + 13 + 3 = 33: remainder 0 would need the digit "10", so no code with this body is valid.
  for (char c = '0'; c <= '9'; ++c) {
    std::string s = "000011001";
    s.push_back(c);
    EXPECT_FALSE(ValidateTaxCode(s, kToday).ok()) << s;
  }
}

TEST(IdNumberTest, KindInferredFromShape) {
  IdCheckOptions live{kToday, false};
  IdCheckOptions import{kToday, true};
  EXPECT_EQ(ValidateIdNumber("001099012345", IdKind::kNone, live).value(), IdKind::kCitizenId);
  EXPECT_EQ(ValidateIdNumber("B1234567", IdKind::kNone, live).value(), IdKind::kVnPassport);
  EXPECT_EQ(ValidateIdNumber("0314409058", IdKind::kNone, live).value(), IdKind::kTaxCode);
  EXPECT_EQ(ValidateIdNumber("0314409058-002", IdKind::kNone, live).value(), IdKind::kTaxCode);
  EXPECT_FALSE(ValidateIdNumber("123456789", IdKind::kNone, live).ok());
  EXPECT_EQ(ValidateIdNumber("123456789", IdKind::kNone, import).value(), IdKind::kOldCmnd);
  EXPECT_EQ(ValidateIdNumber("X12345", IdKind::kForeignPassport, live).value(), IdKind::kForeignPassport);
  EXPECT_FALSE(ValidateIdNumber("X12345", IdKind::kNone, live).ok());
  EXPECT_FALSE(ValidateIdNumber("001099012345", IdKind::kVnPassport, live).ok());
  EXPECT_EQ(ParseIdKind("cccd").value(), IdKind::kCitizenId);
  EXPECT_FALSE(ParseIdKind("ssn").ok());
  for (IdKind k : {IdKind::kCitizenId, IdKind::kOldCmnd, IdKind::kVnPassport, IdKind::kForeignPassport,
                   IdKind::kTaxCode}) {
    EXPECT_EQ(ParseIdKind(IdKindId(k)).value(), k);
  }
}

TEST(IdNumberTest, CanonicalAndMask) {
  EXPECT_EQ(CanonicalIdNumber("  b1234567 "), "B1234567");
  EXPECT_EQ(MaskIdNumber("001234567845"), "0012******45");
  EXPECT_EQ(MaskIdNumber("123456789"), "1234***89");
  EXPECT_EQ(MaskIdNumber("0314409058-002"), "0314******-*02");
  EXPECT_EQ(MaskIdNumber("B1234567"), "B123**67");
  EXPECT_EQ(MaskIdNumber("12345"), "****5");
  EXPECT_EQ(MaskIdNumber(""), "");
  EXPECT_EQ(MaskIdNumber("Đ1234567"), "**12***67");  // non-ASCII bytes are always hidden
}

}  // namespace
}  // namespace motcua
