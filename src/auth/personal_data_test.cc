#include "auth/personal_data.h"

#include <gtest/gtest.h>

namespace motcua {
namespace {

TEST(MaskIdentifierTest, KeepsTheTail) {
  EXPECT_EQ(MaskIdentifier("001204012345"), "*********345");
  EXPECT_EQ(MaskIdentifier("0912345678"), "*******678");
  EXPECT_EQ(MaskIdentifier("0912345678", 4), "******5678");
  EXPECT_EQ(MaskIdentifier("123"), "***");  // never shown whole
  EXPECT_EQ(MaskIdentifier("12"), "**");
  EXPECT_EQ(MaskIdentifier(""), "");
  EXPECT_EQ(MaskIdentifier("Số nhà 12 Đường Lê Lợi"), "*******************Lợi");
}

TEST(PersonalDataForTest, MasksForThoseWhoMayNotSee) {
  const Resource dossier{"U1", {}, "HT", 5};
  const Principal clerk{9, "U1", {Role::kClerk}, {}};
  const Principal desk{9, "U1", {Role::kDesk}, {}};
  EXPECT_EQ(PersonalDataFor(clerk, dossier, "0912345678"), "*******678");
  EXPECT_EQ(PersonalDataFor(desk, dossier, "0912345678"), "0912345678");
}

}  // namespace
}  // namespace motcua
