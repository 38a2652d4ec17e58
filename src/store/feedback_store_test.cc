// The feedback tables on both backends: intake with per-unit per-day tracking codes, steps appended to a
// journal that refuses updates and deletes, an intake that cannot be changed, writes that must agree with
// the replay of the journal, list filters, and concurrent intakes. (Access rules and the calendar are tested
// with the service in src/service/feedback_service_test.cc.)
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <thread>

#include "auth/token.h"
#include "dossier/fake_due_clock.h"
#include "dossier/feedback_code.h"
#include "dossier/pakn_json.h"
#include "store/internal/feedback_repository.h"
#include "store/test_backend.h"

namespace motcua::store_internal {
namespace {

constexpr char kUnit[] = "000.00.20.H31";
constexpr char kOtherUnit[] = "000.00.21.H31";
const CivilDate kDay{2025, 10, 1};
const Instant kMorning = FromLocal(kDay, 9 * 3600);

class FeedbackStoreTest : public BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    if (HasFatalFailure()) return;
    store_ = OpenTestStore();
    ASSERT_TRUE(store_);
    for (const char* code : {kUnit, kOtherUnit}) {
      Unit unit;
      unit.code = code;
      unit.name = std::string("UBND ") + code;
      unit.effective_from = CivilDate{2020, 1, 1};
      ASSERT_TRUE(store_->AddUnit(unit).ok());
    }
    database_ = OpenTestDatabase();
  }

  // A builder opening a feedback received at `at` with the fake clock (every second is working time).
  static Store::NewFeedbackBuilder Builder(Instant at, std::string name, std::string content,
                                           FeedbackChannel channel = FeedbackChannel::kOnline) {
    return [=](const std::string& code) -> Result<NewFeedback> {
      FeedbackIntake in;
      in.id = code;
      in.received_at = at;
      in.channel = channel;
      in.citizen_name = name;
      in.contact.phone = "0912345678";
      in.content = content;
      const FeedbackPolicy policy{Duration{10, DurationUnit::kWorkingDays}};
      NewFeedback created;
      created.intake = in;
      MOTCUA_ASSIGN_OR_RETURN(created.feedback, OpenFeedback(in, policy, FakeDueClock()));
      created.answer_time = policy.answer_time;
      created.secret_hash = HashToken("bí mật " + code);
      return created;
    };
  }

  std::string Create(Instant at = kMorning, const std::string& name = "Trần Thị Hoa",
                     const std::string& content = "Đường thôn Đông bị ngập.") {
    auto created = store_->CreateFeedback(kUnit, LocalDate(at), Builder(at, name, content));
    EXPECT_TRUE(created.ok()) << created.status().ToString();
    return created.ok() ? created->id : "";
  }

  // Applies `step` through UpdateFeedback the way the service does.
  Result<Feedback> Apply(const std::string& code, FeedbackStep step) {
    return store_->UpdateFeedback(code, [step](const FeedbackRecord& record) -> Result<FeedbackWrite> {
      MOTCUA_ASSIGN_OR_RETURN(const Feedback current, ReplayFeedback(record));
      MOTCUA_ASSIGN_OR_RETURN(Feedback next, ApplyFeedbackStep(current, step));
      return FeedbackWrite{std::move(next), {step}};
    });
  }

  static FeedbackStep Step(FeedbackAction action, Instant at, std::string by = "tiepnhan") {
    FeedbackStep step;
    step.action = action;
    step.at = at;
    step.by = std::move(by);
    return step;
  }

  Status InWrite(const std::function<Status(SqlConnection&)>& body) {
    return database_->InTransaction(TxMode::kReadWrite, body);
  }

  std::unique_ptr<Store> store_;
  std::unique_ptr<SqlDatabase> database_;
};

