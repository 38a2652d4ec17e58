#include "auth/username.h"

#include "base/text.h"

namespace motcua {
namespace {

bool IsUsernameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_';
}

}  // namespace

Status ValidateUsername(std::string_view username) {
  if (username.size() < kMinUsernameLength || username.size() > kMaxUsernameLength) {
    return Status::InvalidArgument("username length " + std::to_string(username.size()) + " outside 3..32",
                                   "Tên đăng nhập phải dài từ 3 đến 32 ký tự.");
  }
  for (char c : username) {
    if (!IsUsernameChar(c)) {
      return Status::InvalidArgument("username contains a character outside [a-z0-9._]",
                                     "Tên đăng nhập chỉ gồm chữ thường không dấu (a-z), chữ số, dấu chấm (.) "
                                     "và gạch dưới (_).");
    }
  }
  return Status::Ok();
}

Result<std::string> NormalizeUsername(std::string_view input) {
  std::string out(TrimAscii(input));
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  MOTCUA_RETURN_IF_ERROR(ValidateUsername(out));
  return out;
}

Result<std::string> NormalizeDisplayName(std::string_view input) {
  Result<std::string> nfc = NormalizeNfc(input);
  if (!nfc.ok()) {
    return Status::InvalidArgument("display name is not valid UTF-8", "Họ tên chứa ký tự không hợp lệ.");
  }
  std::string out;
  out.reserve(nfc->size());
  bool pending_space = false;
  size_t code_points = 0;
  const std::string& text = *nfc;
  for (size_t i = 0; i < text.size(); ++i) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (b == ' ' || b == '\t' || b == '\n' || b == '\r') {
      pending_space = !out.empty();
      continue;
    }
    // C0 controls and DEL; C1 controls are U+0080..U+009F, encoded as C2 80..C2 9F.
    const bool c1 = b == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) <= 0x9F;
    if (b < 0x20 || b == 0x7F || c1) {
      return Status::InvalidArgument("display name contains a control character",
                                     "Họ tên không được chứa ký tự điều khiển.");
    }
    if (pending_space) {
      out += ' ';
      ++code_points;
      pending_space = false;
    }
    if ((b & 0xC0) != 0x80) ++code_points;  // count lead bytes only
    out += static_cast<char>(b);
  }
  if (out.empty()) {
    return Status::InvalidArgument("display name is empty", "Họ tên không được để trống.");
  }
  if (code_points > kMaxDisplayNameCodePoints) {
    return Status::InvalidArgument("display name longer than 100 characters",
                                   "Họ tên không được dài quá 100 ký tự.");
  }
  return out;
}

}  // namespace motcua
