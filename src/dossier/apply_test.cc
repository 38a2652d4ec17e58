#include "dossier/apply.h"

#include <gtest/gtest.h>

#include <map>

#include "dossier/classify.h"
#include "dossier/fake_due_clock.h"

namespace motcua {
namespace {

constexpr const char* kCode = "000.00.20.H31-240304-0001";
constexpr const char* kUnit = "000.00.20.H31";

Instant T(const char* text) { return ParseIsoInstant(text).value(); }

Procedure Birth(CivilDate from, std::optional<CivilDate> to, Duration first_case) {
  Procedure p;
  p.code = "1.001193";
  p.name = "Đăng ký khai sinh";
  p.cases = {ProcedureCase{"Đăng ký khai sinh đúng hạn", first_case, std::nullopt},
             ProcedureCase{"Đăng ký khai sinh có yếu tố nước ngoài",
                           Duration{15, DurationUnit::kCalendarDays}, std::nullopt}};
  p.steps = {ProcessStep{"Tiếp nhận", ProcessRole::kDesk, 10},
             ProcessStep{"Thẩm định", ProcessRole::kSpecialist, 60},
             ProcessStep{"Ký duyệt", ProcessRole::kLeader, 20},
             ProcessStep{"Vào số", ProcessRole::kClerk, 10}};
  p.effective_from = from;
  p.effective_to = to;
  return p;
}

class ApplyTest : public ::testing::Test {
 protected:
  ApplyTest()
      : old_(Birth(CivilDate{2020, 1, 1}, CivilDate{2023, 12, 31}, Duration{5, DurationUnit::kWorkingDays})),
        current_(Birth(CivilDate{2024, 1, 1}, std::nullopt, Duration{3, DurationUnit::kWorkingDays})) {
    ctx_.clock = &clock_;
    ctx_.find_procedure = [this](std::string_view code, CivilDate on) -> const Procedure* {
      for (const Procedure* p : {&old_, &current_}) {
        if (p->code == code && p->InForceOn(on)) return p;
      }
      return nullptr;
    };
  }

  static Event Ev(EventKind kind, const char* at, const char* by = "can.bo") {
    Event e;
    e.kind = kind;
    e.code = kCode;
    e.at = T(at);
    e.by = by;
    return e;
  }

  static Intake BirthIntake() {
    Intake in;
    in.unit = kUnit;
    in.procedure = "1.001193";
    in.channel = Channel::kDirect;
    in.applicant.name = "Nguyễn Văn Bình";
    in.applicant.id_number = "001099012345";
    in.components = {SubmittedComponent{"Tờ khai", 1, 0, true, {"f-tk"}},
                     SubmittedComponent{"Giấy chứng sinh", 1, 0, true, {"f-gcs"}}};
    return in;
  }

  static Event Received(const char* at = "2024-03-04T08:00") {
    Event e = Ev(EventKind::kReceived, at, "mot.cua");
    e.intake = BirthIntake();
    return e;
  }
  static Event Assigned(const char* at, const char* to = "chuyen.vien") {
    Event e = Ev(EventKind::kAssigned, at, "mot.cua");
    e.to = to;
    return e;
  }
  static Event Extended(const char* at, const char* new_due) {
    Event e = Ev(EventKind::kExtended, at, "chu.tich");
    e.new_due = T(new_due);
    e.reason = "Cần xác minh thêm";
    return e;
  }
  static Event ResultReady(const char* at, bool digitized = true, const char* file = "f-kq") {
    Event e = Ev(EventKind::kResultReady, at, "van.thu");
    e.digitized = digitized;
    e.file_id = file;
    return e;
  }
  static Event Evaluated(const char* at) {
    Event e = Ev(EventKind::kEvaluated, at, "");
    Evaluation ev;
    ev.at = e.at;
    ev.overall = OverallSatisfaction::kVerySatisfied;
    ev.scores[0] = 2;
    e.evaluation = ev;
    return e;
  }

