#include "auth/internal/common_passwords.h"

#include <array>

namespace motcua::auth_internal {
namespace {

// Sources (see docs/security.md):
//  [S] every entry of 10+ characters in SecLists
//  Passwords/Common-Credentials/10-million-password-list-top-1000.txt
//      (danielmiessler/SecLists); shorter entries already fail the length rule.
//  [P] common patterns built by us from the same list's shorter entries plus obvious suffixes, and the
//      Vietnamese entries reported by NordPass for Vietnam in 2025 (123456789, admin, Demo@123) extended to
//      the 10-character minimum.
constexpr std::array<std::string_view, 58> kCommonPasswords = {
    // [S]
    "qwertyuiop",
    "1234567890",
    "q1w2e3r4t5",
    "1q2w3e4r5t",
    "4815162342",
    "0987654321",
    "1234554321",
    "123456789a",
    "12345qwert",
    "1111111111",
    "123456789q",
    "usuckballz1",
    // [P] keyboard walks and number runs with one extra character
    "1qaz2wsx3edc",
    "qazwsxedcrfv",
    "zaq12wsxcde3",
    "qwerty12345",
    "qwerty123456",
    "qwertyuiop1",
    "asdfghjkl1",
    "zxcvbnm123",
    "1q2w3e4r5t6y",
    "q1w2e3r4t5y6",
    "12345678910",
    "123456789@",
    "123456789!",
    "0123456789",
    "123456789aa",
    "a123456789",
    "abc1234567",
    "abcd123456",
    "abcde12345",
    "a1b2c3d4e5",
    "1234567890a",
    "12341234123",
    "1234512345",
    "1122334455",
    "11223344556",
    "147258369a",
    "147852369a",
    "987654321a",
    // [P] words with digits that stay in the top of every list
    "password123",
    "password1234",
    "password12",
    "passw0rd123",
    "iloveyou123",
    "iloveyou12",
    "welcome123",
    "welcome1234",
    "admin12345",
    "admin@12345",
    "administrator",
    "demo@12345",
    "demo@123456",
    "letmein123",
    "sunshine123",
    "princess123",
};

// Stems: a password equal to one of these after removing digits and symbols is rejected, so
// "Matkhau@2024", "motcua123456" and "P@ssword!!" are refused. Vietnamese entries are the words a Vietnamese
// officer reaches for first (mật khẩu = password, một cửa = the product, xin chào = hello, anh yêu em /
// em yêu anh = I love you); the rest mirror the top of SecLists' list.
constexpr std::array<std::string_view, 34> kWeakStems = {
    "",  // only digits and symbols around nothing, e.g. "12345678901" or "!@#$%^&*()"
    "password", "passw",   "pass",          "pw",      "matkhau",  "mk",         "motcua",   "motcuaxa",
    "mc",       "admin",   "administrator", "quantri", "qwerty",   "qwertyuiop", "asdfgh",   "asdfghjkl",
    "zxcvbnm",  "abc",     "abcd",          "abcdef",  "abcdefgh", "iloveyou",   "anhyeuem", "emyeuanh",
    "xinchao",  "welcome", "letmein",       "demo",    "test",     "user",       "ubnd",     "vietnam",
    "changeme",
};

}  // namespace

std::span<const std::string_view> CommonPasswords() { return kCommonPasswords; }
std::span<const std::string_view> WeakPasswordStems() { return kWeakStems; }

}  // namespace motcua::auth_internal
