#include "dossier/pakn_json.h"

#include <gtest/gtest.h>

#include <functional>

#include "dossier/feedback_code.h"

namespace motcua {
namespace {

using nlohmann::json;

Instant T(const char* text) { return ParseIsoInstant(text).value(); }

json FullIntake() {
  return {{"id", "000.00.20.H31-PA-251001-0001"},
          {"received_at", "2025-10-01T09:00:00+07:00"},
          {"channel", "online"},
          {"citizen_name", "Trần Thị Hoa"},
          {"contact", {{"phone", "0912 345 678"}, {"email", "hoa.tran@example.vn"}}},
          {"content", "Thủ tục yêu cầu nộp bản sao\nđã có trong cơ sở dữ liệu."},
          {"dossier_code", "000.00.20.H31-250930-0004"}};
}

// The user message of a failed parse, which must name the key.
std::string ErrorOf(const Result<FeedbackIntake>& r) { return r.ok() ? "" : r.status().user_message(); }
std::string ErrorOf(const Result<FeedbackStep>& r) { return r.ok() ? "" : r.status().user_message(); }

TEST(FeedbackCodeTest, FormatsAndParses) {
  auto code = FormatFeedbackCode("000.00.20.H31", CivilDate{2025, 10, 1}, 7);
  ASSERT_TRUE(code.ok()) << code.status().ToString();
  EXPECT_EQ(*code, "000.00.20.H31-PA-251001-0007");
  auto parsed = ParseFeedbackCode(*code);
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ(parsed->unit_id, "000.00.20.H31");
  EXPECT_EQ(parsed->date, (CivilDate{2025, 10, 1}));
  EXPECT_EQ(parsed->sequence, 7);
  EXPECT_EQ(FormatFeedbackCode("000.00.20.H31", CivilDate{2025, 10, 1}, 10000).status().code(),
            StatusCode::kResourceExhausted);
  EXPECT_FALSE(FormatFeedbackCode("xa-dong-tien", CivilDate{2025, 10, 1}, 1).ok());
  // A dossier code is not a feedback code, and the reverse.
  EXPECT_FALSE(ParseFeedbackCode("000.00.20.H31-251001-0007").ok());
  for (const char* bad :
       {"000.00.20.H31-PB-251001-0007", "000.00.20.H31-PA-251301-0007", "000.00.20.H31-PA-251001-0000",
        "000.00.20.H31-PA-251001-007a", "", "000.00.20.H31-PA-251001-00071"}) {
    EXPECT_FALSE(ParseFeedbackCode(bad).ok()) << bad;
  }
}

TEST(PaknJsonTest, IntakeRoundTrips) {
  auto intake = FeedbackIntakeFromJson(FullIntake());
  ASSERT_TRUE(intake.ok()) << intake.status().ToString();
  EXPECT_EQ(intake->id, "000.00.20.H31-PA-251001-0001");
  EXPECT_EQ(intake->received_at, T("2025-10-01T09:00:00+07:00"));
  EXPECT_EQ(intake->channel, FeedbackChannel::kOnline);
  EXPECT_EQ(intake->contact.phone, "0912 345 678");
  EXPECT_EQ(intake->content, "Thủ tục yêu cầu nộp bản sao\nđã có trong cơ sở dữ liệu.");
  EXPECT_EQ(FeedbackIntakeToJson(*intake), FullIntake());
  auto again = ParseFeedbackIntake(FeedbackIntakeToJsonText(*intake));
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  EXPECT_EQ(FeedbackIntakeToJson(*again), FullIntake());
  EXPECT_TRUE(FeedbackIntakeToJsonText(*intake).starts_with(R"({"id":)"));  // readable key order

  // Without the optional parts; text is trimmed and a time without offset is +07:00.
  json minimal = FullIntake();
  minimal.erase("contact");
  minimal.erase("dossier_code");
  minimal["citizen_name"] = "  Lê Văn Bình \n";
  minimal["received_at"] = "2025-10-01T09:00";
  auto small = FeedbackIntakeFromJson(minimal);
  ASSERT_TRUE(small.ok()) << small.status().ToString();
  EXPECT_EQ(small->citizen_name, "Lê Văn Bình");
  EXPECT_EQ(small->received_at, T("2025-10-01T09:00:00+07:00"));
  EXPECT_FALSE(FeedbackIntakeToJson(*small).contains("contact"));
  EXPECT_FALSE(FeedbackIntakeToJson(*small).contains("dossier_code"));
}

TEST(PaknJsonTest, IntakeErrorsNameTheKey) {
  struct Case {
    std::function<void(json&)> change;
    std::string key;
  };
  const std::vector<Case> cases = {
      {[](json& j) { j["fax"] = "1"; }, "'fax'"},
      {[](json& j) { j["contact"]["fax"] = "1"; }, "'contact.fax'"},
      {[](json& j) { j["contact"] = "0912345678"; }, "'contact'"},
      {[](json& j) { j.erase("id"); }, "'id'"},
      {[](json& j) { j["id"] = "000.00.20.H31-251001-0001"; }, "'id'"},
      {[](json& j) { j.erase("received_at"); }, "'received_at'"},
      {[](json& j) { j["received_at"] = "hôm qua"; }, "'received_at'"},
      {[](json& j) { j["received_at"] = 1700000000; }, "'received_at'"},
      {[](json& j) { j["channel"] = "fax"; }, "'channel'"},
      {[](json& j) { j.erase("citizen_name"); }, "'citizen_name'"},
      {[](json& j) { j["citizen_name"] = "   "; }, "'citizen_name'"},
      {[](json& j) { j["citizen_name"] = "Hoa\tTrần"; }, "'citizen_name'"},
      {[](json& j) { j["citizen_name"] = std::string(201, 'a'); }, "'citizen_name'"},
      {[](json& j) { j["content"] = ""; }, "'content'"},
      {[](json& j) { j["content"] = std::string("a\0b", 3); }, "'content'"},
      {[](json& j) { j["content"] = std::string(kMaxFeedbackTextBytes + 1, 'a'); }, "'content'"},
      {[](json& j) { j["content"] = 5; }, "'content'"},
      {[](json& j) { j["contact"]["phone"] = "091-ABC"; }, "'contact.phone'"},
      {[](json& j) { j["contact"]["phone"] = "12345"; }, "'contact.phone'"},
      {[](json& j) { j["contact"]["phone"] = "09+12345678"; }, "'contact.phone'"},
      {[](json& j) { j["contact"]["email"] = "hoa@localhost"; }, "'contact.email'"},
      {[](json& j) { j["contact"]["email"] = "a@b@c.vn"; }, "'contact.email'"},
      {[](json& j) { j["dossier_code"] = "HS-1"; }, "'dossier_code'"},
  };
  for (const Case& c : cases) {
    json j = FullIntake();
    c.change(j);
    auto parsed = FeedbackIntakeFromJson(j);
    ASSERT_FALSE(parsed.ok()) << j.dump();
    EXPECT_EQ(parsed.status().code(), StatusCode::kInvalidArgument);
    EXPECT_NE(ErrorOf(parsed).find(c.key), std::string::npos) << ErrorOf(parsed) << " / " << c.key;
  }
  // Long text may hold line breaks and tabs; short text may not (tested above).
  json tabs = FullIntake();
  tabs["content"] = "Dòng 1\r\n\tDòng 2";
  EXPECT_TRUE(FeedbackIntakeFromJson(tabs).ok());
  EXPECT_FALSE(FeedbackIntakeFromJson(json::array()).ok());
  EXPECT_FALSE(ParseFeedbackIntake("{").ok());
  EXPECT_FALSE(ParseFeedbackIntake("[]").ok());
}

TEST(PaknJsonTest, StepsRoundTripForEveryAction) {
  const std::vector<json> steps = {
      {{"action", "classify"}, {"at", "2025-10-01T10:00:00+07:00"}, {"by", "tiepnhan"}, {"topic", "staff"}},
      {{"action", "assign"}, {"at", "2025-10-01T10:05:00+07:00"}, {"by", "tiepnhan"}, {"to", "cv.ht"}},
      {{"action", "answer"}, {"at", "2025-10-02T10:00:00+07:00"}, {"by", "cv.ht"}, {"text", "Đã xử lý."}},
      {{"action", "publish"}, {"at", "2025-10-02T11:00:00+07:00"}, {"by", "lanhdao"}},
      {{"action", "decline"}, {"at", "2025-10-02T11:00:00+07:00"}, {"by", "lanhdao"}, {"text", "Khiếu nại"}},
      {{"action", "rate"}, {"at", "2025-10-03T08:00:00+07:00"}, {"satisfaction", "very_satisfied"}},
  };
  for (const json& j : steps) {
    auto step = FeedbackStepFromJson(j);
    ASSERT_TRUE(step.ok()) << j.dump() << ": " << step.status().ToString();
    EXPECT_EQ(FeedbackStepToJson(*step), j);
    auto again = ParseFeedbackStep(FeedbackStepToJsonText(*step));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(FeedbackStepToJson(*again), j);
  }
  auto classify = FeedbackStepFromJson(steps[0]).value();
  EXPECT_EQ(classify.action, FeedbackAction::kClassify);
  EXPECT_EQ(classify.topic, FeedbackTopic::kStaff);
  auto rate = FeedbackStepFromJson(steps[5]).value();
  EXPECT_EQ(rate.satisfaction, OverallSatisfaction::kVerySatisfied);
  EXPECT_TRUE(rate.by.empty());
}

TEST(PaknJsonTest, StepErrorsNameTheKey) {
  const json at = "2025-10-01T10:00:00+07:00";
  struct Case {
    json step;
    std::string key;
  };
  const std::vector<Case> cases = {
      {{{"action", "reopen"}, {"at", at}, {"by", "a"}}, "'action'"},
      {{{"at", at}, {"by", "a"}}, "'action'"},
      {{{"action", "publish"}, {"by", "a"}}, "'at'"},
      {{{"action", "publish"}, {"at", at}}, "'by'"},
      {{{"action", "publish"}, {"at", at}, {"by", "a"}, {"note", "x"}}, "'note'"},
      {{{"action", "classify"}, {"at", at}, {"by", "a"}}, "'topic'"},
      {{{"action", "classify"}, {"at", at}, {"by", "a"}, {"topic", "weather"}}, "'topic'"},
      {{{"action", "classify"}, {"at", at}, {"by", "a"}, {"topic", "staff"}, {"to", "b"}}, "'to'"},
      {{{"action", "assign"}, {"at", at}, {"by", "a"}, {"to", ""}}, "'to'"},
      {{{"action", "answer"}, {"at", at}, {"by", "a"}}, "'text'"},
      {{{"action", "answer"}, {"at", at}, {"by", "a"}, {"text", "x"}, {"topic", "staff"}}, "'topic'"},
      {{{"action", "decline"}, {"at", at}, {"by", "a"}, {"text", "  "}}, "'text'"},
      {{{"action", "publish"}, {"at", at}, {"by", "a"}, {"text", "x"}}, "'text'"},
      {{{"action", "rate"}, {"at", at}}, "'satisfaction'"},
      {{{"action", "rate"}, {"at", at}, {"satisfaction", "happy"}}, "'satisfaction'"},
      {{{"action", "rate"}, {"at", at}, {"satisfaction", 3}}, "'satisfaction'"},
  };
  for (const Case& c : cases) {
    auto parsed = FeedbackStepFromJson(c.step);
    ASSERT_FALSE(parsed.ok()) << c.step.dump();
    EXPECT_EQ(parsed.status().code(), StatusCode::kInvalidArgument);
    EXPECT_NE(ErrorOf(parsed).find(c.key), std::string::npos) << ErrorOf(parsed) << " / " << c.key;
  }
}

}  // namespace
}  // namespace motcua
