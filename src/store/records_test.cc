#include "store/records.h"

#include <gtest/gtest.h>

namespace motcua {
namespace {

TEST(UnitCodeTest, AcceptsElectronicIds) {
  for (const char* code : {"000.00.20.H31", "000.00.00.H49", "001.02.03.G01", "A00.B1.00.H01"}) {
    EXPECT_TRUE(ValidateUnitCode(code).ok()) << code;
  }
}

TEST(UnitCodeTest, RejectsOtherShapes) {
  for (const char* code : {"", "000.00.20.h31", "000.00.20.H3", "000.00.20.H311", "00.00.20.H31",
                           "000-00-20-H31", "000.00.20.331", "000.00.20.HH1", " 000.00.20.H31",
                           "000.00.20.H31 ", "000.00.2a.H31", "000.00.20.H31-240925-0001"}) {
    Status status = ValidateUnitCode(code);
    EXPECT_EQ(status.code(), StatusCode::kInvalidArgument) << code;
    EXPECT_NE(status.user_message().find("000.00.20.H31"), std::string::npos);
  }
}

TEST(UnitCodeTest, MessageNeverCarriesBrokenUtf8) {
  Status status = ValidateUnitCode("\xff\xfe");
  EXPECT_EQ(status.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(status.user_message().find('\xff'), std::string::npos);
}

}  // namespace
}  // namespace motcua
