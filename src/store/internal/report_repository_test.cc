// The store's report reads on both backends: which journals a scan streams (units, receipt before the
// instant, events before it, dossiers settled before a period left out), in which order, grouped one record
// per callback; feedback records the same way; errors stop the scan; and, on SQLite, the query plan uses the
// indexes (no full scan of the journal).
#include "store/internal/report_repository.h"

#include <gtest/gtest.h>

#include "auth/token.h"
#include "dossier/apply.h"
#include "dossier/fake_due_clock.h"
#include "store/test_backend.h"

namespace motcua::store_internal {
namespace {

constexpr char kUnit[] = "000.00.20.H31";
constexpr char kChild[] = "000.00.22.H31";
constexpr char kOther[] = "000.00.21.H31";

Instant At(const char* text) { return *ParseIsoInstant(text); }

Event Make(EventKind kind, const std::string& code, const char* at) {
  Event event;
  event.kind = kind;
  event.code = code;
  event.at = At(at);
  event.by = "canbo";
  return event;
}

Event Received(const std::string& code, const char* at, Channel channel = Channel::kDirect) {
  Event event = Make(EventKind::kReceived, code, at);
  Intake intake;
  intake.unit = code.substr(0, 13);
  intake.procedure = "1.004873";
  intake.channel = channel;
  intake.applicant.name = "Nguyễn Văn An";
  intake.components = {SubmittedComponent{"Tờ khai", 1, 0, true, {}}};
  event.intake = intake;
  return event;
}

Event Ready(const std::string& code, const char* at) {
  Event event = Make(EventKind::kResultReady, code, at);
  event.digitized = true;
  return event;
}

class ReportRepositoryTest : public BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    if (HasFatalFailure()) return;
    store_ = OpenTestStore();
    ASSERT_TRUE(store_);
    for (const char* code : {kUnit, kChild, kOther}) {
      Unit unit;
      unit.code = code;
      unit.name = std::string("UBND ") + code;
      if (std::string(code) == kChild) unit.parent_code = kUnit;
      unit.effective_from = CivilDate{2020, 1, 1};
      ASSERT_TRUE(store_->AddUnit(unit).ok());
    }
    procedure_.code = "1.004873";
    procedure_.name = "Cấp Giấy xác nhận tình trạng hôn nhân";
    procedure_.field_code = "HT";
    procedure_.cases = {ProcedureCase{"", Duration{3, DurationUnit::kWorkingDays}, std::nullopt}};
    procedure_.effective_from = CivilDate{2020, 1, 1};
  }

  // Replays `events` with the fake clock and writes them as one imported dossier.
  void Import(const std::vector<Event>& events) {
    ApplyContext context;
    context.clock = &clock_;
    context.find_procedure = [this](std::string_view, CivilDate) { return &procedure_; };
    context.mode = ApplyMode::kImport;
    auto dossier = Replay(events, context);
    ASSERT_TRUE(dossier.ok()) << dossier.status().ToString();
    const DossierWrite write{*dossier, "HT", events};
    ASSERT_TRUE(store_->ImportDossiers({}, std::span<const DossierWrite>(&write, 1)).ok());
    imported_[events.front().code] = events;
  }

  std::vector<DossierHistory> Scan(const DossierHistoryScan& scan) {
    std::vector<DossierHistory> out;
    const Status status = store_->ScanDossierHistories(scan, [&](const DossierHistory& history) {
      out.push_back(history);
      return Status::Ok();
    });
    EXPECT_TRUE(status.ok()) << status.ToString();
    return out;
  }

  static std::vector<std::string> CodesOf(const std::vector<DossierHistory>& histories) {
    std::vector<std::string> codes;
    for (const DossierHistory& h : histories) codes.push_back(h.code);
    return codes;
  }

