#include "auth/password.h"

#include <gtest/gtest.h>
#include <sodium.h>

#include <atomic>
#include <thread>

namespace motcua {
namespace {

// Tests use libsodium's minimum cost (1 pass, 8 KiB) so each hash takes microseconds.
PasswordHasher FastHasher() {
  Result<PasswordHasher> hasher = PasswordHasher::Create(Argon2Limits::FastForTests());
  EXPECT_TRUE(hasher.ok()) << hasher.status().ToString();
  return std::move(hasher).value();
}

TEST(Argon2LimitsTest, InteractiveIsLibsodiumInteractive) {
  EXPECT_EQ(Argon2Limits::Interactive().ops_limit, 2u);
  EXPECT_EQ(Argon2Limits::Interactive().mem_limit_bytes, 64u * 1024 * 1024);
  EXPECT_EQ(Argon2Limits::Moderate().ops_limit, 3u);
  EXPECT_EQ(Argon2Limits::Moderate().mem_limit_bytes, 256u * 1024 * 1024);
  EXPECT_EQ(Argon2Limits::FastForTests().ops_limit, 1u);
  EXPECT_EQ(Argon2Limits::FastForTests().mem_limit_bytes, 8192u);
}

TEST(PasswordHasherTest, RejectsOutOfRangeLimits) {
  EXPECT_EQ(PasswordHasher::Create({0, 8192}).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(PasswordHasher::Create({1, 1024}).status().code(), StatusCode::kInvalidArgument);
  EXPECT_TRUE(PasswordHasher::Create({1, 8192}).ok());
}

TEST(PasswordHasherTest, HashThenVerify) {
  const PasswordHasher hasher = FastHasher();
  Result<std::string> hash = hasher.Hash("cây đa giếng nước 1975");
  ASSERT_TRUE(hash.ok()) << hash.status().ToString();
  EXPECT_TRUE(hash->starts_with("$argon2id$v=19$m=8,t=1,p=1$")) << *hash;
  EXPECT_TRUE(hasher.Verify(*hash, "cây đa giếng nước 1975").ok());
}

TEST(PasswordHasherTest, EachHashHasItsOwnSalt) {
  const PasswordHasher hasher = FastHasher();
  const std::string a = hasher.Hash("same password here").value();
  const std::string b = hasher.Hash("same password here").value();
  EXPECT_NE(a, b);
  EXPECT_TRUE(hasher.Verify(a, "same password here").ok());
  EXPECT_TRUE(hasher.Verify(b, "same password here").ok());
}

TEST(PasswordHasherTest, WrongPasswordIsUnauthenticated) {
  const PasswordHasher hasher = FastHasher();
  const std::string hash = hasher.Hash("correct horse battery").value();
  for (std::string_view wrong :
       {"correct horse batter", "Correct horse battery", "", "correct horse battery "}) {
    const Status s = hasher.Verify(hash, wrong);
    EXPECT_EQ(s.code(), StatusCode::kUnauthenticated) << wrong;
    EXPECT_EQ(s.user_message(), "Tên đăng nhập hoặc mật khẩu không đúng.");
    EXPECT_EQ(s.message(), "password mismatch");
  }
}

TEST(PasswordHasherTest, TamperedHashIsRejected) {
  const PasswordHasher hasher = FastHasher();
  const std::string hash = hasher.Hash("correct horse battery").value();

  // One character of the digest changed: still well-formed, no longer matches.
  std::string flipped = hash;
  flipped[flipped.size() - 2] = flipped[flipped.size() - 2] == 'A' ? 'B' : 'A';
  EXPECT_EQ(hasher.Verify(flipped, "correct horse battery").message(), "password mismatch");

  // One character of the salt changed.
  std::string salted = hash;
  const size_t salt_pos = hash.rfind('$', hash.rfind('$') - 1) + 1;
  salted[salt_pos] = salted[salt_pos] == 'A' ? 'B' : 'A';
  EXPECT_FALSE(hasher.Verify(salted, "correct horse battery").ok());

  // The cost parameters lowered (an attacker making offline guessing cheaper).
  std::string params = hash;
  params.replace(params.find("t=1"), 3, "t=2");
  EXPECT_FALSE(hasher.Verify(params, "correct horse battery").ok());

  // Malformed strings are reported as such in the log but look the same to the user.
  for (std::string_view bad :
       {std::string_view(""), std::string_view("$argon2id$"),
        std::string_view("$2y$10$abcdefghijklmnopqrstuv"), std::string_view(hash).substr(0, hash.size() / 2),
        std::string_view("plaintext-password")}) {
    const Status s = hasher.Verify(bad, "correct horse battery");
    EXPECT_EQ(s.code(), StatusCode::kUnauthenticated) << bad;
    EXPECT_EQ(s.user_message(), "Tên đăng nhập hoặc mật khẩu không đúng.");
  }
  EXPECT_EQ(hasher.Verify("$2y$10$abc", "x").message(), "stored password hash is malformed");
  EXPECT_EQ(hasher.Verify(hash + std::string(200, 'A'), "correct horse battery").message(),
            "stored password hash is malformed");
  std::string with_quote = hash;
  with_quote.back() = '\'';
  EXPECT_EQ(hasher.Verify(with_quote, "correct horse battery").message(),
            "stored password hash is malformed");
}

TEST(PasswordHasherTest, NormalisesUnicodeBeforeHashing) {
  const PasswordHasher hasher = FastHasher();
  // "Mật khẩu" precomposed (NFC) and decomposed (NFD: a + breve... as some keyboards send it).
  const std::string nfc =
      "M\xE1\xBA\xAD"
      "t kh\xE1\xBA\xA9u 2024";
  const std::string nfd = "Ma\xCC\xA3\xCC\x82t kha\xCC\x82\xCC\x89u 2024";
  ASSERT_NE(nfc, nfd);
  const std::string hash = hasher.Hash(nfc).value();
  EXPECT_TRUE(hasher.Verify(hash, nfd).ok());
  // NFKC also folds compatibility forms: full-width digits equal ASCII digits.
  const std::string fullwidth = "pass \xEF\xBC\x92\xEF\xBC\x90\xEF\xBC\x92\xEF\xBC\x94";  // "pass ２０２４"
  const std::string hash2 = hasher.Hash(fullwidth).value();
  EXPECT_TRUE(hasher.Verify(hash2, "pass 2024").ok());
}

TEST(PasswordHasherTest, RejectsInvalidOrHugeInput) {
  const PasswordHasher hasher = FastHasher();
  EXPECT_EQ(hasher.Hash("bad \xFF utf8 here").status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(hasher.Hash(std::string(kMaxPasswordBytes + 1, 'a')).status().code(),
            StatusCode::kInvalidArgument);
  EXPECT_TRUE(hasher.Hash(std::string(kMaxPasswordBytes, 'a')).ok());
  const std::string hash = hasher.Hash("valid password 1").value();
  EXPECT_EQ(hasher.Verify(hash, "bad \xFF").code(), StatusCode::kUnauthenticated);
  EXPECT_EQ(hasher.Verify(hash, std::string(kMaxPasswordBytes + 1, 'a')).code(),
            StatusCode::kUnauthenticated);
}

TEST(PasswordHasherTest, NeedsRehashWhenParametersChange) {
  const PasswordHasher fast = FastHasher();
  const PasswordHasher stronger = PasswordHasher::Create({2, 16 * 1024}).value();
  const std::string fast_hash = fast.Hash("correct horse battery").value();
  const std::string strong_hash = stronger.Hash("correct horse battery").value();
  EXPECT_FALSE(fast.NeedsRehash(fast_hash));
  EXPECT_TRUE(stronger.NeedsRehash(fast_hash));
  EXPECT_FALSE(stronger.NeedsRehash(strong_hash));
  EXPECT_TRUE(fast.NeedsRehash(strong_hash));
  // Either hasher still verifies the other's hashes: parameters travel in the string.
  EXPECT_TRUE(stronger.Verify(fast_hash, "correct horse battery").ok());
  EXPECT_TRUE(fast.NeedsRehash("not a hash"));

  // A legacy Argon2i hash verifies but must be upgraded.
  char argon2i[crypto_pwhash_STRBYTES];
  ASSERT_EQ(crypto_pwhash_str_alg(argon2i, "legacy password", 15, 3, 8192, crypto_pwhash_ALG_ARGON2I13), 0);
  EXPECT_TRUE(fast.Verify(argon2i, "legacy password").ok());
  EXPECT_TRUE(fast.NeedsRehash(argon2i));
}

TEST(PasswordHasherTest, UnknownUserCostsAVerifyAndFails) {
  const PasswordHasher hasher = FastHasher();
  const Status s = hasher.VerifyUnknownUser("anything at all");
  EXPECT_EQ(s.code(), StatusCode::kUnauthenticated);
  EXPECT_EQ(s.user_message(), "Tên đăng nhập hoặc mật khẩu không đúng.");
}

TEST(PasswordHasherTest, ConcurrencyBound) {
  EXPECT_EQ(PasswordHasher::Create(Argon2Limits::FastForTests(), -1).status().code(),
            StatusCode::kInvalidArgument);
  // One slot shared by four threads and by a copy of the hasher: every call still completes.
  const PasswordHasher hasher = PasswordHasher::Create(Argon2Limits::FastForTests(), 1).value();
  const PasswordHasher copy = hasher;
  const std::string hash = hasher.Hash("one slot only").value();
  std::atomic<int> ok{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 10; ++i) {
        if ((t % 2 == 0 ? hasher : copy).Verify(hash, "one slot only").ok()) ++ok;
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(ok.load(), 40);
}

TEST(PasswordHasherTest, ConcurrentUse) {
  const PasswordHasher hasher = FastHasher();
  const std::string hash = hasher.Hash("shared password 1").value();
  std::atomic<int> ok{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 20; ++i) {
        if (hasher.Verify(hash, "shared password 1").ok()) ++ok;
        if (!hasher.Verify(hash, "wrong " + std::to_string(t)).ok()) ++ok;
        if (hasher.Hash("p" + std::to_string(i)).ok()) ++ok;
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(ok.load(), 4 * 20 * 3);
}

}  // namespace
}  // namespace motcua
