#include "render/qr_code.h"

#include <gtest/gtest.h>

#include <string>

namespace motcua::render {
namespace {

// The 7x7 finder pattern: a dark ring, a light ring, a dark 3x3 centre.
bool FinderAt(const QrMatrix& m, int top, int left) {
  for (int r = 0; r < 7; ++r) {
    for (int c = 0; c < 7; ++c) {
      bool ring = r == 0 || r == 6 || c == 0 || c == 6;
      bool centre = r >= 2 && r <= 4 && c >= 2 && c <= 4;
      if (m.At(top + r, left + c) != (ring || centre)) return false;
    }
  }
  return true;
}

TEST(QrCodeTest, EncodesAUrlWithThreeFinderPatterns) {
  Result<QrMatrix> qr = EncodeQr("https://motcua.example.vn/tra-cuu?ma=000.00.20.H31-240925-0001");
  ASSERT_TRUE(qr.ok()) << qr.status().ToString();
  // 61 bytes at level M need version 4: 33 modules.
  EXPECT_EQ(qr->size, 33);
  ASSERT_EQ(qr->dark.size(), 33u * 33u);
  EXPECT_TRUE(FinderAt(*qr, 0, 0));
  EXPECT_TRUE(FinderAt(*qr, 0, qr->size - 7));
  EXPECT_TRUE(FinderAt(*qr, qr->size - 7, 0));
  EXPECT_FALSE(FinderAt(*qr, qr->size - 7, qr->size - 7));
}

TEST(QrCodeTest, SamePayloadSameMatrix) {
  Result<QrMatrix> a = EncodeQr("000.00.20.H31-240925-0001");
  Result<QrMatrix> b = EncodeQr("000.00.20.H31-240925-0001");
  Result<QrMatrix> c = EncodeQr("000.00.20.H31-240925-0002");
  ASSERT_TRUE(a.ok() && b.ok() && c.ok());
  EXPECT_EQ(a->dark, b->dark);
  EXPECT_NE(a->dark, c->dark);
}

TEST(QrCodeTest, RefusesEmptyAndOversizedPayloads) {
  EXPECT_EQ(EncodeQr("").status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(EncodeQr(std::string(5000, 'x')).status().code(), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace motcua::render