  // A history of the fixture: A (unit, resolved 12/1), B (unit, received 5/1, resolved 1/3), C (child unit,
  // open), D (other unit), E (unit, received 10/2), F (unit, online: submitted 20/1, received 5/2),
  // G (unit, resolved 15/1, evaluated 3/2).
  void ImportFixture() {
    Import({Received("000.00.20.H31-240110-0001", "2024-01-10T09:00"),
            [] {
              Event e = Make(EventKind::kAssigned, "000.00.20.H31-240110-0001", "2024-01-10T09:30");
              e.to = "chuyenvien";
              return e;
            }(),
            Ready("000.00.20.H31-240110-0001", "2024-01-12T10:00")});
    Import({Received("000.00.20.H31-240105-0001", "2024-01-05T09:00"),
            Ready("000.00.20.H31-240105-0001", "2024-03-01T10:00")});
    Import({Received("000.00.22.H31-240107-0001", "2024-01-07T09:00")});
    Import({Received("000.00.21.H31-240106-0001", "2024-01-06T09:00")});
    Import({Received("000.00.20.H31-240210-0001", "2024-02-10T09:00")});
    Event submitted = Received("000.00.20.H31-240120-0001", "2024-01-20T21:00", Channel::kOnline);
    submitted.kind = EventKind::kSubmitted;
    submitted.by = "";
    Event received = Received("000.00.20.H31-240120-0001", "2024-02-05T08:00", Channel::kOnline);
    Import({submitted, received});
    Event evaluated = Make(EventKind::kEvaluated, "000.00.20.H31-240115-0001", "2024-02-03T10:00");
    evaluated.by = "";
    evaluated.evaluation = Evaluation{};
    evaluated.evaluation->at = evaluated.at;
    Import({Received("000.00.20.H31-240115-0001", "2024-01-15T08:00"),
            Ready("000.00.20.H31-240115-0001", "2024-01-15T10:00"), evaluated});
  }

  std::unique_ptr<Store> store_;
  FakeDueClock clock_;
  Procedure procedure_;
  std::map<std::string, std::vector<Event>> imported_;
};

TEST_P(ReportRepositoryTest, StreamsJournalsAsTheyStoodAtTheInstantInReceiptOrder) {
  ImportFixture();
  DossierHistoryScan scan;
  scan.unit_codes = {kUnit, kChild};
  scan.as_of = At("2024-02-01T00:00");
  const std::vector<DossierHistory> histories = Scan(scan);
  EXPECT_EQ(CodesOf(histories),
            (std::vector<std::string>{"000.00.20.H31-240105-0001", "000.00.22.H31-240107-0001",
                                      "000.00.20.H31-240110-0001", "000.00.20.H31-240115-0001"}));
  ASSERT_EQ(histories.size(), 4u);
  // B's result (1/3) is after the instant: only its receipt is read.
  EXPECT_EQ(histories[0].events.size(), 1u);
  EXPECT_EQ(histories[0].events[0].event, imported_["000.00.20.H31-240105-0001"][0]);
  EXPECT_EQ(histories[1].unit_code, kChild);
  EXPECT_EQ(histories[1].field_code, "HT");
  // A is whole, in journal order.
  ASSERT_EQ(histories[2].events.size(), 3u);
  for (size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(histories[2].events[i].seq, static_cast<int64_t>(i) + 1);
    EXPECT_EQ(histories[2].events[i].event, imported_["000.00.20.H31-240110-0001"][i]);
  }
  // G's evaluation (3/2) is after the instant.
  EXPECT_EQ(histories[3].events.size(), 2u);
}

