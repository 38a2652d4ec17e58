// The dossier engine end to end on both store backends: intake with its code and due time, the lifecycle
// with pauses, refused transitions and access, parallel intake, and the import of history.
#include "service/dossier_service.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <thread>

#include "base/text.h"
#include "catalog/catalog.h"
#include "store/test_backend.h"

namespace motcua {
namespace {

using store_internal::BackendTest;

constexpr char kUnit[] = "000.00.20.H31";
constexpr char kMarriageStatus[] = "1.004873";  // cấp Giấy xác nhận tình trạng hôn nhân: 3 working days, HT

Instant At(const char* iso) { return *ParseIsoInstant(iso); }

class DossierServiceTest : public BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    if (HasFatalFailure()) return;
    store_ = OpenTestStore();
    ASSERT_TRUE(store_);
    auto catalog = LoadEmbeddedCatalog();
    ASSERT_TRUE(catalog.ok()) << catalog.status().ToString();
    catalog_ = std::make_shared<const Catalog>(std::move(catalog).value());
    ASSERT_TRUE(store_->ReplaceCatalog(catalog_->fields(), catalog_->procedures()).ok());
    Unit unit;
    unit.code = kUnit;
    unit.name = "UBND xã Đồng Tiến";
    unit.effective_from = CivilDate{2020, 1, 1};
    ASSERT_TRUE(store_->AddUnit(unit).ok());
    auto calendars = UnitCalendars::Create();
    ASSERT_TRUE(calendars.ok());
    calendars_ = std::move(calendars).value();
    service_ = std::make_unique<DossierService>(*store_, catalog_, *calendars_);
    desk_ = AddUser("letan", {Role::kDesk}, {});
    specialist_ = AddUser("chuyenvien.ht", {Role::kSpecialist}, {"HT"});
    other_field_ = AddUser("chuyenvien.ct", {Role::kSpecialist}, {"CT"});
    leader_ = AddUser("chutich", {Role::kLeader}, {});
    clerk_ = AddUser("vanthu", {Role::kClerk}, {});
  }

  User AddUser(const std::string& name, std::vector<Role> roles, std::vector<std::string> fields) {
    User user;
    user.username = name;
    user.display_name = name;
    user.unit_code = kUnit;
    user.roles = std::move(roles);
    user.fields = std::move(fields);
    auto id = store_->AddUser(user);
    EXPECT_TRUE(id.ok()) << id.status().ToString();
    user.id = id.ok() ? *id : 0;
    return user;
  }

  Intake MarriageIntake() {
    Intake intake;
    intake.procedure = kMarriageStatus;
    intake.applicant.name = "Nguyễn Văn Đức";
    intake.applicant.id_number = "001099012345";
    intake.components = {SubmittedComponent{"Tờ khai", 1, 0, false, {}}};
    return intake;
  }

  Event Action(EventKind kind) {
    Event event;
    event.kind = kind;
    return event;
  }

  size_t HistorySize(const std::string& code) {
    auto history = store_->GetDossierHistory(code);
    EXPECT_TRUE(history.ok());
    return history.ok() ? history->size() : 0;
  }

  std::unique_ptr<Store> store_;
  std::shared_ptr<const Catalog> catalog_;
  std::unique_ptr<UnitCalendars> calendars_;
  std::unique_ptr<DossierService> service_;
  User desk_, specialist_, other_field_, leader_, clerk_;
};