TEST_P(FeedbackStoreTest, IntakeAndStepsReplayToTheCurrentRow) {
  const std::string code = Create();
  EXPECT_EQ(code, "000.00.20.H31-PA-251001-0001");
  auto record = store_->GetFeedback(code);
  ASSERT_TRUE(record.ok()) << record.status().ToString();
  EXPECT_EQ(record->intake.citizen_name, "Trần Thị Hoa");
  EXPECT_EQ(record->intake.contact.phone, "0912345678");
  EXPECT_EQ(record->unit_code, kUnit);
  EXPECT_EQ(FormatDuration(record->answer_time), "10 wd");
  EXPECT_EQ(record->due.unix_seconds, kMorning.unix_seconds + 80 * 3600);
  EXPECT_EQ(record->secret_hash, HashToken("bí mật " + code));
  EXPECT_TRUE(record->steps.empty());

  FeedbackStep classify = Step(FeedbackAction::kClassify, Instant{kMorning.unix_seconds + 60});
  classify.topic = FeedbackTopic::kHandling;
  ASSERT_TRUE(Apply(code, classify).ok());
  FeedbackStep assign = Step(FeedbackAction::kAssign, Instant{kMorning.unix_seconds + 120});
  assign.to = "cv.ht";
  ASSERT_TRUE(Apply(code, assign).ok());
  FeedbackStep answer = Step(FeedbackAction::kAnswer, Instant{kMorning.unix_seconds + 3600}, "cv.ht");
  answer.text = "Đã báo đơn vị thi công khơi thông cống.";
  auto answered = Apply(code, answer);
  ASSERT_TRUE(answered.ok()) << answered.status().ToString();

  record = store_->GetFeedback(code);
  ASSERT_TRUE(record.ok());
  ASSERT_EQ(record->steps.size(), 3u);
  EXPECT_EQ(record->steps[0].seq, 1);
  EXPECT_EQ(record->steps[2].seq, 3);
  EXPECT_EQ(record->steps[2].step.text, "Đã báo đơn vị thi công khơi thông cống.");
  auto replayed = ReplayFeedback(*record);
  ASSERT_TRUE(replayed.ok());
  EXPECT_EQ(*replayed, *answered);

  auto summary = store_->GetFeedbackSummary(code);
  ASSERT_TRUE(summary.ok());
  EXPECT_EQ(*summary, FeedbackSummaryOf(*answered, kUnit, 3));
  EXPECT_EQ(summary->state, FeedbackState::kAnswered);
  EXPECT_EQ(summary->topic, FeedbackTopic::kHandling);
  EXPECT_EQ(summary->assignee, "cv.ht");
  EXPECT_EQ(summary->answered_by, "cv.ht");
  EXPECT_EQ(store_->GetFeedback("000.00.20.H31-PA-251001-0009").status().code(), StatusCode::kNotFound);
  EXPECT_EQ(store_->GetFeedbackSummary("x").status().code(), StatusCode::kNotFound);
  EXPECT_EQ(Apply("000.00.20.H31-PA-251001-0009", classify).status().code(), StatusCode::kNotFound);
}