TEST_P(ReportRepositoryTest, LeavesOutWhatSettledBeforeThePeriod) {
  ImportFixture();
  DossierHistoryScan scan;
  scan.unit_codes = {kUnit};
  scan.as_of = At("2024-04-01T00:00");
  scan.active_since = At("2024-02-01T00:00");
  // A was resolved on 12/1 with nothing after: left out. G was resolved on 15/1 but evaluated on 3/2: kept.
  // B (resolved 1/3), E and F (received in February) are kept; the child unit was not asked for.
  EXPECT_EQ(CodesOf(Scan(scan)),
            (std::vector<std::string>{"000.00.20.H31-240105-0001", "000.00.20.H31-240115-0001",
                                      "000.00.20.H31-240120-0001", "000.00.20.H31-240210-0001"}));
  scan.active_since.reset();
  EXPECT_EQ(Scan(scan).size(), 5u);
  scan.unit_codes = {kOther};
  EXPECT_EQ(CodesOf(Scan(scan)), std::vector<std::string>{"000.00.21.H31-240106-0001"});
  scan.as_of = At("2024-01-06T09:00");  // received exactly at the instant: not before it
  EXPECT_TRUE(Scan(scan).empty());
}

TEST_P(ReportRepositoryTest, ErrorsStopTheScan) {
  ImportFixture();
  DossierHistoryScan scan;
  scan.as_of = At("2024-12-01T00:00");
  int calls = 0;
  const DossierHistoryCallback count = [&](const DossierHistory&) {
    ++calls;
    return Status::Ok();
  };
  EXPECT_EQ(store_->ScanDossierHistories(scan, count).code(), StatusCode::kInvalidArgument);  // no unit
  EXPECT_EQ(calls, 0);
  scan.unit_codes = {kUnit};
  const Status stopped = store_->ScanDossierHistories(scan, [&](const DossierHistory&) {
    ++calls;
    return Status::FailedPrecondition("enough");
  });
  EXPECT_EQ(stopped.code(), StatusCode::kFailedPrecondition);
  EXPECT_EQ(calls, 1);
  // The store is usable afterwards (the transaction was closed).
  EXPECT_EQ(Scan(scan).size(), 5u);
}

TEST_P(ReportRepositoryTest, StreamsFeedbackRecordsWithTheirStepsBeforeTheInstant) {
  auto create = [&](const char* unit, const char* at) {
    auto created =
        store_->CreateFeedback(unit, LocalDate(At(at)), [&](const std::string& code) -> Result<NewFeedback> {
          FeedbackIntake in;
          in.id = code;
          in.received_at = At(at);
          in.citizen_name = "Trần Thị Hoa";
          in.content = "Đề nghị niêm yết lệ phí.";
          const FeedbackPolicy policy{Duration{10, DurationUnit::kWorkingDays}};
          NewFeedback made;
          made.intake = in;
          MOTCUA_ASSIGN_OR_RETURN(made.feedback, OpenFeedback(in, policy, FakeDueClock()));
          made.answer_time = policy.answer_time;
          made.secret_hash = HashToken("bí mật " + code);
          return made;
        });
    EXPECT_TRUE(created.ok()) << created.status().ToString();
    return created.ok() ? created->id : std::string();
  };
  auto step = [&](const std::string& code, FeedbackStep s) {
    auto updated = store_->UpdateFeedback(code, [s](const FeedbackRecord& record) -> Result<FeedbackWrite> {
      MOTCUA_ASSIGN_OR_RETURN(const Feedback current, ReplayFeedback(record));
      MOTCUA_ASSIGN_OR_RETURN(Feedback next, ApplyFeedbackStep(current, s));
      return FeedbackWrite{std::move(next), {s}};
    });
    ASSERT_TRUE(updated.ok()) << updated.status().ToString();
  };
  const std::string answered = create(kUnit, "2024-01-10T09:00");
  step(answered, FeedbackStep{FeedbackAction::kClassify, At("2024-01-11T09:00"), "tiepnhan",
                              FeedbackTopic::kRegulation, "", "", std::nullopt});
  step(answered, FeedbackStep{FeedbackAction::kAssign, At("2024-01-12T09:00"), "tiepnhan", std::nullopt,
                              "chuyenvien", "", std::nullopt});
  step(answered, FeedbackStep{FeedbackAction::kAnswer, At("2024-02-15T09:00"), "chuyenvien", std::nullopt, "",
                              "Đã niêm yết.", std::nullopt});
  const std::string fresh = create(kUnit, "2024-01-05T09:00");
  create(kOther, "2024-01-06T09:00");
  create(kUnit, "2024-02-02T09:00");

  FeedbackRecordScan scan;
  scan.unit_codes = {kUnit};
  scan.as_of = At("2024-02-01T00:00");
  std::vector<FeedbackRecord> records;
  ASSERT_TRUE(store_
                  ->ScanFeedbackRecords(scan,
                                        [&](const FeedbackRecord& record) {
                                          records.push_back(record);
                                          return Status::Ok();
                                        })
                  .ok());
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0].intake.id, fresh);
  EXPECT_TRUE(records[0].steps.empty());
  EXPECT_EQ(records[1].intake.id, answered);
  EXPECT_EQ(records[1].unit_code, kUnit);
  ASSERT_EQ(records[1].steps.size(), 2u);  // the answer (15/2) is after the instant
  EXPECT_EQ(records[1].steps[1].step.action, FeedbackAction::kAssign);
  auto replayed = ReplayFeedback(records[1]);
  ASSERT_TRUE(replayed.ok()) << replayed.status().ToString();
  EXPECT_EQ(replayed->state, FeedbackState::kAssigned);
  auto full = store_->GetFeedback(answered);
  ASSERT_TRUE(full.ok());
  EXPECT_EQ(records[1].due, full->due);
  EXPECT_EQ(records[1].intake.citizen_name, full->intake.citizen_name);
}