TEST_P(DossierServiceTest, LifecycleWithSupplementKeepsSpentTimeAndReplaysToTheRow) {
  // Monday 05/10/2026 09:00: 3 working days = 24 office hours (8 a day) -> Thursday 08/10 09:00.
  auto received = service_->Receive(desk_, MarriageIntake(), At("2026-10-05T09:00:00+07:00"));
  ASSERT_TRUE(received.ok()) << received.status().ToString();
  const std::string code = received->code;
  EXPECT_EQ(code, "000.00.20.H31-261005-0001");
  EXPECT_EQ(received->legal_due, At("2026-10-08T09:00:00+07:00"));
  EXPECT_EQ(received->appointment, received->legal_due);

  Event assign = Action(EventKind::kAssigned);
  assign.to = specialist_.username;
  ASSERT_TRUE(service_->Act(desk_, code, assign, At("2026-10-05T09:30:00+07:00")).ok());

  // Tuesday 09:00: 8 of 24 hours spent. Supplement arrives Friday 09:00: 16 hours left -> Tuesday 13/10
  // 09:00.
  Event supplement = Action(EventKind::kSupplementRequested);
  supplement.items = {"Bản sao giấy ly hôn"};
  ASSERT_TRUE(service_->Act(specialist_, code, supplement, At("2026-10-06T09:00:00+07:00")).ok());
  auto paused = store_->GetDossierSummary(code);
  ASSERT_TRUE(paused.ok());
  EXPECT_TRUE(paused->paused);
  EXPECT_EQ(paused->status_code, 5);
  auto resumed =
      service_->Act(desk_, code, Action(EventKind::kSupplementReceived), At("2026-10-09T09:00:00+07:00"));
  ASSERT_TRUE(resumed.ok()) << resumed.status().ToString();
  EXPECT_EQ(resumed->legal_due, At("2026-10-13T09:00:00+07:00"));

  // Live use records every internal step: approve and sign (leader), number and hand back (văn thư).
  EXPECT_EQ(service_->Act(specialist_, code, Action(EventKind::kApproved), At("2026-10-12T10:00:00+07:00"))
                .status()
                .code(),
            StatusCode::kPermissionDenied);
  ASSERT_TRUE(
      service_->Act(leader_, code, Action(EventKind::kApproved), At("2026-10-12T10:00:00+07:00")).ok());
  ASSERT_TRUE(service_->Act(leader_, code, Action(EventKind::kSigned), At("2026-10-12T11:00:00+07:00")).ok());
  Event numbered = Action(EventKind::kNumbered);
  numbered.document = "15/XNTTHN";
  auto number = service_->Act(clerk_, code, numbered, At("2026-10-12T14:00:00+07:00"));
  ASSERT_TRUE(number.ok()) << number.status().ToString();
  auto ready = service_->Act(clerk_, code, Action(EventKind::kResultReady), At("2026-10-12T15:00:00+07:00"));
  ASSERT_TRUE(ready.ok()) << ready.status().ToString();
  Event returned = Action(EventKind::kReturned);
  returned.recipient = "Nguyễn Văn Đức";
  auto done = service_->Act(desk_, code, returned, At("2026-10-13T08:30:00+07:00"));
  ASSERT_TRUE(done.ok()) << done.status().ToString();
  EXPECT_EQ(done->state, DossierState::kReturned);

  auto summary = store_->GetDossierSummary(code);
  ASSERT_TRUE(summary.ok());
  EXPECT_EQ(summary->status_code, 10);
  EXPECT_EQ(summary->state, DossierState::kReturned);
  EXPECT_EQ(summary->field_code, "HT");
  EXPECT_EQ(summary->event_count, static_cast<int>(HistorySize(code)));

  // The journal replays to exactly the dossier the last action produced.
  auto view = service_->Get(desk_, code);
  ASSERT_TRUE(view.ok()) << view.status().ToString();
  EXPECT_EQ(view->dossier, *done);
}

TEST_P(DossierServiceTest, RefusedTransitionNamesAllowedActionsAndChangesNothing) {
  auto received = service_->Receive(desk_, MarriageIntake(), At("2026-10-05T09:00:00+07:00"));
  ASSERT_TRUE(received.ok());
  const auto before = store_->GetDossierSummary(received->code);
  Event returned = Action(EventKind::kReturned);
  returned.recipient = "X";
  auto refused = service_->Act(desk_, received->code, returned, At("2026-10-05T10:00:00+07:00"));
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_NE(refused.status().message().find("assign"), std::string::npos) << refused.status().message();
  EXPECT_EQ(HistorySize(received->code), 1u);
  EXPECT_EQ(*store_->GetDossierSummary(received->code), *before);
}

TEST_P(DossierServiceTest, ApologyOnlyBeforeTheLegalDue) {
  auto received = service_->Receive(desk_, MarriageIntake(), At("2026-10-05T09:00:00+07:00"));
  ASSERT_TRUE(received.ok());
  Event assign = Action(EventKind::kAssigned);
  assign.to = specialist_.username;
  ASSERT_TRUE(service_->Act(desk_, received->code, assign, At("2026-10-05T09:30:00+07:00")).ok());
  Event late = Action(EventKind::kExtended);
  late.reason = "Cần xác minh";
  late.new_due = At("2026-10-15T17:00:00+07:00");
  auto refused = service_->Act(leader_, received->code, late, At("2026-10-08T11:00:00+07:00"));
  EXPECT_EQ(refused.status().code(), StatusCode::kFailedPrecondition);
  auto apology = service_->Act(leader_, received->code, late, At("2026-10-07T11:00:00+07:00"));
  ASSERT_TRUE(apology.ok()) << apology.status().ToString();
  EXPECT_EQ(apology->appointment, At("2026-10-15T17:00:00+07:00"));
  EXPECT_EQ(apology->legal_due, At("2026-10-08T09:00:00+07:00"));  // the legal due never moves
}

