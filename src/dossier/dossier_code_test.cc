#include "dossier/dossier_code.h"

#include <gtest/gtest.h>

namespace motcua {
namespace {

TEST(DossierCodeTest, FormatsTheCircularExample) {
  auto code = FormatDossierCode("000.00.20.H31", CivilDate{2024, 9, 25}, 1);
  ASSERT_TRUE(code.ok()) << code.status().ToString();
  EXPECT_EQ(*code, "000.00.20.H31-240925-0001");
  EXPECT_EQ(FormatDossierCode("000.00.20.H31", CivilDate{2023, 10, 2}, 9999).value(),
            "000.00.20.H31-231002-9999");
  EXPECT_EQ(FormatDossierCode(DossierCode{"123.45.67.A89", CivilDate{2000, 1, 1}, 42}).value(),
            "123.45.67.A89-000101-0042");
}

TEST(DossierCodeTest, SequenceIsFourDigitsAndNeverWidened) {
  auto over = FormatDossierCode("000.00.20.H31", CivilDate{2024, 9, 25}, 10000);
  ASSERT_FALSE(over.ok());
  EXPECT_EQ(over.status().code(), StatusCode::kResourceExhausted);
  EXPECT_FALSE(FormatDossierCode("000.00.20.H31", CivilDate{2024, 9, 25}, 0).ok());
  EXPECT_FALSE(FormatDossierCode("000.00.20.H31", CivilDate{2024, 9, 25}, -3).ok());
  EXPECT_FALSE(FormatDossierCode("000.00.20.H31", CivilDate{1999, 12, 31}, 1).ok());
  EXPECT_FALSE(FormatDossierCode("000.00.20.H31", CivilDate{2100, 1, 1}, 1).ok());
  EXPECT_FALSE(FormatDossierCode("000.00.20.H31", CivilDate{2023, 2, 29}, 1).ok());
}

TEST(DossierCodeTest, UnitIdShape) {
  EXPECT_TRUE(ValidateUnitId("000.00.20.H31").ok());
  EXPECT_TRUE(ValidateUnitId("000.20.31.H31").ok());
  EXPECT_FALSE(ValidateUnitId("G01.00.00.A00").ok());
  for (const char* bad :
       {"", "000.00.20.h31", "00.00.20.H31", "000.00.20.H3", "000-00.20.H31", "000.00.20.H311",
        "000.0A.20.H31", "000.00.20.131", "000.00.20.HH1", " 000.00.20.H31"}) {
    auto s = ValidateUnitId(bad);
    EXPECT_FALSE(s.ok()) << bad;
    EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  }
  EXPECT_FALSE(FormatDossierCode("000.00.20.h31", CivilDate{2024, 9, 25}, 1).ok());
}

TEST(DossierCodeTest, ParsesAndRoundTrips) {
  auto parsed = ParseDossierCode("000.00.20.H31-240925-0001");
  ASSERT_TRUE(parsed.ok()) << parsed.status().ToString();
  EXPECT_EQ(parsed->unit_id, "000.00.20.H31");
  EXPECT_EQ(parsed->date, (CivilDate{2024, 9, 25}));
  EXPECT_EQ(parsed->sequence, 1);
  EXPECT_EQ(FormatDossierCode(*parsed).value(), "000.00.20.H31-240925-0001");
  for (int seq : {1, 10, 999, 1234, 9999}) {
    const std::string code = FormatDossierCode("001.02.03.X04", CivilDate{2031, 12, 31}, seq).value();
    auto back = ParseDossierCode(code);
    ASSERT_TRUE(back.ok()) << code;
    EXPECT_EQ(back->sequence, seq);
    EXPECT_EQ(back->date, (CivilDate{2031, 12, 31}));
  }
}

TEST(DossierCodeTest, RejectsMalformedCodes) {
  for (const char* bad :
       {"", "000.00.20.H31", "000.00.20.H31-240925-001", "000.00.20.H31-240925-00001",
        "000.00.20.H31-240230-0001", "000.00.20.H31-241301-0001", "000.00.20.H31-240925-0000",
        "000.00.20.H31_240925-0001", "000.00.20.H31-240925_0001", "000.00.20.H31-24O925-0001",
        "000.00.20.H31-240925-00a1", "000.00.20.h31-240925-0001", "000.00.20.H31-240925-0001 "}) {
    auto r = ParseDossierCode(bad);
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
    EXPECT_NE(r.status().user_message().find("Mã hồ sơ không hợp lệ"), std::string::npos);
  }
  EXPECT_TRUE(ParseDossierCode("000.00.20.H31-240229-0001").ok());  // 2024 is a leap year
}

}  // namespace
}  // namespace motcua
