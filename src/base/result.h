// Result<T>: either a value of T or a non-OK Status (like absl::StatusOr). Not thread-safe to mutate.
#pragma once

#include <cassert>
#include <optional>
#include <utility>

#include "base/status.h"

namespace motcua {

template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}         // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {  // NOLINT: implicit by design
    assert(!status_.ok() && "Result needs a value or a non-OK status");
    if (status_.ok()) status_ = Status::Internal("Result constructed from an OK status without a value");
  }

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }

  const T& value() const& {
    assert(ok());
    return *value_;
  }
  T& value() & {
    assert(ok());
    return *value_;
  }
  T&& value() && {
    assert(ok());
    return std::move(*value_);
  }
  const T& operator*() const& { return value(); }
  T& operator*() & { return value(); }
  const T* operator->() const { return &value(); }
  T* operator->() { return &value(); }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace motcua

#define MOTCUA_CONCAT_INNER_(a, b) a##b
#define MOTCUA_CONCAT_(a, b) MOTCUA_CONCAT_INNER_(a, b)
// MOTCUA_ASSIGN_OR_RETURN(auto x, Expr()); returns the status from the current function on error.
#define MOTCUA_ASSIGN_OR_RETURN(lhs, expr)                    \
  auto MOTCUA_CONCAT_(motcua_result_, __LINE__) = (expr);     \
  if (!MOTCUA_CONCAT_(motcua_result_, __LINE__).ok())         \
    return MOTCUA_CONCAT_(motcua_result_, __LINE__).status(); \
  lhs = std::move(MOTCUA_CONCAT_(motcua_result_, __LINE__)).value()