  // The whole live life of a dossier: receipt, assignment, a supplement pause, approval, signature,
  // numbering, a digitised result, return, evaluation.
  static std::vector<Event> LiveHistory() {
    std::vector<Event> h;
    h.push_back(Received());
    h.push_back(Assigned("2024-03-04T09:00"));
    Event sr = Ev(EventKind::kSupplementRequested, "2024-03-04T12:00", "chuyen.vien");
    sr.items = {"Giấy chứng sinh (bản chính)"};
    h.push_back(sr);
    h.push_back(Ev(EventKind::kSupplementReceived, "2024-03-06T12:00", "mot.cua"));
    Event ap = Ev(EventKind::kApproved, "2024-03-06T14:00", "chuyen.vien");
    ap.to = "chu.tich";
    h.push_back(ap);
    Event sg = Ev(EventKind::kSigned, "2024-03-06T16:00", "chu.tich");
    sg.to = "van.thu";
    sg.to_unit = "Văn phòng";
    h.push_back(sg);
    Event nb = Ev(EventKind::kNumbered, "2024-03-06T17:00", "van.thu");
    nb.document = "12/GKS";
    h.push_back(nb);
    h.push_back(ResultReady("2024-03-06T17:30"));
    Event rt = Ev(EventKind::kReturned, "2024-03-07T07:30", "mot.cua");
    rt.recipient = "Nguyễn Văn Bình";
    h.push_back(rt);
    h.push_back(Evaluated("2024-03-07T07:40"));
    return h;
  }

  Result<Dossier> Run(const std::vector<Event>& events) { return Replay(events, ctx_); }

