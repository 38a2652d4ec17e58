// IndicatorService on both backends: the unit tree a report covers, the parent chain access checks use, the
// journal read as of the period end through the store's scans (dossiers imported like history, feedback
// taken through its service), and the catalogue in force at the period end.
#include "report/indicator_service.h"

#include <gtest/gtest.h>

#include <sstream>

#include "auth/password.h"
#include "service/dossier_service.h"
#include "service/feedback_service.h"
#include "store/test_backend.h"

namespace motcua {
namespace {

constexpr char kProvince[] = "000.00.00.H31";
constexpr char kCommune[] = "000.00.20.H31";
constexpr char kSecondCommune[] = "000.00.21.H31";
constexpr char kElsewhere[] = "000.00.00.H33";

Instant At(const char* text) { return *ParseIsoInstant(text); }

class IndicatorServiceTest : public store_internal::BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    if (HasFatalFailure()) return;
    store_ = OpenTestStore();
    ASSERT_TRUE(store_);
    for (auto [code, parent] : {std::pair{kProvince, ""}, std::pair{kCommune, kProvince},
                                std::pair{kSecondCommune, kProvince}, std::pair{kElsewhere, ""}}) {
      Unit unit;
      unit.code = code;
      unit.name = std::string("UBND ") + code;
      if (*parent) unit.parent_code = parent;
      unit.effective_from = CivilDate{2019, 1, 1};
      ASSERT_TRUE(store_->AddUnit(unit).ok()) << code;
    }
    auto catalog = LoadEmbeddedCatalog();
    ASSERT_TRUE(catalog.ok());
    ASSERT_TRUE(store_->ReplaceCatalog(catalog->fields(), catalog->procedures()).ok());
    catalog_ = std::make_shared<const Catalog>(std::move(catalog).value());
    auto calendars = UnitCalendars::Create();
    ASSERT_TRUE(calendars.ok());
    calendars_ = std::move(calendars).value();
    service_ = std::make_unique<IndicatorService>(*store_, catalog_, *calendars_);
  }

  void Import(const std::string& jsonl) {
    std::vector<ImportLine> lines;
    int number = 0;
    std::stringstream in(jsonl);
    for (std::string line; std::getline(in, line);) {
      auto event = ParseEventLine(line);
      ASSERT_TRUE(event.ok()) << event.status().ToString() << "\n" << line;
      lines.push_back(ImportLine{++number, *event});
    }
    DossierService dossiers(*store_, catalog_, *calendars_);
    auto imported = dossiers.Import(lines, false);
    ASSERT_TRUE(imported.ok()) << imported.status().ToString();
  }

  IndicatorSet Compute(const char* unit, CivilDate from, CivilDate to) {
    auto report = service_->Compute(unit, *MakeReportPeriod(from, to));
    EXPECT_TRUE(report.ok()) << report.status().ToString();
    return report.ok() ? report->indicators : IndicatorSet();
  }

  static std::string Received(const std::string& code, const std::string& at) {
    std::string line = R"({"event":"received","code":")";
    line.append(code).append(R"(","unit":")").append(code.substr(0, 13));
    line.append(R"(","procedure":"1.004873","channel":"direct","at":")").append(at);
    line.append(R"(","by":"letan","applicant":{"name":"Lê Văn Tám"},"components":[{"name":"Tờ khai"}]})");
    return line + "\n";
  }
  static std::string EventLine(const std::string& kind, const std::string& code, const std::string& at,
                               const std::string& fields) {
    std::string line = R"({"event":")";
    line.append(kind).append(R"(","code":")").append(code).append(R"(","at":")").append(at);
    line.append(R"(","by":"canbo")").append(fields).append("}\n");
    return line;
  }

  std::unique_ptr<Store> store_;
  std::shared_ptr<const Catalog> catalog_;
  std::unique_ptr<UnitCalendars> calendars_;
  std::unique_ptr<IndicatorService> service_;
};

std::vector<std::string> Codes(const std::vector<Unit>& units) {
  std::vector<std::string> codes;
  for (const Unit& unit : units) codes.push_back(unit.code);
  return codes;
}

