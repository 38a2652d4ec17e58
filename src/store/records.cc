#include "store/records.h"

#include "base/text.h"

namespace motcua {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }

}  // namespace

Status ValidateUnitCode(std::string_view code) {
  // QCVN 102:2016/BTTTT: levels 4, 3, 2 then the level-1 code ("H31" for Hưng Yên), e.g. 000.00.20.H31.
  // The lower levels are digits in practice; capital letters are accepted there too so that an id issued
  // with letters is not refused.
  static constexpr std::string_view kShape = "xxx.xx.xx.Ldd";
  bool ok = code.size() == kShape.size();
  for (size_t i = 0; ok && i < code.size(); ++i) {
    const char c = code[i];
    switch (kShape[i]) {
      case '.':
        ok = c == '.';
        break;
      case 'x':
        ok = IsDigit(c) || IsUpper(c);
        break;
      case 'L':
        ok = IsUpper(c);
        break;
      case 'd':
        ok = IsDigit(c);
        break;
    }
  }
  if (ok) return Status::Ok();
  const std::string_view prefix = code.substr(0, 40);
  const std::string shown = IsValidUtf8(prefix) ? std::string(prefix) : std::string(1, '?');
  std::string log = "unit code '";
  log.append(shown).append("' is not an electronic unit id like 000.00.20.H31");
  std::string user = "Mã định danh đơn vị '";
  user.append(shown).append("' không đúng dạng (ví dụ đúng: 000.00.20.H31).");
  return Status::InvalidArgument(std::move(log), std::move(user));
}

}  // namespace motcua