TEST_P(DossierServiceTest, OfficerOfAnotherFieldCannotAct) {
  auto received = service_->Receive(desk_, MarriageIntake(), At("2026-10-05T09:00:00+07:00"));
  ASSERT_TRUE(received.ok());
  Event supplement = Action(EventKind::kSupplementRequested);
  supplement.items = {"Giấy tờ"};
  auto denied = service_->Act(other_field_, received->code, supplement, At("2026-10-05T10:00:00+07:00"));
  EXPECT_EQ(denied.status().code(), StatusCode::kPermissionDenied);
  EXPECT_EQ(service_->Get(other_field_, received->code).status().code(), StatusCode::kPermissionDenied);
  EXPECT_EQ(HistorySize(received->code), 1u);
  // Nor can a desk officer receive for another unit.
  Intake elsewhere = MarriageIntake();
  elsewhere.unit = "000.00.21.H31";
  EXPECT_EQ(service_->Receive(desk_, elsewhere, At("2026-10-05T09:00:00+07:00")).status().code(),
            StatusCode::kPermissionDenied);
}

TEST_P(DossierServiceTest, UnknownProcedureAndBadIdChangeNothing) {
  Intake unknown = MarriageIntake();
  unknown.procedure = "9.999999";
  EXPECT_EQ(service_->Receive(desk_, unknown, At("2026-10-05T09:00:00+07:00")).status().code(),
            StatusCode::kNotFound);
  Intake bad_id = MarriageIntake();
  bad_id.applicant.id_number = "999099012345";  // 999 is no province code
  EXPECT_EQ(service_->Receive(desk_, bad_id, At("2026-10-05T09:00:00+07:00")).status().code(),
            StatusCode::kInvalidArgument);
  DossierFilter all;
  auto page = service_->List(desk_, all);
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  EXPECT_EQ(page->total, 0);
  // The failed intakes took no number: the next one is 0001.
  auto ok = service_->Receive(desk_, MarriageIntake(), At("2026-10-05T09:00:00+07:00"));
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(ok->code, "000.00.20.H31-261005-0001");
}

TEST_P(DossierServiceTest, ParallelIntakeNeitherRepeatsNorSkipsNumbers) {
  constexpr int kThreads = 8;
  constexpr int kPerThread = 6;
  std::vector<std::vector<std::string>> codes(kThreads);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kPerThread; ++i) {
        auto received = service_->Receive(desk_, MarriageIntake(), At("2026-10-05T09:00:00+07:00"));
        EXPECT_TRUE(received.ok()) << received.status().ToString();
        if (received.ok()) codes[t].push_back(received->code);
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  std::set<std::string> all;
  for (const auto& list : codes) all.insert(list.begin(), list.end());
  ASSERT_EQ(all.size(), static_cast<size_t>(kThreads * kPerThread));
  int expected = 1;
  for (const std::string& code : all) {
    char suffix[16];
    std::snprintf(suffix, sizeof suffix, "%04d", expected++);
    EXPECT_EQ(code, std::string("000.00.20.H31-261005-") + suffix);
  }
}

TEST_P(DossierServiceTest, ListFiltersAndAccentInsensitiveSearch) {
  ASSERT_TRUE(service_->Receive(desk_, MarriageIntake(), At("2026-10-05T09:00:00+07:00")).ok());
  Intake other = MarriageIntake();
  other.applicant.name = "Trần Thị Lan";
  other.applicant.id_number = "";
  ASSERT_TRUE(service_->Receive(desk_, other, At("2026-10-06T09:00:00+07:00")).ok());
  DossierFilter filter;
  filter.text = "nguyen van duc";
  auto page = service_->List(desk_, filter);
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  ASSERT_EQ(page->total, 1);
  EXPECT_EQ(page->items[0].applicant_name, "Nguyễn Văn Đức");
  filter.text = "261006";
  page = service_->List(desk_, filter);
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->total, 1);
  EXPECT_EQ(page->items[0].applicant_name, "Trần Thị Lan");
  DossierFilter overdue;
  overdue.overdue_at = At("2026-10-09T08:00:00+07:00");
  page = service_->List(desk_, overdue);
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->total, 1);  // the first is due 08/10 09:00; the second 09/10 09:00
  // A specialist of another field sees nothing of HT.
  page = service_->List(other_field_, DossierFilter{});
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  EXPECT_EQ(page->total, 0);
}

std::vector<ImportLine> Lines(std::string_view text) {
  std::vector<ImportLine> lines;
  int number = 0;
  for (std::string_view line : SplitString(text, '\n')) {
    ++number;
    if (line.empty()) continue;
    auto event = ParseEventLine(line);
    EXPECT_TRUE(event.ok()) << event.status().ToString();
    if (event.ok()) lines.push_back(ImportLine{number, *event});
  }
  return lines;
}

