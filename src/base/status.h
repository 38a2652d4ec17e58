// Status: the outcome of an operation that can fail, as a cheap value (no exceptions across modules).
// A Status carries a code, an English message for logs and a Vietnamese message safe to show to users.
// The mapping of codes to HTTP statuses and to CLI exit codes lives here, in one place each.
// Thread-safe as a value type (immutable after construction).
#pragma once

#include <string>
#include <string_view>

namespace motcua {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,     // malformed or out-of-range input; 400, exit 2
  kNotFound,            // 404, exit 3
  kAlreadyExists,       // 409, exit 4
  kFailedPrecondition,  // a transition or action not allowed in the current state; 409, exit 4
  kUnauthenticated,     // 401, exit 5
  kPermissionDenied,    // 403, exit 5
  kTooLarge,            // body or upload over the limit; 413, exit 2
  kResourceExhausted,   // throttled; 429, exit 6
  kUnavailable,         // a dependency (database) is down; 503, exit 7
  kInternal,            // a bug or an I/O failure; 500, exit 1
};

class Status {
 public:
  Status() = default;  // OK

  static Status Ok() { return Status(); }
  // `log_message` is English, for logs and developers. `user_message` is Vietnamese, shown to users;
  // when empty, a generic Vietnamese text for the code is used.
  static Status InvalidArgument(std::string log_message, std::string user_message = {});
  static Status NotFound(std::string log_message, std::string user_message = {});
  static Status AlreadyExists(std::string log_message, std::string user_message = {});
  static Status FailedPrecondition(std::string log_message, std::string user_message = {});
  static Status Unauthenticated(std::string log_message, std::string user_message = {});
  static Status PermissionDenied(std::string log_message, std::string user_message = {});
  static Status TooLarge(std::string log_message, std::string user_message = {});
  static Status ResourceExhausted(std::string log_message, std::string user_message = {});
  static Status Unavailable(std::string log_message, std::string user_message = {});
  static Status Internal(std::string log_message, std::string user_message = {});

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  // Vietnamese text for the user; never empty for a non-OK status.
  const std::string& user_message() const { return user_message_; }

  // Returns a copy whose messages are prefixed with context ("catalog/hotich.txt:12: ").
  Status WithContext(std::string_view log_prefix, std::string_view user_prefix) const;

  // "INVALID_ARGUMENT: message" for logs.
  std::string ToString() const;

 private:
  Status(StatusCode code, std::string log_message, std::string user_message);

  StatusCode code_ = StatusCode::kOk;
  std::string message_;
  std::string user_message_;
};

// The stable machine name of a code ("INVALID_ARGUMENT"), used in the JSON error envelope.
std::string_view StatusCodeName(StatusCode code);
// The one mapping from a status code to an HTTP status.
int HttpStatusFor(StatusCode code);
// The one mapping from a status code to a process exit code (0 for OK).
int ExitCodeFor(StatusCode code);

}  // namespace motcua

// Evaluates `expr` (a Status); returns it from the current function when it is not OK.
#define MOTCUA_RETURN_IF_ERROR(expr)                 \
  do {                                               \
    ::motcua::Status motcua_status_ = (expr);        \
    if (!motcua_status_.ok()) return motcua_status_; \
  } while (false)
