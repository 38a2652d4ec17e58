#include "auth/password_policy.h"

#include <algorithm>
#include <string>

#include "auth/internal/common_passwords.h"
#include "auth/password.h"
#include "base/text.h"

namespace motcua {
namespace {

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
char AsciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
// Bytes >= 0x80 belong to non-ASCII letters (SearchKey already folded Vietnamese to ASCII); keep them.
bool IsAsciiNonLetter(char c) { return static_cast<unsigned char>(c) < 0x80 && !IsAsciiAlpha(c); }

std::string AsciiLowercase(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), AsciiLower);
  return out;
}

// Decodes UTF-8 (already validated) into code points.
std::u32string CodePoints(std::string_view s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    const int len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : 4;
    char32_t cp = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
    for (int k = 1; k < len && i + static_cast<size_t>(k) < s.size(); ++k) {
      cp = (cp << 6) | (static_cast<unsigned char>(s[i + static_cast<size_t>(k)]) & 0x3F);
    }
    out.push_back(cp);
    i += static_cast<size_t>(len);
  }
  return out;
}

// Only letters (ASCII a-z after folding, or other scripts) remain.
std::string StripNonLetters(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (!IsAsciiNonLetter(c)) out += c;
  }
  return out;
}

// Undo the usual character swaps in the core of a password ("p@ssw0rd" -> "password").
std::string Unleet(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    switch (c) {
      case '@':
      case '4':
        c = 'a';
        break;
      case '0':
        c = 'o';
        break;
      case '$':
      case '5':
        c = 's';
        break;
      case '3':
        c = 'e';
        break;
      case '1':
      case '!':
        c = 'i';
        break;
      case '7':
        c = 't';
        break;
      default:
        break;
    }
  }
  return out;
}

// Trims ASCII non-letters (digits, symbols, spaces) from both ends.
std::string_view TrimNonLetters(std::string_view s) {
  while (!s.empty() && IsAsciiNonLetter(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsAsciiNonLetter(s.back())) s.remove_suffix(1);
  return s;
}

bool IsWeakStem(std::string_view stem) {
  const auto stems = auth_internal::WeakPasswordStems();
  return std::find(stems.begin(), stems.end(), stem) != stems.end();
}

// One character repeated, or a straight run of digits (with 9-0 wrap) or of the alphabet, either direction.
bool IsRepeatOrRun(const std::u32string& cps) {
  if (cps.size() < 2) return true;
  auto lower = [](char32_t c) { return (c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c; };
  bool same = true;
  for (size_t i = 1; i < cps.size(); ++i) same = same && lower(cps[i]) == lower(cps[0]);
  if (same) return true;
  for (int direction : {1, -1}) {
    bool digits = true;
    bool letters = true;
    for (size_t i = 0; i + 1 < cps.size(); ++i) {
      const char32_t a = lower(cps[i]);
      const char32_t b = lower(cps[i + 1]);
      const bool a_digit = a >= '0' && a <= '9';
      const bool b_digit = b >= '0' && b <= '9';
      digits = digits && a_digit && b_digit &&
               static_cast<int>(b - '0') == ((static_cast<int>(a - '0') + direction + 10) % 10);
      letters = letters && a >= 'a' && a <= 'z' && b >= 'a' && b <= 'z' &&
                static_cast<int>(b) - static_cast<int>(a) == direction;
    }
    if (digits || letters) return true;
  }
  return false;
}

Status Weak(std::string log) {
  return Status::InvalidArgument(std::move(log),
                                 "Mật khẩu quá phổ biến hoặc dễ đoán; hãy chọn mật khẩu khác (ví dụ một cụm "
                                 "từ dài mà chỉ bạn biết).");
}

}  // namespace

bool IsCommonPassword(std::string_view password) {
  Result<std::string> normalized = NormalizePassword(password);
  if (!normalized.ok()) return false;
  const std::string lowered = AsciiLowercase(*normalized);
  const auto list = auth_internal::CommonPasswords();
  return std::find(list.begin(), list.end(), lowered) != list.end();
}

Status CheckPasswordPolicy(std::string_view password, std::string_view username,
                           const PasswordPolicy& policy) {
  Result<std::string> normalized = NormalizePassword(password);
  if (!normalized.ok()) return normalized.status();
  const std::u32string cps = CodePoints(*normalized);
  if (cps.size() < policy.min_code_points) {
    return Status::InvalidArgument(
        "password shorter than " + std::to_string(policy.min_code_points) + " characters",
        "Mật khẩu phải có ít nhất " + std::to_string(policy.min_code_points) + " ký tự.");
  }
  if (cps.size() > policy.max_code_points || normalized->size() > kMaxPasswordBytes) {
    return Status::InvalidArgument(
        "password longer than " + std::to_string(policy.max_code_points) + " characters",
        "Mật khẩu không được dài quá " + std::to_string(policy.max_code_points) + " ký tự.");
  }
  for (char32_t c : cps) {
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
      return Status::InvalidArgument("password contains a control character",
                                     "Mật khẩu không được chứa ký tự điều khiển (như xuống dòng, tab).");
    }
  }

  // Folded forms: lowercase, Vietnamese accents removed, đ -> d (base/text.h SearchKey).
  const std::string folded = SearchKey(*normalized);
  // The username must not appear in the password, even with case, accents, dots or digits around it:
  // "nguyen.van.a" is found in "NguyễnVănA2024" (letters only) and "canbo01" in "Canbo01!!" (letters+digits).
  std::string password_letters;
  std::string password_alnum;
  for (char c : folded) {
    if (!IsAsciiNonLetter(c)) password_letters += c;
    if (!IsAsciiNonLetter(c) || IsAsciiDigit(c)) password_alnum += c;
  }
  std::string username_alnum;
  for (char c : AsciiLowercase(username)) {
    if (IsAsciiAlpha(c) || IsAsciiDigit(c)) username_alnum += c;
  }
  if (username_alnum.size() >= 3 && (password_letters.find(username_alnum) != std::string::npos ||
                                     password_alnum.find(username_alnum) != std::string::npos)) {
    return Status::InvalidArgument("password contains the username",
                                   "Mật khẩu không được trùng hoặc chứa tên đăng nhập.");
  }

  if (IsCommonPassword(*normalized)) return Weak("password is in the common-password list");
  if (IsWeakStem(password_letters) || IsWeakStem(StripNonLetters(Unleet(TrimNonLetters(folded))))) {
    return Weak("password is a weak word decorated with digits or symbols");
  }
  if (IsRepeatOrRun(cps)) return Weak("password is a repeated character or a straight run");
  return Status::Ok();
}

}  // namespace motcua