TEST_P(FeedbackStoreTest, CodesCountPerUnitAndDayAndFailedIntakesLeaveNoGap) {
  EXPECT_EQ(Create(), "000.00.20.H31-PA-251001-0001");
  EXPECT_EQ(Create(), "000.00.20.H31-PA-251001-0002");
  // A builder that fails rolls the number back; a refused (blank) intake too.
  auto failed = store_->CreateFeedback(
      kUnit, kDay, [](const std::string&) -> Result<NewFeedback> { return Status::InvalidArgument("no"); });
  EXPECT_EQ(failed.status().code(), StatusCode::kInvalidArgument);
  auto blank = store_->CreateFeedback(kUnit, kDay, Builder(kMorning, "  ", "Nội dung"));
  EXPECT_EQ(blank.status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(Create(), "000.00.20.H31-PA-251001-0003");
  const Instant next_day = FromLocal(AddDays(kDay, 1), 8 * 3600);
  EXPECT_EQ(Create(next_day), "000.00.20.H31-PA-251002-0001");
  auto other = store_->CreateFeedback(kOtherUnit, kDay, Builder(kMorning, "Lê Văn Bình", "Góp ý"));
  ASSERT_TRUE(other.ok());
  EXPECT_EQ(other->id, "000.00.21.H31-PA-251001-0001");
  EXPECT_EQ(store_->CreateFeedback("000.00.99.H31", kDay, Builder(kMorning, "A", "B")).status().code(),
            StatusCode::kNotFound);
  // A builder that returns a value for another code is refused and writes nothing.
  auto wrong = store_->CreateFeedback(kUnit, kDay, [](const std::string&) {
    return Builder(kMorning, "A", "B")("000.00.20.H31-PA-251001-0042");
  });
  EXPECT_EQ(wrong.status().code(), StatusCode::kInternal);
  EXPECT_EQ(store_->GetFeedback("000.00.20.H31-PA-251001-0042").status().code(), StatusCode::kNotFound);
  EXPECT_EQ(Create(), "000.00.20.H31-PA-251001-0004");
  // Number 9999 is the last of a day.
  ASSERT_TRUE(InWrite([](SqlConnection& c) {
                return c
                    .Execute(
                        "UPDATE feedback_sequences SET last_number = 9999 WHERE day = '2025-10-01' AND "
                        "unit_code = '000.00.20.H31'")
                    .status();
              }).ok());
  EXPECT_EQ(store_->CreateFeedback(kUnit, kDay, Builder(kMorning, "A", "B")).status().code(),
            StatusCode::kResourceExhausted);
}

TEST_P(FeedbackStoreTest, JournalIsAppendOnlyAndTheIntakeIsFixed) {
  const std::string code = Create();
  FeedbackStep classify = Step(FeedbackAction::kClassify, Instant{kMorning.unix_seconds + 60});
  classify.topic = FeedbackTopic::kOther;
  ASSERT_TRUE(Apply(code, classify).ok());
  const auto before = store_->GetFeedback(code);
  ASSERT_TRUE(before.ok());
  for (const char* sql : {
           "UPDATE feedback_steps SET actor = 'khac'",
           "DELETE FROM feedback_steps",
           "UPDATE feedback SET intake = '{}'",
           "UPDATE feedback SET due = due + 86400",
           "UPDATE feedback SET received_at = 0",
           "UPDATE feedback SET secret_hash = "
           "'0000000000000000000000000000000000000000000000000000000000000000'",
           "UPDATE feedback SET answer_time = '30 d'",
       }) {
    EXPECT_FALSE(InWrite([&](SqlConnection& c) { return c.Execute(sql).status(); }).ok()) << sql;
  }
  const auto after = store_->GetFeedback(code);
  ASSERT_TRUE(after.ok());
  EXPECT_EQ(FeedbackIntakeToJsonText(after->intake), FeedbackIntakeToJsonText(before->intake));
  EXPECT_EQ(after->due, before->due);
  EXPECT_EQ(after->secret_hash, before->secret_hash);
  ASSERT_EQ(after->steps.size(), 1u);
  EXPECT_EQ(after->steps[0].step.by, "tiepnhan");
}

TEST_P(FeedbackStoreTest, WritesThatDisagreeWithTheJournalChangeNothing) {
  const std::string code = Create();
  const auto summary_before = store_->GetFeedbackSummary(code);
  ASSERT_TRUE(summary_before.ok());
  // The value says "assigned to cv.ht" but the step assigns "cv.ct".
  auto lying = store_->UpdateFeedback(code, [](const FeedbackRecord& record) -> Result<FeedbackWrite> {
    MOTCUA_ASSIGN_OR_RETURN(Feedback current, ReplayFeedback(record));
    FeedbackStep classify;
    classify.action = FeedbackAction::kClassify;
    classify.at = Instant{kMorning.unix_seconds + 60};
    classify.by = "tiepnhan";
    classify.topic = FeedbackTopic::kStaff;
    MOTCUA_ASSIGN_OR_RETURN(Feedback next, ApplyFeedbackStep(current, classify));
    next.assignee = "cv.ht";
    return FeedbackWrite{next, {classify}};
  });
  EXPECT_EQ(lying.status().code(), StatusCode::kInternal);
  // No step at all, and an updater that fails.
  auto empty = store_->UpdateFeedback(code, [](const FeedbackRecord& record) -> Result<FeedbackWrite> {
    MOTCUA_ASSIGN_OR_RETURN(Feedback current, ReplayFeedback(record));
    return FeedbackWrite{current, {}};
  });
  EXPECT_EQ(empty.status().code(), StatusCode::kInternal);
  // A step the lifecycle refuses (answer before assignment) fails inside the updater.
  FeedbackStep answer = Step(FeedbackAction::kAnswer, Instant{kMorning.unix_seconds + 60});
  answer.text = "Trả lời";
  EXPECT_EQ(Apply(code, answer).status().code(), StatusCode::kFailedPrecondition);
  const auto summary_after = store_->GetFeedbackSummary(code);
  ASSERT_TRUE(summary_after.ok());
  EXPECT_EQ(*summary_after, *summary_before);
  EXPECT_TRUE(store_->GetFeedback(code)->steps.empty());
}

TEST_P(FeedbackStoreTest, ListFiltersPagesAndSorts) {
  const std::string hoa = Create(kMorning, "Trần Thị Hoa", "Đường thôn Đông bị ngập.");
  const std::string binh =
      Create(Instant{kMorning.unix_seconds + 600}, "Lê Văn Bình", "Cán bộ tiếp dân chậm.");
  const std::string duc =
      Create(Instant{kMorning.unix_seconds + 1200}, "Nguyễn Văn Đức", "Hỏi về lệ phí chứng thực.");
  ASSERT_TRUE(store_->CreateFeedback(kOtherUnit, kDay, Builder(kMorning, "Xã khác", "Khác")).ok());
  FeedbackStep classify = Step(FeedbackAction::kClassify, Instant{kMorning.unix_seconds + 1800});
  classify.topic = FeedbackTopic::kStaff;
  ASSERT_TRUE(Apply(binh, classify).ok());
  FeedbackStep assign = Step(FeedbackAction::kAssign, Instant{kMorning.unix_seconds + 1900});
  assign.to = "cv.ht";
  ASSERT_TRUE(Apply(binh, assign).ok());
  ASSERT_TRUE(Apply(duc, classify).ok());
  FeedbackStep decline = Step(FeedbackAction::kDecline, Instant{kMorning.unix_seconds + 2000}, "lanhdao");
  decline.text = "Không thuộc phạm vi.";
  ASSERT_TRUE(Apply(duc, decline).ok());

  auto codes = [&](FeedbackFilter filter) {
    if (filter.unit_codes.empty()) filter.unit_codes = {kUnit};
    auto page = store_->ListFeedback(filter);
    EXPECT_TRUE(page.ok()) << page.status().ToString();
    std::vector<std::string> out;
    if (page.ok()) {
      for (const FeedbackSummary& s : page->items) out.push_back(s.code);
    }
    return out;
  };
  EXPECT_EQ(codes({}), (std::vector<std::string>{duc, binh, hoa}));  // newest first
  FeedbackFilter filter;
  filter.sort = FeedbackSort::kReceivedAsc;
  EXPECT_EQ(codes(filter), (std::vector<std::string>{hoa, binh, duc}));
  filter = {};
  filter.states = {FeedbackState::kAssigned, FeedbackState::kReceived};
  filter.sort = FeedbackSort::kCode;
  EXPECT_EQ(codes(filter), (std::vector<std::string>{hoa, binh}));
  filter = {};
  filter.assignee = "cv.ht";
  EXPECT_EQ(codes(filter), (std::vector<std::string>{binh}));
  filter = {};
  filter.topics = {FeedbackTopic::kStaff};
  EXPECT_EQ(codes(filter), (std::vector<std::string>{duc, binh}));
  filter = {};
  filter.text = "nguyen van duc";  // accents folded, đ = d
  EXPECT_EQ(codes(filter), (std::vector<std::string>{duc}));
  filter.text = "NGẬP thôn";
  EXPECT_EQ(codes(filter), (std::vector<std::string>{hoa}));
  filter.text = "PA-251001-0002";
  EXPECT_EQ(codes(filter), (std::vector<std::string>{binh}));
  filter.text = "100%_";
  EXPECT_TRUE(codes(filter).empty());
  // Overdue: awaiting an answer and past due (80 working hours on the fake clock); the declined one is not.
  filter = {};
  filter.overdue_at = Instant{kMorning.unix_seconds + 80 * 3600 + 601};
  filter.sort = FeedbackSort::kDueAsc;
  EXPECT_EQ(codes(filter), (std::vector<std::string>{hoa, binh}));
  filter.overdue_at = Instant{kMorning.unix_seconds + 80 * 3600};
  EXPECT_TRUE(codes(filter).empty());
  filter = {};
  filter.received_from = Instant{kMorning.unix_seconds + 600};
  filter.received_to = Instant{kMorning.unix_seconds + 1200};
  EXPECT_EQ(codes(filter), (std::vector<std::string>{binh}));
  filter = {};
  filter.unit_codes = {kUnit, kOtherUnit};
  filter.limit = 2;
  filter.offset = 1;
  auto page = store_->ListFeedback(filter);
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->total, 4);
  EXPECT_EQ(page->items.size(), 2u);

  FeedbackFilter bad;
  EXPECT_EQ(store_->ListFeedback(bad).status().code(), StatusCode::kInvalidArgument);  // no unit
  bad.unit_codes = {kUnit};
  bad.limit = kMaxFeedbackPage + 1;
  EXPECT_EQ(store_->ListFeedback(bad).status().code(), StatusCode::kInvalidArgument);
}

TEST_P(FeedbackStoreTest, ConcurrentIntakesGetEveryNumberOnce) {
  constexpr int kThreads = 6;
  constexpr int kEach = 4;
  std::vector<std::vector<std::string>> codes(kThreads);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kEach; ++i) {
        auto created =
            store_->CreateFeedback(kUnit, kDay, Builder(kMorning, "Người " + std::to_string(t), "Góp ý"));
        codes[static_cast<size_t>(t)].push_back(created.ok() ? created->id : created.status().ToString());
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  std::set<std::string> all;
  for (const auto& list : codes) all.insert(list.begin(), list.end());
  std::set<std::string> expected;
  for (int n = 1; n <= kThreads * kEach; ++n) {
    expected.insert(FormatFeedbackCode(kUnit, kDay, n).value());
  }
  EXPECT_EQ(all, expected);
}

MOTCUA_INSTANTIATE_BACKENDS(FeedbackStoreTest);

}  // namespace
}  // namespace motcua::store_internal
