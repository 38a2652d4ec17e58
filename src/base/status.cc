#include "base/status.h"

#include <utility>

namespace motcua {
namespace {

const char* DefaultUserMessage(StatusCode code) {
  switch (code) {
    case StatusCode::kOk:
      return "";
    case StatusCode::kInvalidArgument:
      return "Dữ liệu không hợp lệ.";
    case StatusCode::kNotFound:
      return "Không tìm thấy.";
    case StatusCode::kAlreadyExists:
      return "Đã tồn tại.";
    case StatusCode::kFailedPrecondition:
      return "Thao tác không được phép ở trạng thái hiện tại.";
    case StatusCode::kUnauthenticated:
      return "Vui lòng đăng nhập.";
    case StatusCode::kPermissionDenied:
      return "Bạn không có quyền thực hiện thao tác này.";
    case StatusCode::kTooLarge:
      return "Dữ liệu gửi lên quá lớn.";
    case StatusCode::kResourceExhausted:
      return "Quá nhiều yêu cầu, vui lòng thử lại sau.";
    case StatusCode::kUnavailable:
      return "Hệ thống tạm thời không phục vụ được, vui lòng thử lại sau.";
    case StatusCode::kInternal:
      return "Lỗi hệ thống. Vui lòng thử lại hoặc liên hệ quản trị viên.";
  }
  return "Lỗi không xác định.";
}

}  // namespace

Status::Status(StatusCode code, std::string log_message, std::string user_message)
    : code_(code), message_(std::move(log_message)), user_message_(std::move(user_message)) {
  if (user_message_.empty()) user_message_ = DefaultUserMessage(code_);
}

#define MOTCUA_DEFINE_STATUS_CTOR(Name, Code)                                         \
  Status Status::Name(std::string log_message, std::string user_message) {            \
    return Status(StatusCode::Code, std::move(log_message), std::move(user_message)); \
  }
MOTCUA_DEFINE_STATUS_CTOR(InvalidArgument, kInvalidArgument)
MOTCUA_DEFINE_STATUS_CTOR(NotFound, kNotFound)
MOTCUA_DEFINE_STATUS_CTOR(AlreadyExists, kAlreadyExists)
MOTCUA_DEFINE_STATUS_CTOR(FailedPrecondition, kFailedPrecondition)
MOTCUA_DEFINE_STATUS_CTOR(Unauthenticated, kUnauthenticated)
MOTCUA_DEFINE_STATUS_CTOR(PermissionDenied, kPermissionDenied)
MOTCUA_DEFINE_STATUS_CTOR(TooLarge, kTooLarge)
MOTCUA_DEFINE_STATUS_CTOR(ResourceExhausted, kResourceExhausted)
MOTCUA_DEFINE_STATUS_CTOR(Unavailable, kUnavailable)
MOTCUA_DEFINE_STATUS_CTOR(Internal, kInternal)
#undef MOTCUA_DEFINE_STATUS_CTOR

Status Status::WithContext(std::string_view log_prefix, std::string_view user_prefix) const {
  if (ok()) return *this;
  return Status(code_, std::string(log_prefix) + message_, std::string(user_prefix) + user_message_);
}

std::string Status::ToString() const {
  if (ok()) return "OK";
  return std::string(StatusCodeName(code_)) + ": " + message_;
}

std::string_view StatusCodeName(StatusCode code) {
  switch (code) {
    case StatusCode::kOk:
      return "OK";
    case StatusCode::kInvalidArgument:
      return "INVALID_ARGUMENT";
    case StatusCode::kNotFound:
      return "NOT_FOUND";
    case StatusCode::kAlreadyExists:
      return "ALREADY_EXISTS";
    case StatusCode::kFailedPrecondition:
      return "FAILED_PRECONDITION";
    case StatusCode::kUnauthenticated:
      return "UNAUTHENTICATED";
    case StatusCode::kPermissionDenied:
      return "PERMISSION_DENIED";
    case StatusCode::kTooLarge:
      return "TOO_LARGE";
    case StatusCode::kResourceExhausted:
      return "RESOURCE_EXHAUSTED";
    case StatusCode::kUnavailable:
      return "UNAVAILABLE";
    case StatusCode::kInternal:
      return "INTERNAL";
  }
  return "UNKNOWN";
}

int HttpStatusFor(StatusCode code) {
  switch (code) {
    case StatusCode::kOk:
      return 200;
    case StatusCode::kInvalidArgument:
      return 400;
    case StatusCode::kNotFound:
      return 404;
    case StatusCode::kAlreadyExists:
      return 409;
    case StatusCode::kFailedPrecondition:
      return 409;
    case StatusCode::kUnauthenticated:
      return 401;
    case StatusCode::kPermissionDenied:
      return 403;
    case StatusCode::kTooLarge:
      return 413;
    case StatusCode::kResourceExhausted:
      return 429;
    case StatusCode::kUnavailable:
      return 503;
    case StatusCode::kInternal:
      return 500;
  }
  return 500;
}

int ExitCodeFor(StatusCode code) {
  switch (code) {
    case StatusCode::kOk:
      return 0;
    case StatusCode::kInvalidArgument:
      return 2;
    case StatusCode::kTooLarge:
      return 2;
    case StatusCode::kNotFound:
      return 3;
    case StatusCode::kAlreadyExists:
      return 4;
    case StatusCode::kFailedPrecondition:
      return 4;
    case StatusCode::kUnauthenticated:
      return 5;
    case StatusCode::kPermissionDenied:
      return 5;
    case StatusCode::kResourceExhausted:
      return 6;
    case StatusCode::kUnavailable:
      return 7;
    case StatusCode::kInternal:
      return 1;
  }
  return 1;
}

}  // namespace motcua
