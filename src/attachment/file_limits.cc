#include "attachment/file_limits.h"

#include <string>

#include "base/vn_format.h"

namespace motcua {
namespace {

constexpr int64_t kBytesPerMb = int64_t{1024} * 1024;

}  // namespace

std::string FormatMegabytesVi(int64_t bytes) {
  if (bytes < 0) bytes = 0;
  // Tenths of a MB, rounded up, in integers only.
  const int64_t tenths =
      bytes / kBytesPerMb * 10 + ((bytes % kBytesPerMb) * 10 + kBytesPerMb - 1) / kBytesPerMb;
  std::string out = FormatVnInteger(tenths / 10);
  if (tenths % 10 != 0) {
    out.push_back(',');
    out.push_back(static_cast<char>('0' + tenths % 10));
  }
  out.append(" MB");
  return out;
}

Status ValidateFileLimits(const FileLimits& limits) {
  if (limits.max_bytes < 1 || limits.max_bytes > kMaxConfigurableUploadBytes) {
    std::string log = "upload size limit ";
    log.append(std::to_string(limits.max_bytes)).append(" bytes is outside 1..");
    log.append(std::to_string(kMaxConfigurableUploadBytes));
    std::string user = "Giới hạn dung lượng tệp tải lên phải từ 1 byte đến ";
    user.append(FormatMegabytesVi(kMaxConfigurableUploadBytes)).append(".");
    return Status::InvalidArgument(std::move(log), std::move(user));
  }
  return Status::Ok();
}

Status CheckUploadSize(int64_t declared_or_actual, const FileLimits& limits) {
  if (declared_or_actual <= 0) {
    std::string log = "upload of ";
    log.append(std::to_string(declared_or_actual)).append(" bytes");
    return Status::InvalidArgument(std::move(log), "Tệp rỗng (0 byte). Vui lòng chọn lại tệp.");
  }
  if (declared_or_actual > limits.max_bytes) {
    std::string log = "upload of ";
    log.append(std::to_string(declared_or_actual)).append(" bytes is over the limit of ");
    log.append(std::to_string(limits.max_bytes)).append(" bytes");
    std::string user = "Tệp quá lớn (";
    user.append(FormatMegabytesVi(declared_or_actual)).append("). Dung lượng tối đa cho phép là ");
    user.append(FormatMegabytesVi(limits.max_bytes)).append(".");
    return Status::TooLarge(std::move(log), std::move(user));
  }
  return Status::Ok();
}

}  // namespace motcua