// The dossier scan reads the dossiers of the units through (unit_code, received_at) and each journal through
// its (dossier_code, seq) key; it never reads the journal table whole. PostgreSQL picks plans from table
// statistics (a sequential scan is cheapest on a few rows), so there the scan is planned with sequential
// scans disabled: the plan shows that indexes able to serve it exist.
TEST_P(ReportRepositoryTest, TheScanUsesTheIndexes) {
  DossierHistoryScan scan;
  scan.unit_codes = {kUnit, kChild};
  scan.as_of = At("2024-04-01T00:00");
  scan.active_since = At("2024-02-01T00:00");
  SqlParams params = {std::string(kUnit), std::string(kChild), scan.as_of.unix_seconds,
                      scan.active_since->unix_seconds};
  const bool sqlite = GetParam() == Backend::kSqlite;
  std::string plan;
  auto database = OpenTestDatabase();
  const Status explained =
      database->InTransaction(TxMode::kReadOnly, [&](SqlConnection& connection) -> Status {
        plan.clear();
        if (!sqlite) MOTCUA_RETURN_IF_ERROR(connection.ExecuteScript("SET LOCAL enable_seqscan = off"));
        return connection.Query((sqlite ? "EXPLAIN QUERY PLAN " : "EXPLAIN ") + DossierHistoryScanSql(scan),
                                params, [&](const SqlRow& row) {
                                  plan += row.String(row.size() - 1) + "\n";
                                  return Status::Ok();
                                });
      });
  ASSERT_TRUE(explained.ok()) << explained.ToString();
  if (sqlite) {
    EXPECT_NE(plan.find("dossiers_by_unit_received"), std::string::npos) << plan;
    EXPECT_NE(plan.find("sqlite_autoindex_dossier_events"), std::string::npos) << plan;
    EXPECT_EQ(plan.find("SCAN e"), std::string::npos) << plan;
  } else {
    // (unit_code, received_at) or (unit_code, field_code, received_at): both lead with the unit.
    EXPECT_NE(plan.find("Index Cond: ((unit_code = ANY"), std::string::npos) << plan;
    EXPECT_NE(plan.find("dossier_events_dossier_code_seq_key"), std::string::npos) << plan;
    EXPECT_EQ(plan.find("Seq Scan"), std::string::npos) << plan;
  }
}

MOTCUA_INSTANTIATE_BACKENDS(ReportRepositoryTest);

}  // namespace
}  // namespace motcua::store_internal
