#include "base/status.h"

#include <gtest/gtest.h>

#include "base/result.h"

namespace motcua {
namespace {

TEST(StatusTest, OkByDefault) {
  Status s;
  EXPECT_TRUE(s.ok());
  EXPECT_EQ(s.ToString(), "OK");
  EXPECT_EQ(HttpStatusFor(s.code()), 200);
  EXPECT_EQ(ExitCodeFor(s.code()), 0);
}

TEST(StatusTest, CarriesBothMessages) {
  Status s = Status::NotFound("procedure 9.999999 not found", "Không tìm thấy thủ tục 9.999999.");
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.ToString(), "NOT_FOUND: procedure 9.999999 not found");
  EXPECT_EQ(s.user_message(), "Không tìm thấy thủ tục 9.999999.");
  EXPECT_EQ(HttpStatusFor(s.code()), 404);
  EXPECT_EQ(ExitCodeFor(s.code()), 3);
}

TEST(StatusTest, DefaultVietnameseMessage) {
  EXPECT_EQ(Status::PermissionDenied("no role").user_message(), "Bạn không có quyền thực hiện thao tác này.");
}

TEST(StatusTest, EveryCodeMapsToAnErrorHttpStatusAndExitCode) {
  for (StatusCode code : {StatusCode::kInvalidArgument, StatusCode::kNotFound, StatusCode::kAlreadyExists,
                          StatusCode::kFailedPrecondition, StatusCode::kUnauthenticated,
                          StatusCode::kPermissionDenied, StatusCode::kTooLarge,
                          StatusCode::kResourceExhausted, StatusCode::kUnavailable, StatusCode::kInternal}) {
    EXPECT_GE(HttpStatusFor(code), 400) << StatusCodeName(code);
    EXPECT_NE(ExitCodeFor(code), 0) << StatusCodeName(code);
  }
  EXPECT_EQ(HttpStatusFor(StatusCode::kFailedPrecondition), 409);
  EXPECT_EQ(HttpStatusFor(StatusCode::kTooLarge), 413);
}

TEST(StatusTest, WithContextPrefixesBoth) {
  Status s = Status::InvalidArgument("missing name", "thiếu tên").WithContext("a.txt:3: ", "a.txt dòng 3: ");
  EXPECT_EQ(s.message(), "a.txt:3: missing name");
  EXPECT_EQ(s.user_message(), "a.txt dòng 3: thiếu tên");
}

Result<int> Half(int x) {
  if (x % 2 != 0) return Status::InvalidArgument("odd");
  return x / 2;
}

Result<int> Quarter(int x) {
  MOTCUA_ASSIGN_OR_RETURN(int h, Half(x));
  return Half(h);
}

TEST(ResultTest, ValueOrStatus) {
  EXPECT_EQ(*Quarter(8), 2);
  EXPECT_FALSE(Quarter(6).ok());
  EXPECT_EQ(Quarter(6).status().message(), "odd");
}

}  // namespace
}  // namespace motcua