constexpr std::string_view kHistory =
    R"({"event":"received","code":"000.00.20.H31-231002-0001","unit":"000.00.20.H31","procedure":"1.001193","channel":"direct","at":"2023-10-02T08:15:00+07:00","by":"cu.letan","applicant":{"name":"Lê Văn Tám","id_number":"012345678"},"components":[{"name":"Tờ khai","digitized":true}]}
{"event":"assigned","code":"000.00.20.H31-231002-0001","at":"2023-10-02T08:20:00+07:00","by":"cu.letan","to":"cu.tuphap"}
{"event":"result_ready","code":"000.00.20.H31-231002-0001","at":"2023-10-02T10:00:00+07:00","by":"cu.tuphap","digitized":true}
{"event":"returned","code":"000.00.20.H31-231002-0001","at":"2023-10-02T14:00:00+07:00","by":"cu.letan","recipient":"Lê Văn Tám"}
{"event":"evaluated","code":"000.00.20.H31-231002-0001","at":"2023-10-03T09:00:00+07:00","overall":"very_satisfied"}
)";

TEST_P(DossierServiceTest, ImportReplaysHistoryAllOrNothing) {
  auto dry = service_->Import(Lines(kHistory), /*dry_run=*/true);
  ASSERT_TRUE(dry.ok()) << dry.status().ToString();
  EXPECT_EQ(dry->dossiers, 1);
  EXPECT_EQ(store_->GetDossierSummary("000.00.20.H31-231002-0001").status().code(), StatusCode::kNotFound);

  auto imported = service_->Import(Lines(kHistory), /*dry_run=*/false);
  ASSERT_TRUE(imported.ok()) << imported.status().ToString();
  EXPECT_EQ(imported->events, 5);
  EXPECT_EQ(imported->created_users, (std::vector<std::string>{"cu.letan", "cu.tuphap"}));
  auto actor = store_->GetUser("cu.tuphap");
  ASSERT_TRUE(actor.ok());
  EXPECT_TRUE(actor->disabled);
  auto summary = store_->GetDossierSummary("000.00.20.H31-231002-0001");
  ASSERT_TRUE(summary.ok());
  EXPECT_EQ(summary->state, DossierState::kReturned);
  EXPECT_EQ(summary->evaluation, "very_satisfied");
  // "Trong ngày" with the 15:00 cut-off: due at the close of 02/10/2023.
  EXPECT_EQ(summary->legal_due, At("2023-10-02T17:00:00+07:00"));
  EXPECT_EQ(HistorySize(summary->code), 5u);

  // Officers act on imported dossiers: the history replays as history, the new event by the live rules.
  // (An evaluation exists already, so a second one is refused by the lifecycle, not by the replay.)
  Event evaluate = Action(EventKind::kEvaluated);
  Evaluation evaluation;
  evaluation.overall = OverallSatisfaction::kSatisfied;
  evaluation.at = At("2026-10-05T09:00:00+07:00");
  evaluate.evaluation = evaluation;
  auto second = service_->Act(desk_, summary->code, evaluate, At("2026-10-05T09:00:00+07:00"));
  EXPECT_EQ(second.status().code(), StatusCode::kFailedPrecondition) << second.status().ToString();
  EXPECT_NE(second.status().message().find("evaluated"), std::string::npos) << second.status().message();

  // A second import of the same code is refused and writes nothing.
  auto again = service_->Import(Lines(kHistory), false);
  EXPECT_EQ(again.status().code(), StatusCode::kAlreadyExists);
  EXPECT_NE(again.status().message().find("line 1"), std::string::npos);
}

TEST_P(DossierServiceTest, ImportErrorNamesTheLineAndWritesNothing) {
  std::string text(kHistory);
  // Line 4 returns before the result: out of order.
  text +=
      R"({"event":"received","code":"000.00.20.H31-231003-0001","unit":"000.00.20.H31","procedure":"1.001193","channel":"postal","at":"2023-10-03T08:00:00+07:00","by":"cu.letan","applicant":{"name":"B"}}
{"event":"returned","code":"000.00.20.H31-231003-0001","at":"2023-10-03T09:00:00+07:00","by":"cu.letan","recipient":"B"}
)";
  auto failed = service_->Import(Lines(text), false);
  ASSERT_FALSE(failed.ok());
  EXPECT_EQ(failed.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_NE(failed.status().message().find("line 7"), std::string::npos) << failed.status().message();
  EXPECT_EQ(store_->GetDossierSummary("000.00.20.H31-231002-0001").status().code(), StatusCode::kNotFound);
  EXPECT_EQ(store_->GetUser("cu.letan").status().code(), StatusCode::kNotFound);
}

MOTCUA_INSTANTIATE_BACKENDS(DossierServiceTest);

}  // namespace
}  // namespace motcua