  Procedure old_;
  Procedure current_;
  FakeDueClock clock_;
  ApplyContext ctx_;
};

TEST_F(ApplyTest, LiveHistoryWithASupplementPause) {
  const std::vector<Event> h = LiveHistory();
  Dossier d;
  // Receipt: 3 working days of 8 h on the fake clock.
  d = Apply(d, h[0], ctx_).value();
  EXPECT_EQ(d.state, DossierState::kReceived);
  EXPECT_EQ(d.code, kCode);
  EXPECT_EQ(d.received_at, T("2024-03-04T08:00"));
  EXPECT_EQ(d.legal_due, T("2024-03-05T08:00"));
  EXPECT_EQ(d.appointment, d.legal_due);
  EXPECT_EQ(d.rule_version, (CivilDate{2024, 1, 1}));
  EXPECT_EQ(d.processing_time, (Duration{3, DurationUnit::kWorkingDays}));
  EXPECT_EQ(d.total_working_seconds, 24 * 3600);
  EXPECT_EQ(d.applicant.id_kind, IdKind::kCitizenId);

  // Assignment: Mẫu 05 row for step 1 (the specialist, 60 % of 24 h = 14.4 h).
  d = Apply(d, h[1], ctx_).value();
  EXPECT_EQ(d.state, DossierState::kInProgress);
  EXPECT_EQ(d.assignee, "chuyen.vien");
  ASSERT_EQ(d.hand_overs.size(), 1u);
  EXPECT_EQ(d.hand_overs[0].from_unit, kUnit);
  EXPECT_EQ(d.hand_overs[0].giver, "mot.cua");
  EXPECT_EQ(d.hand_overs[0].receiver, "chuyen.vien");
  EXPECT_EQ(d.hand_overs[0].step, 1);
  EXPECT_EQ(d.hand_overs[0].step_due, T("2024-03-04T23:24"));

  // The pause: 4 h already spent still count; the remaining 20 h run from the supplement's receipt.
  d = Apply(d, h[2], ctx_).value();
  EXPECT_EQ(d.state, DossierState::kSupplementRequested);
  EXPECT_EQ(NationalStatusCode(d.state), 5);
  ASSERT_NE(OpenPause(d), nullptr);
  EXPECT_EQ(d.legal_due, T("2024-03-05T08:00"));  // unchanged while the clock is stopped
  d = Apply(d, h[3], ctx_).value();
  EXPECT_EQ(d.state, DossierState::kInProgress);
  EXPECT_EQ(OpenPause(d), nullptr);
  EXPECT_EQ(d.legal_due, T("2024-03-07T08:00"));
  EXPECT_EQ(d.appointment, T("2024-03-07T08:00"));
  EXPECT_EQ(d.hand_overs[0].step_due, T("2024-03-06T23:24"));  // the step's clock stopped too
  EXPECT_EQ(PausedSeconds(d), 48 * 3600);

  d = Apply(d, h[4], ctx_).value();  // approved, handed to the leader (step 2: 20 % = 4.8 h)
  EXPECT_EQ(d.state, DossierState::kApproved);
  ASSERT_EQ(d.hand_overs.size(), 2u);
  EXPECT_EQ(d.hand_overs[0].completed_at, T("2024-03-06T14:00"));
  EXPECT_EQ(d.hand_overs[1].step, 2);
  EXPECT_EQ(d.hand_overs[1].step_due, T("2024-03-06T18:48"));
  d = Apply(d, h[5], ctx_).value();  // signed, to the clerk (step 3: 10 % = 2.4 h)
  EXPECT_EQ(d.state, DossierState::kSigned);
  EXPECT_EQ(d.hand_overs[2].from_unit, kUnit);
  EXPECT_EQ(d.hand_overs[2].to_unit, "Văn phòng");
  EXPECT_EQ(d.hand_overs[2].step_due, T("2024-03-06T18:24"));
  d = Apply(d, h[6], ctx_).value();
  EXPECT_EQ(d.state, DossierState::kNumbered);
  EXPECT_EQ(d.document_number, "12/GKS");
  d = Apply(d, h[7], ctx_).value();
  EXPECT_EQ(d.state, DossierState::kResolved);
  EXPECT_EQ(NationalStatusCode(d.state), 9);
  EXPECT_EQ(d.hand_overs[2].completed_at, T("2024-03-06T17:30"));
  d = Apply(d, h[8], ctx_).value();
  EXPECT_EQ(d.state, DossierState::kReturned);
  EXPECT_EQ(d.returned->recipient, "Nguyễn Văn Bình");
  d = Apply(d, h[9], ctx_).value();
  EXPECT_EQ(d.state, DossierState::kReturned);
  ASSERT_TRUE(d.evaluation.has_value());
  EXPECT_EQ(d.event_count, 10);
  EXPECT_TRUE(d.implied_actions.empty());

  EXPECT_TRUE(IsReceived(d));
  EXPECT_TRUE(IsResolved(d));
  EXPECT_EQ(ResolutionKindOf(d), ResolutionKind::kResult);
  EXPECT_EQ(ResolutionInstant(d), T("2024-03-06T17:30"));
  EXPECT_FALSE(HadApology(d));
  EXPECT_TRUE(AllComponentsDigitized(d));
  EXPECT_TRUE(ResultDigitized(d));
}

TEST_F(ApplyTest, ReplayEqualsIncrementalAtEveryPrefix) {
  const std::vector<Event> h = LiveHistory();
  Dossier incremental;
  for (size_t n = 1; n <= h.size(); ++n) {
    incremental = Apply(incremental, h[n - 1], ctx_).value();
    auto replayed = Replay(std::span<const Event>(h.data(), n), ctx_);
    ASSERT_TRUE(replayed.ok()) << replayed.status().ToString();
    EXPECT_EQ(*replayed, incremental) << "after " << n << " events";
  }
}

TEST_F(ApplyTest, ReplayOfTheJournalTextGivesTheSameDossier) {
  const std::vector<Event> h = LiveHistory();
  std::string journal;
  for (const Event& e : h) journal.append(EventToJsonLine(e)).append("\n");
  auto parsed = ParseEventLines(journal);
  ASSERT_TRUE(parsed.ok()) << parsed.status().ToString();
  EXPECT_EQ(*parsed, h);
  EXPECT_EQ(Run(*parsed).value(), Run(h).value());
}

TEST_F(ApplyTest, ApologyOnceBeforeTheDueTimeMovesOnlyTheAppointment) {
  std::vector<Event> h = {Received(), Assigned("2024-03-04T09:00"),
                          Extended("2024-03-05T07:00", "2024-03-08T17:00")};
  Dossier d = Run(h).value();
  ASSERT_TRUE(d.apology.has_value());
  EXPECT_EQ(d.legal_due, T("2024-03-05T08:00"));
  EXPECT_EQ(d.appointment, T("2024-03-08T17:00"));
  EXPECT_EQ(d.apology->previous_appointment, T("2024-03-05T08:00"));
  EXPECT_TRUE(HadApology(d));

  auto twice = Apply(d, Extended("2024-03-05T07:30", "2024-03-09T17:00"), ctx_);
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_NE(twice.status().user_message().find("một lần"), std::string::npos);
}

TEST_F(ApplyTest, ApologyAtOrAfterTheDueTimeIsRefused) {
  Dossier d = Run({Received(), Assigned("2024-03-04T09:00")}).value();
  for (const char* at : {"2024-03-05T08:00", "2024-03-05T09:00", "2024-04-01T09:00"}) {
    auto late = Apply(d, Extended(at, "2024-04-10T17:00"), ctx_);
    ASSERT_FALSE(late.ok()) << at;
    EXPECT_EQ(late.status().code(), StatusCode::kFailedPrecondition);
    EXPECT_NE(late.status().user_message().find("trước khi hết hạn"), std::string::npos);
  }
  auto earlier = Apply(d, Extended("2024-03-04T10:00", "2024-03-05T07:00"), ctx_);
  ASSERT_FALSE(earlier.ok());
  EXPECT_EQ(earlier.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(earlier.status().message().find("'new_due'"), std::string::npos);
  // Straight after receipt, before any assignment, is allowed too.
  EXPECT_TRUE(Apply(Run({Received()}).value(), Extended("2024-03-04T08:30", "2024-03-06T08:00"), ctx_).ok());
}

TEST_F(ApplyTest, APauseAfterTheApologyCanPushTheAppointment) {
  Event sr = Ev(EventKind::kSupplementRequested, "2024-03-04T10:00");
  sr.items = {"Bản chính"};
  Dossier d = Run({Received(), Assigned("2024-03-04T09:00"), Extended("2024-03-04T09:30", "2024-03-05T10:00"),
                   sr, Ev(EventKind::kSupplementReceived, "2024-03-05T10:00")})
                  .value();
  EXPECT_EQ(d.legal_due, T("2024-03-06T08:00"));
  EXPECT_EQ(d.appointment, T("2024-03-06T08:00"));
  EXPECT_EQ(d.apology->new_appointment, T("2024-03-05T10:00"));
}

TEST_F(ApplyTest, EvaluationOnlyOnceAndOnlyAfterTheResult) {
  Dossier received = Run({Received(), Assigned("2024-03-04T09:00")}).value();
  auto early = Apply(received, Evaluated("2024-03-04T10:00"), ctx_);
  ASSERT_FALSE(early.ok());
  EXPECT_EQ(early.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_NE(early.status().message().find("allowed: hand_over"), std::string::npos)
      << early.status().message();

  std::vector<Event> h = LiveHistory();
  h.pop_back();  // without its evaluation
  h.pop_back();  // and not yet returned: evaluating a resolved dossier is allowed
  Dossier resolved = Run(h).value();
  Dossier evaluated = Apply(resolved, Evaluated("2024-03-06T18:00"), ctx_).value();
  EXPECT_EQ(evaluated.state, DossierState::kResolved);
  auto again = Apply(evaluated, Evaluated("2024-03-06T18:05"), ctx_);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_NE(again.status().user_message().find("một lần"), std::string::npos);
}

TEST_F(ApplyTest, TimeMustNotGoBackwards) {
  Dossier d = Run({Received(), Assigned("2024-03-04T09:00")}).value();
  auto back = Apply(d, Ev(EventKind::kApproved, "2024-03-04T08:59"), ctx_);
  ASSERT_FALSE(back.ok());
  EXPECT_EQ(back.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(back.status().message().find("earlier than the previous event"), std::string::npos);
  EXPECT_TRUE(Apply(d, Ev(EventKind::kApproved, "2024-03-04T09:00"), ctx_).ok());  // same instant is fine
}

TEST_F(ApplyTest, AssigningToNobodyIsInvalid) {
  Dossier d = Run({Received()}).value();
  for (const char* to : {"", "   "}) {
    auto r = Apply(d, Assigned("2024-03-04T09:00", to), ctx_);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
    EXPECT_NE(r.status().message().find("'to'"), std::string::npos);
  }
}

TEST_F(ApplyTest, EventOfAnotherDossierIsRefused) {
  Dossier d = Run({Received()}).value();
  Event e = Assigned("2024-03-04T09:00");
  e.code = "000.00.20.H31-240304-0002";
  auto r = Apply(d, e, ctx_);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
}

TEST_F(ApplyTest, ForbiddenActionNamesTheAllowedOnes) {
  Dossier d = Run({Received()}).value();
  auto r = Apply(d, ResultReady("2024-03-04T10:00"), ctx_);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_EQ(
      r.status().message(),
      "action 'result_ready' is not allowed in state 'received'; allowed: assign, apologize, withdraw, stop");
  EXPECT_NE(r.status().user_message().find("Chuyển xử lý"), std::string::npos);
}

TEST_F(ApplyTest, RuleVersionAndCaseFollowTheReceiptDate) {
  Event old = Received("2023-10-02T08:00");
  old.code = "000.00.20.H31-231002-0001";
  Dossier d = Run({old}).value();
  EXPECT_EQ(d.rule_version, (CivilDate{2020, 1, 1}));
  EXPECT_EQ(d.processing_time, (Duration{5, DurationUnit::kWorkingDays}));
  EXPECT_EQ(d.legal_due, T("2023-10-04T00:00"));  // 40 h on the fake clock
}

TEST_F(ApplyTest, CaseSelection) {
  Event by_number = Received();
  by_number.intake->case_name = "2";
  Dossier d = Run({by_number}).value();
  EXPECT_EQ(d.case_index, 1);
  EXPECT_EQ(d.processing_time, (Duration{15, DurationUnit::kCalendarDays}));
  EXPECT_EQ(d.legal_due, T("2024-03-19T08:00"));

  Event by_name = Received();
  by_name.intake->case_name = "Đăng ký khai sinh có yếu tố nước ngoài";
  EXPECT_EQ(Run({by_name}).value().case_index, 1);

  for (const char* bad : {"3", "0", "khai sinh", "01x"}) {
    Event e = Received();
    e.intake->case_name = bad;
    auto r = Run({e});
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_NE(r.status().message().find("'case'"), std::string::npos);
  }
}

TEST_F(ApplyTest, UnknownProcedureOrNotInForce) {
  Event unknown = Received();
  unknown.intake->procedure = "9.999999";
  auto r = Run({unknown});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(r.status().message().find("'procedure'"), std::string::npos);

  Event before = Received("2019-06-03T08:00");
  before.code = "000.00.20.H31-190603-0001";
  EXPECT_FALSE(Run({before}).ok());
}

TEST_F(ApplyTest, CodeMustMatchUnitAndDate) {
  Event other_unit = Received();
  other_unit.code = "000.00.21.H31-240304-0001";
  auto r = Run({other_unit});
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("'unit'"), std::string::npos);

  Event future = Received();
  future.code = "000.00.20.H31-240305-0001";
  EXPECT_FALSE(Run({future}).ok());
}

TEST_F(ApplyTest, IdentityChecks) {
  Event cmnd = Received();
  cmnd.intake->applicant.id_number = "123456789";
  auto live = Run({cmnd});
  ASSERT_FALSE(live.ok());
  EXPECT_NE(live.status().user_message().find("dữ liệu lịch sử"), std::string::npos);
  ctx_.mode = ApplyMode::kImport;
  Dossier imported = Run({cmnd}).value();
  EXPECT_EQ(imported.applicant.id_kind, IdKind::kOldCmnd);
  ctx_.mode = ApplyMode::kLive;

  Event unborn = Received();
  unborn.intake->applicant.id_number = "001225000001";  // born 2025, received 2024
  EXPECT_FALSE(Run({unborn}).ok());

  Event passport = Received();
  passport.intake->applicant.id_number = " b1234567 ";
  Dossier d = Run({passport}).value();
  EXPECT_EQ(d.applicant.id_number, "B1234567");
  EXPECT_EQ(d.applicant.id_kind, IdKind::kVnPassport);

  Event kind_only = Received();
  kind_only.intake->applicant.id_number.clear();
  kind_only.intake->applicant.id_kind = IdKind::kCitizenId;
  EXPECT_FALSE(Run({kind_only}).ok());
}

TEST_F(ApplyTest, DigitisedComponentsAndResultsNeedFilesInLiveUse) {
  Event no_file = Received();
  no_file.intake->components[1].file_ids.clear();
  auto r = Run({no_file});
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("components[1].file_ids"), std::string::npos);

  std::vector<Event> h = LiveHistory();
  h.resize(7);
  h.push_back(ResultReady("2024-03-06T17:30", true, ""));
  auto live = Run(h);
  ASSERT_FALSE(live.ok());
  EXPECT_NE(live.status().message().find("'file_id'"), std::string::npos);
  EXPECT_EQ(live.status().message().rfind("event 8: ", 0), 0u);

  h.back() = ResultReady("2024-03-06T17:30", false, "f-1");
  EXPECT_FALSE(Run(h).ok());

  h.back() = ResultReady("2024-03-06T17:30", false, "");
  Dossier paper = Run(h).value();
  EXPECT_FALSE(ResultDigitized(paper));

  ctx_.mode = ApplyMode::kImport;
  h.back() = ResultReady("2024-03-06T17:30", true, "");
  EXPECT_TRUE(ResultDigitized(Run(h).value()));
  EXPECT_TRUE(Run({no_file}).ok());
}

TEST_F(ApplyTest, ImportedCoarseHistoryImpliesTheInternalSteps) {
  const std::vector<Event> coarse = {Received(), ResultReady("2024-03-05T07:00", true, "")};
  auto live = Run(coarse);
  ASSERT_FALSE(live.ok());
  EXPECT_EQ(live.status().code(), StatusCode::kFailedPrecondition);

  ctx_.mode = ApplyMode::kImport;
  Dossier d = Run(coarse).value();
  EXPECT_EQ(d.state, DossierState::kResolved);
  EXPECT_EQ(d.implied_actions, (std::vector<DossierAction>{DossierAction::kAssign, DossierAction::kApprove,
                                                           DossierAction::kSign, DossierAction::kNumber}));
  ASSERT_TRUE(d.approved && d.signed_off && d.numbered);
  EXPECT_TRUE(d.approved->implied);
  EXPECT_EQ(d.approved->at, T("2024-03-05T07:00"));

  // A recorded approval keeps its own record; only the missing steps are implied.
  Event ap = Ev(EventKind::kApproved, "2024-03-04T15:00", "chuyen.vien");
  Dossier partial =
      Run({Received(), Assigned("2024-03-04T09:00"), ap, ResultReady("2024-03-05T07:00", true, "")}).value();
  EXPECT_EQ(partial.implied_actions,
            (std::vector<DossierAction>{DossierAction::kSign, DossierAction::kNumber}));
  EXPECT_FALSE(partial.approved->implied);

  Event rejected = Ev(EventKind::kRejected, "2024-03-04T15:00");
  rejected.reason = "Không đủ điều kiện";
  Dossier refused = Run({Received(), rejected}).value();
  EXPECT_EQ(refused.implied_actions, std::vector<DossierAction>{DossierAction::kAssign});
  EXPECT_EQ(ResolutionKindOf(refused), ResolutionKind::kRefused);
  EXPECT_FALSE(ResultDigitized(refused));

  // Nothing implies a result: evaluation and return still need it.
  auto eval = Run({Received(), Evaluated("2024-03-05T07:00")});
  ASSERT_FALSE(eval.ok());
  EXPECT_EQ(eval.status().code(), StatusCode::kFailedPrecondition);
}

TEST_F(ApplyTest, OnlineSubmissionCompletionAndReceipt) {
  Event submitted = Ev(EventKind::kSubmitted, "2024-03-04T06:00", "");
  submitted.intake = BirthIntake();
  submitted.intake->channel = Channel::kOnline;
  submitted.intake->external_code = "G22.99-240304-0001";
  Event completion = Ev(EventKind::kCompletionRequested, "2024-03-04T08:00", "mot.cua");
  completion.items = {"Ảnh giấy chứng sinh rõ nét"};
  Event resubmitted = Ev(EventKind::kResubmitted, "2024-03-05T06:00", "");
  Event received = Received("2024-03-05T08:00");
  received.intake->channel = Channel::kOnline;

  Dossier d = Run({submitted}).value();
  EXPECT_EQ(NationalStatusCode(d.state), 1);
  EXPECT_EQ(d.submitted_at, T("2024-03-04T06:00"));
  EXPECT_FALSE(d.legal_due.has_value());
  EXPECT_EQ(d.external_code, "G22.99-240304-0001");
  d = Apply(d, completion, ctx_).value();
  EXPECT_EQ(d.state, DossierState::kCompletionRequested);
  ASSERT_EQ(d.completion_requests.size(), 1u);
  d = Apply(d, resubmitted, ctx_).value();
  EXPECT_EQ(d.state, DossierState::kSubmitted);
  d = Apply(d, received, ctx_).value();
  EXPECT_EQ(d.state, DossierState::kReceived);
  EXPECT_EQ(d.channel, Channel::kOnline);
  EXPECT_EQ(d.external_code, "G22.99-240304-0001");  // kept from the submission
  EXPECT_EQ(d.legal_due, T("2024-03-06T08:00"));     // the clock starts at the desk's acceptance
}

TEST_F(ApplyTest, RefusedAtTheDesk) {
  Event refused = Ev(EventKind::kRefusedAtDesk, "2024-03-04T08:00", "mot.cua");
  refused.reason = "Không thuộc thẩm quyền của xã";
  auto without_intake = Run({refused});
  ASSERT_FALSE(without_intake.ok());
  EXPECT_NE(without_intake.status().message().find("'unit'"), std::string::npos);
  refused.intake = BirthIntake();
  Dossier d = Run({refused}).value();
  EXPECT_EQ(d.state, DossierState::kRefusedAtDesk);
  EXPECT_EQ(NationalStatusCode(d.state), 3);
  EXPECT_EQ(d.closure->kind, ClosureKind::kRefusedAtDesk);
  EXPECT_FALSE(IsReceived(d));
  EXPECT_TRUE(AllowedActions(d.state).empty());
}

TEST_F(ApplyTest, WithdrawalDuringAPauseClosesIt) {
  Event sr = Ev(EventKind::kSupplementRequested, "2024-03-04T10:00");
  sr.items = {"Bản chính"};
  Event wd = Ev(EventKind::kWithdrawn, "2024-03-05T10:00", "mot.cua");
  wd.reason = "Người nộp xin rút";
  Dossier d = Run({Received(), Assigned("2024-03-04T09:00"), sr, wd}).value();
  EXPECT_EQ(d.state, DossierState::kWithdrawn);
  EXPECT_EQ(NationalStatusCode(d.state), 7);
  EXPECT_EQ(OpenPause(d), nullptr);
  EXPECT_EQ(d.pauses[0].end, T("2024-03-05T10:00"));
  EXPECT_EQ(d.hand_overs[0].completed_at, T("2024-03-05T10:00"));
  EXPECT_EQ(d.closure->kind, ClosureKind::kWithdrawn);
  EXPECT_FALSE(IsResolved(d));
  EXPECT_FALSE(ResolutionKindOf(d).has_value());
}

TEST_F(ApplyTest, StoppedAtTheApplicantsRequest) {
  Event st = Ev(EventKind::kStopped, "2024-03-04T11:00", "mot.cua");
  st.reason = "Đề nghị dừng thực hiện thủ tục";
  Dossier d = Run({Received(), Assigned("2024-03-04T09:00"), st}).value();
  EXPECT_EQ(d.state, DossierState::kStopped);
  EXPECT_EQ(NationalStatusCode(d.state), 8);
  EXPECT_EQ(d.closure->kind, ClosureKind::kStopped);
}

TEST_F(ApplyTest, FeesPauseTheClock) {
  Event fr = Ev(EventKind::kFeesRequested, "2024-03-04T10:00", "chuyen.vien");
  fr.fees = {FeeItem{"Lệ phí", 8000}};
  Event fp = Ev(EventKind::kFeesPaid, "2024-03-04T16:00", "mot.cua");
  fp.paid_online = true;
  Dossier paused = Run({Received(), Assigned("2024-03-04T09:00"), fr}).value();
  EXPECT_EQ(paused.state, DossierState::kFeesRequested);
  EXPECT_EQ(NationalStatusCode(paused.state), 6);
  Dossier d = Apply(paused, fp, ctx_).value();
  EXPECT_EQ(d.state, DossierState::kInProgress);
  EXPECT_EQ(d.legal_due, T("2024-03-05T14:00"));
  EXPECT_TRUE(d.fees_paid_online);
  EXPECT_EQ(d.fees_paid_at, T("2024-03-04T16:00"));
  ASSERT_EQ(d.fees.size(), 1u);
  EXPECT_EQ(d.fees[0].amount_dong, 8000);
  EXPECT_EQ(d.pauses[0].kind, PauseKind::kFees);
}

TEST_F(ApplyTest, HandOversChainUnitsAndCheckSteps) {
  Event ho = Ev(EventKind::kHandedOver, "2024-03-04T10:00", "chuyen.vien");
  ho.to = "cong.chuc.dia.chinh";
  ho.to_unit = "Địa chính - Xây dựng";
  Event ho2 = Ev(EventKind::kHandedOver, "2024-03-04T11:00", "cong.chuc.dia.chinh");
  ho2.to = "chuyen.vien";
  ho2.step = 1;
  Dossier d = Run({Received(), Assigned("2024-03-04T09:00"), ho, ho2}).value();
  ASSERT_EQ(d.hand_overs.size(), 3u);
  EXPECT_EQ(d.hand_overs[1].from_unit, kUnit);
  EXPECT_EQ(d.hand_overs[1].to_unit, "Địa chính - Xây dựng");
  EXPECT_EQ(d.hand_overs[1].step, 2);  // next step by default
  EXPECT_EQ(d.hand_overs[2].from_unit, "Địa chính - Xây dựng");
  EXPECT_EQ(d.hand_overs[2].step, 1);  // explicit
  EXPECT_EQ(d.assignee, "chuyen.vien");

  Event bad = ho2;
  bad.at = T("2024-03-04T12:00");
  bad.step = 4;
  auto r = Apply(d, bad, ctx_);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("'step'"), std::string::npos);
}

// The example of docs/import.md (copied here; keep the two in step) imports as the page says.
TEST_F(ApplyTest, ImportDocExample) {
  const char* kLines[] = {
      R"j({"event":"received","code":"000.00.20.H31-231002-0001","unit":"000.00.20.H31","procedure":"1.001193","channel":"direct","at":"2023-10-02T08:15:00+07:00","by":"le.van.a","applicant":{"name":"Nguyễn Văn Bình","id_number":"001099012345"},"components":[{"name":"Tờ khai đăng ký khai sinh","digitized":true},{"name":"Giấy chứng sinh","digitized":false}]})j",
      R"j({"event":"assigned","code":"000.00.20.H31-231002-0001","at":"2023-10-02T09:00:00+07:00","by":"le.van.a","to":"tran.thi.b"})j",
      R"j({"event":"supplement_requested","code":"000.00.20.H31-231002-0001","at":"2023-10-02T10:00:00+07:00","by":"tran.thi.b","items":["Giấy chứng sinh (bản chính)"]})j",
      R"j({"event":"supplement_received","code":"000.00.20.H31-231002-0001","at":"2023-10-03T08:00:00+07:00","by":"le.van.a"})j",
      R"j({"event":"extended","code":"000.00.20.H31-231002-0001","at":"2023-10-03T09:00:00+07:00","by":"pham.c","new_due":"2023-10-09T17:00:00+07:00","reason":"Chờ xác minh thông tin"})j",
      R"j({"event":"result_ready","code":"000.00.20.H31-231002-0001","at":"2023-10-04T10:00:00+07:00","by":"tran.thi.b","digitized":true})j",
      R"j({"event":"returned","code":"000.00.20.H31-231002-0001","at":"2023-10-05T08:30:00+07:00","by":"le.van.a","recipient":"Nguyễn Văn Bình"})j",
      R"j({"event":"evaluated","code":"000.00.20.H31-231002-0001","at":"2023-10-05T08:40:00+07:00","overall":"very_satisfied","criteria":{"total_time":2,"attitude":2}})j",
      R"j({"event":"received","code":"000.00.20.H31-231002-0002","unit":"000.00.20.H31","procedure":"2.000908","channel":"online","at":"2023-10-02T08:30","by":"le.van.a","applicant":{"name":"Công ty TNHH Bình An","kind":"organisation","id_number":"0314409058-002"}})j",
      R"j({"event":"rejected","code":"000.00.20.H31-231002-0002","at":"2023-10-04T10:00","by":"tran.thi.b","reason":"Không đủ điều kiện theo quy định"})j",
      R"j({"event":"received","code":"000.00.20.H31-231002-0003","unit":"000.00.20.H31","procedure":"1.001193","channel":"postal","at":"2023-10-02T14:00","by":"le.van.a","applicant":{"name":"Lê Thị C"}})j",
      R"j({"event":"withdrawn","code":"000.00.20.H31-231002-0003","at":"2023-10-05T08:30","by":"le.van.a","reason":"Người nộp xin rút hồ sơ"})j",
  };
  Procedure copies = Birth(CivilDate{2020, 1, 1}, std::nullopt, Duration{2, DurationUnit::kWorkingDays});
  copies.code = "2.000908";
  ApplyContext ctx = ctx_;
  ctx.mode = ApplyMode::kImport;
  ctx.find_procedure = [&](std::string_view code, CivilDate on) -> const Procedure* {
    if (code == copies.code) return &copies;
    return ctx_.find_procedure(code, on);
  };
  std::string text;
  for (const char* line : kLines) text.append(line).append("\n");
  std::vector<Event> events = ParseEventLines(text).value();
  std::map<std::string, std::vector<Event>> by_code;
  for (const Event& e : events) by_code[e.code].push_back(e);
  ASSERT_EQ(by_code.size(), 3u);
  Dossier first = Replay(by_code["000.00.20.H31-231002-0001"], ctx).value();
  EXPECT_EQ(first.state, DossierState::kReturned);
  EXPECT_EQ(first.legal_due, T("2023-10-04T22:15"));  // 40 h on the fake clock + the 22 h pause
  EXPECT_EQ(first.appointment, T("2023-10-09T17:00"));
  EXPECT_TRUE(HadApology(first));
  EXPECT_TRUE(ResultDigitized(first));
  EXPECT_FALSE(AllComponentsDigitized(first));
  EXPECT_EQ(first.implied_actions, (std::vector<DossierAction>{DossierAction::kApprove, DossierAction::kSign,
                                                               DossierAction::kNumber}));
  EXPECT_TRUE(first.evaluation.has_value());
  Dossier second = Replay(by_code["000.00.20.H31-231002-0002"], ctx).value();
  EXPECT_EQ(ResolutionKindOf(second), ResolutionKind::kRefused);
  EXPECT_EQ(second.applicant.id_kind, IdKind::kTaxCode);
  Dossier third = Replay(by_code["000.00.20.H31-231002-0003"], ctx).value();
  EXPECT_EQ(third.state, DossierState::kWithdrawn);
}

TEST_F(ApplyTest, ContextMustBeComplete) {
  ApplyContext empty;
  auto r = Apply(Dossier{}, Received(), empty);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInternal);
  EXPECT_FALSE(Replay({}, ctx_).ok());
}

}  // namespace
}  // namespace motcua
