#include "attachment/sha256.h"

#include <gtest/gtest.h>

#include <string>

namespace motcua {
namespace {

// FIPS 180-2 appendix B / NIST CAVP example vectors.
constexpr std::string_view kAbc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
constexpr std::string_view kEmpty = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
constexpr std::string_view kTwoBlocks = "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1";
constexpr std::string_view kMillionA = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0";
constexpr std::string_view kTwoBlockMessage = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";

TEST(Sha256Test, NistVectors) {
  EXPECT_EQ(Sha256Hex("abc"), kAbc);
  EXPECT_EQ(Sha256Hex(""), kEmpty);
  EXPECT_EQ(Sha256Hex(kTwoBlockMessage), kTwoBlocks);
  EXPECT_EQ(Sha256Hex(std::string(1000000, 'a')), kMillionA);
}

TEST(Sha256Test, IncrementalMatchesOneShotAtEverySplit) {
  const std::string message(kTwoBlockMessage);
  for (size_t split = 0; split <= message.size(); ++split) {
    Sha256Hasher hasher;
    hasher.Update(std::string_view(message).substr(0, split));
    hasher.Update(std::string_view(message).substr(split));
    EXPECT_EQ(hasher.FinishHex(), kTwoBlocks) << "split at " << split;
  }
}

TEST(Sha256Test, IncrementalMillionA) {
  Sha256Hasher hasher;
  const std::string chunk(1000, 'a');
  for (int i = 0; i < 1000; ++i) hasher.Update(chunk);
  EXPECT_EQ(hasher.FinishHex(), kMillionA);
}

TEST(Sha256Test, EmptyIncremental) {
  Sha256Hasher hasher;
  EXPECT_EQ(hasher.FinishHex(), kEmpty);
}

TEST(Sha256Test, IsSha256HexIsStrict) {
  EXPECT_TRUE(IsSha256Hex(kAbc));
  EXPECT_TRUE(IsSha256Hex(std::string(64, '0')));
  std::string upper(kAbc);
  upper[0] = 'B';
  EXPECT_FALSE(IsSha256Hex(upper));
  EXPECT_FALSE(IsSha256Hex(kAbc.substr(1)));
  std::string longer(kAbc);
  longer.push_back('0');
  EXPECT_FALSE(IsSha256Hex(longer));
  EXPECT_FALSE(IsSha256Hex(""));
  EXPECT_FALSE(IsSha256Hex("../../etc/passwd"));
  std::string with_slash(kAbc);
  with_slash[2] = '/';
  EXPECT_FALSE(IsSha256Hex(with_slash));
  std::string with_g(kAbc);
  with_g[63] = 'g';
  EXPECT_FALSE(IsSha256Hex(with_g));
}

}  // namespace
}  // namespace motcua