TEST_P(IndicatorServiceTest, UnitTreeAndParentChain) {
  auto tree = service_->UnitTree(kProvince);
  ASSERT_TRUE(tree.ok()) << tree.status().ToString();
  EXPECT_EQ(Codes(*tree), (std::vector<std::string>{kProvince, kCommune, kSecondCommune}));
  EXPECT_EQ(Codes(*service_->UnitTree(kCommune)), std::vector<std::string>{kCommune});
  EXPECT_EQ(*service_->AncestorUnits(kCommune), std::vector<std::string>{kProvince});
  EXPECT_TRUE(service_->AncestorUnits(kProvince)->empty());
  EXPECT_EQ(service_->UnitTree("000.00.99.H31").status().code(), StatusCode::kNotFound);
  EXPECT_EQ(
      service_->Compute("000.00.99.H31", *MakeReportPeriod({2024, 2, 1}, {2024, 2, 29})).status().code(),
      StatusCode::kNotFound);
}

TEST_P(IndicatorServiceTest, ReadsTheJournalOfTheUnitTreeAsOfThePeriodEnd) {
  const std::string d1 = "000.00.20.H31-240205-0001";  // resolved in February
  const std::string d2 = "000.00.20.H31-240226-0001";  // resolved in March
  const std::string d3 = "000.00.21.H31-240210-0001";  // the second commune's, withdrawn in February
  const std::string d4 = "000.00.00.H33-240210-0001";  // another province's
  Import(Received(d1, "2024-02-05T09:00") +
         EventLine("result_ready", d1, "2024-02-07T09:00", R"(,"digitized":true)") +
         Received(d2, "2024-02-26T09:00") +
         EventLine("result_ready", d2, "2024-03-04T09:00", R"(,"digitized":false)") +
         Received(d3, "2024-02-10T09:00") +
         EventLine("withdrawn", d3, "2024-02-12T09:00", R"(,"reason":"Xin rút")") +
         Received(d4, "2024-02-10T09:00"));

  const IndicatorSet province = Compute(kProvince, {2024, 2, 1}, {2024, 2, 29});
  EXPECT_EQ(province.Find("dossiers.received")->codes, (std::vector<std::string>{d1, d2, d3}));
  EXPECT_EQ(province.Find("dossiers.resolved.early")->codes, std::vector<std::string>{d1});
  EXPECT_EQ(province.Find("dossiers.withdrawn")->codes, std::vector<std::string>{d3});
  // d2 was due on 29/2 09:00 and resolved only on 4/3: overdue at the end of February.
  EXPECT_EQ(province.Find("dossiers.pending.overdue")->codes, std::vector<std::string>{d2});

  const IndicatorSet commune = Compute(kCommune, {2024, 2, 1}, {2024, 2, 29});
  EXPECT_EQ(commune.Find("dossiers.received")->codes, (std::vector<std::string>{d1, d2}));
  EXPECT_EQ(commune.Count("dossiers.withdrawn"), 0);

  const IndicatorSet march = Compute(kProvince, {2024, 3, 1}, {2024, 3, 31});
  EXPECT_EQ(march.Find("dossiers.carried_over")->codes, std::vector<std::string>{d2});
  EXPECT_EQ(march.Find("dossiers.resolved.late")->codes, std::vector<std::string>{d2});
  EXPECT_EQ(march.Count("dossiers.received"), 0);
  EXPECT_EQ(march.Count("dossiers.pending"), 0);
}

TEST_P(IndicatorServiceTest, FeedbackFiguresThroughTheFeedbackService) {
  User leader;
  leader.username = "lanhdao";
  leader.display_name = "Lãnh đạo";
  leader.unit_code = kCommune;
  leader.roles = {Role::kLeader};
  auto hasher = PasswordHasher::Create(Argon2Limits::FastForTests());
  ASSERT_TRUE(hasher.ok());
  auto hash = hasher->Hash("Hoa sen nở giữa đầm 2025");
  ASSERT_TRUE(hash.ok());
  leader.password_hash = *hash;
  auto id = store_->AddUser(leader);
  ASSERT_TRUE(id.ok()) << id.status().ToString();
  leader.id = *id;
  FeedbackService feedback(*store_, *calendars_);
  auto submit = [&](const char* at) {
    FeedbackIntake intake;
    intake.citizen_name = "Trần Thị Hoa";
    intake.content = "Đề nghị niêm yết lệ phí chứng thực.";
    auto receipt = feedback.Submit(kCommune, intake, At(at));
    EXPECT_TRUE(receipt.ok()) << receipt.status().ToString();
    return receipt.ok() ? receipt->feedback.id : std::string();
  };
  auto act = [&](const std::string& code, FeedbackStep step, const char* at) {
    auto done = feedback.Act(leader, code, step, At(at));
    ASSERT_TRUE(done.ok()) << done.status().ToString();
  };
  const std::string answered = submit("2024-02-05T09:00");
  FeedbackStep classify;
  classify.action = FeedbackAction::kClassify;
  classify.topic = FeedbackTopic::kRegulation;
  act(answered, classify, "2024-02-05T10:00");
  FeedbackStep assign;
  assign.action = FeedbackAction::kAssign;
  assign.to = "lanhdao";
  act(answered, assign, "2024-02-05T11:00");
  FeedbackStep answer;
  answer.action = FeedbackAction::kAnswer;
  answer.text = "Đã niêm yết tại bộ phận một cửa.";
  act(answered, answer, "2024-02-08T09:00");
  const std::string open = submit("2024-02-20T09:00");
  const std::string declined = submit("2024-02-21T09:00");
  FeedbackStep decline;
  decline.action = FeedbackAction::kDecline;
  decline.text = "Là khiếu nại, không phải phản ánh, kiến nghị.";
  act(declined, decline, "2024-02-22T09:00");
  submit("2024-03-04T09:00");

  const IndicatorSet february = Compute(kCommune, {2024, 2, 1}, {2024, 2, 29});
  EXPECT_EQ(february.Count("pakn.received"), 3);
  EXPECT_EQ(february.Find("pakn.in_scope")->codes, (std::vector<std::string>{answered, open}));
  EXPECT_EQ(february.Find("pakn.resolved")->codes, std::vector<std::string>{answered});
  const IndicatorValue* rate = february.Find("rate.pakn_on_time");
  EXPECT_EQ(rate->numerator, 1);
  EXPECT_EQ(rate->denominator, 2);
  // As of 5/2 24:00 the answer was not given yet.
  const IndicatorSet first_day = Compute(kCommune, {2024, 2, 5}, {2024, 2, 5});
  EXPECT_EQ(first_day.Count("pakn.received"), 1);
  EXPECT_EQ(first_day.Count("pakn.resolved"), 0);
  EXPECT_EQ(first_day.Count("pakn.answered_on_time"), 0);
}

TEST_P(IndicatorServiceTest, ProceduresOfTheCatalogueInForceAtThePeriodEnd) {
  for (CivilDate to : {CivilDate{2024, 9, 30}, CivilDate{2025, 9, 30}}) {
    const IndicatorSet set = Compute(kCommune, {2024, 1, 1}, to);
    const std::vector<const Procedure*> in_force = catalog_->List(to);
    int64_t interconnected = 0;
    int64_t full = 0;
    for (const Procedure* p : in_force) {
      interconnected += p->interconnected ? 1 : 0;
      full += p->online_level == OnlineLevel::kFull ? 1 : 0;
    }
    EXPECT_EQ(set.Count("procedures.total"), static_cast<int64_t>(in_force.size())) << FormatIsoDate(to);
    EXPECT_EQ(set.Count("procedures.interconnected"), interconnected) << FormatIsoDate(to);
    EXPECT_EQ(set.Count("procedures.online_full"), full) << FormatIsoDate(to);
    EXPECT_GT(set.Count("procedures.total"), 20) << FormatIsoDate(to);
  }
}

MOTCUA_INSTANTIATE_BACKENDS(IndicatorServiceTest);

}  // namespace
}  // namespace motcua
