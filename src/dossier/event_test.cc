#include "dossier/event.h"

#include <gtest/gtest.h>

namespace motcua {
namespace {

// The import format exactly as the issue fixes it.
constexpr const char* kSpecLines[] = {
    R"({"event":"received","code":"000.00.20.H31-231002-0001","unit":"000.00.20.H31","procedure":"1.001193","channel":"direct","at":"2023-10-02T08:15:00+07:00","by":"le.van.a","case":"Đăng ký khai sinh đúng hạn","applicant":{"name":"Nguyễn Văn Bình","id_number":"001099012345"},"components":[{"name":"Tờ khai đăng ký khai sinh","digitized":true}]})",
    R"({"event":"assigned","code":"000.00.20.H31-231002-0001","at":"2023-10-02T09:00:00+07:00","by":"le.van.a","to":"tran.thi.b"})",
    R"j({"event":"supplement_requested","code":"000.00.20.H31-231002-0001","at":"2023-10-02T10:00:00+07:00","by":"tran.thi.b","items":["Giấy chứng sinh (bản chính)"]})j",
    R"({"event":"supplement_received","code":"000.00.20.H31-231002-0001","at":"2023-10-03T08:00:00+07:00","by":"le.van.a"})",
    R"({"event":"extended","code":"000.00.20.H31-231002-0001","at":"2023-10-03T09:00:00+07:00","by":"pham.c","new_due":"2023-10-09T17:00:00+07:00","reason":"Chờ xác minh"})",
    R"({"event":"result_ready","code":"000.00.20.H31-231002-0001","at":"2023-10-04T10:00:00+07:00","by":"tran.thi.b","digitized":true})",
    R"({"event":"rejected","code":"000.00.20.H31-231002-0002","at":"2023-10-04T10:00:00+07:00","by":"tran.thi.b","reason":"Không đủ điều kiện"})",
    R"({"event":"returned","code":"000.00.20.H31-231002-0001","at":"2023-10-05T08:30:00+07:00","by":"le.van.a","recipient":"Nguyễn Văn Bình"})",
    R"({"event":"withdrawn","code":"000.00.20.H31-231002-0003","at":"2023-10-05T08:30:00+07:00","by":"le.van.a","reason":"Người nộp xin rút"})",
    R"({"event":"evaluated","code":"000.00.20.H31-231002-0001","at":"2023-10-05T08:40:00+07:00","overall":"very_satisfied"})",
};

TEST(EventJsonTest, ParsesTheIssueFormat) {
  const EventKind kinds[] = {
      EventKind::kReceived,           EventKind::kAssigned, EventKind::kSupplementRequested,
      EventKind::kSupplementReceived, EventKind::kExtended, EventKind::kResultReady,
      EventKind::kRejected,           EventKind::kReturned, EventKind::kWithdrawn,
      EventKind::kEvaluated};
  for (size_t i = 0; i < std::size(kSpecLines); ++i) {
    auto e = ParseEventLine(kSpecLines[i]);
    ASSERT_TRUE(e.ok()) << kSpecLines[i] << "\n" << e.status().ToString();
    EXPECT_EQ(e->kind, kinds[i]);
  }
  auto received = ParseEventLine(kSpecLines[0]).value();
  EXPECT_EQ(received.code, "000.00.20.H31-231002-0001");
  EXPECT_EQ(received.at, ParseIsoInstant("2023-10-02T01:15:00Z").value());
  EXPECT_EQ(received.by, "le.van.a");
  ASSERT_TRUE(received.intake.has_value());
  EXPECT_EQ(received.intake->unit, "000.00.20.H31");
  EXPECT_EQ(received.intake->procedure, "1.001193");
  EXPECT_EQ(received.intake->channel, Channel::kDirect);
  EXPECT_EQ(received.intake->case_name, "Đăng ký khai sinh đúng hạn");
  EXPECT_EQ(received.intake->applicant.name, "Nguyễn Văn Bình");
  EXPECT_EQ(received.intake->applicant.id_number, "001099012345");
  ASSERT_EQ(received.intake->components.size(), 1u);
  EXPECT_TRUE(received.intake->components[0].digitized);
  auto eval = ParseEventLine(kSpecLines[9]).value();
  ASSERT_TRUE(eval.evaluation.has_value());
  EXPECT_EQ(eval.evaluation->overall, OverallSatisfaction::kVerySatisfied);
  EXPECT_EQ(eval.evaluation->at, eval.at);
  EXPECT_TRUE(eval.by.empty());
}

TEST(EventJsonTest, TimeWithoutOffsetIsVietnamTime) {
  auto a = ParseEventLine(
      R"({"event":"assigned","code":"000.00.20.H31-231002-0001","at":"2023-10-02T09:00","by":"a","to":"b"})");
  auto b = ParseEventLine(
      R"({"event":"assigned","code":"000.00.20.H31-231002-0001","at":"2023-10-02T02:00:00Z","by":"a","to":"b"})");
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(a->at, b->at);
}

Intake FullIntake() {
  Intake in;
  in.unit = "000.00.20.H31";
  in.procedure = "1.001193";
  in.case_name = "2";
  in.channel = Channel::kPostal;
  in.external_code = "G22.99-231002-0007";
  in.applicant = Applicant{ApplicantKind::kOrganisation, "Công ty TNHH Bình An", IdKind::kTaxCode,
                           "0314409058-002", "Số 1, xã Phụng Công"};
  in.contact = Contact{"0912345678", "binhan@example.vn"};
  in.components = {SubmittedComponent{"Đơn đề nghị", 1, 2, true, {"f-1", "f-2"}},
                   SubmittedComponent{"Bản sao giấy tờ", 0, 1, false, {}}};
  in.fees = {FeeItem{"Lệ phí", 8000}, FeeItem{"Phí theo quy định tỉnh", std::nullopt}};
  return in;
}

// One fully populated event of every kind.
std::vector<Event> EveryKind() {
  const Instant at = ParseIsoInstant("2023-10-02T08:15:00+07:00").value();
  std::vector<Event> out;
  for (int k = 0; k < kEventKindCount; ++k) {
    Event e;
    e.kind = static_cast<EventKind>(k);
    e.code = "000.00.20.H31-231002-0001";
    e.at = Instant{at.unix_seconds + k * 60};
    e.by = "can.bo." + std::to_string(k);
    e.note = "ghi chú " + std::to_string(k);
    switch (e.kind) {
      case EventKind::kSubmitted:
      case EventKind::kReceived:
      case EventKind::kResubmitted:
        e.intake = FullIntake();
        break;
      case EventKind::kCompletionRequested:
        e.intake = FullIntake();
        e.items = {"Tờ khai", "Ảnh 4x6"};
        break;
      case EventKind::kRefusedAtDesk:
        e.intake = FullIntake();
        e.reason = "Không thuộc thẩm quyền";
        break;
      case EventKind::kAssigned:
      case EventKind::kHandedOver:
        e.to = "tran.thi.b";
        e.to_unit = "Tư pháp - Hộ tịch";
        e.step = 1;
        break;
      case EventKind::kSupplementRequested:
        e.items = {"Giấy chứng sinh"};
        e.deadline = Instant{at.unix_seconds + 86400 * 5};
        e.reason = "Thiếu giấy tờ";
        break;
      case EventKind::kSupplementReceived:
        break;
      case EventKind::kFeesRequested:
        e.fees = {FeeItem{"Thuế sử dụng đất", 1500000}};
        break;
      case EventKind::kFeesPaid:
        e.paid_online = true;
        break;
      case EventKind::kExtended:
        e.new_due = Instant{at.unix_seconds + 86400 * 9};
        e.reason = "Cần xác minh thêm";
        break;
      case EventKind::kApproved:
      case EventKind::kSigned:
        e.to = "pham.c";
        e.step = 2;
        break;
      case EventKind::kNumbered:
        e.to = "van.thu";
        e.to_unit = "Văn phòng";
        e.step = 3;
        e.document = "123/QĐ-UBND";
        break;
      case EventKind::kRejected:
        e.reason = "Không đủ điều kiện";
        e.document = "45/TB-UBND";
        break;
      case EventKind::kResultReady:
        e.digitized = true;
        e.file_id = "file-9";
        e.document = "Giấy khai sinh";
        break;
      case EventKind::kReturned:
        e.recipient = "Nguyễn Văn Bình";
        e.method = ReturnMethod::kByPost;
        e.originals_returned = {"Giấy chứng sinh"};
        break;
      case EventKind::kWithdrawn:
      case EventKind::kStopped:
        e.reason = "Theo đề nghị";
        break;
      case EventKind::kEvaluated: {
        e.by.clear();
        Evaluation ev;
        ev.at = e.at;
        ev.overall = OverallSatisfaction::kUnsatisfied;
        ev.scores = {2, 1, 0, 2, 2, 1, std::nullopt, 0, 2};
        ev.channel = EvaluationChannel::kPhone;
        e.evaluation = ev;
        break;
      }
    }
    out.push_back(std::move(e));
  }
  return out;
}

TEST(EventJsonTest, EveryKindRoundTrips) {
  for (const Event& e : EveryKind()) {
    SCOPED_TRACE(std::string(EventKindId(e.kind)));
    ASSERT_TRUE(ValidateEvent(e).ok()) << ValidateEvent(e).ToString();
    const std::string line = EventToJsonLine(e);
    EXPECT_EQ(line.find('\n'), std::string::npos);
    EXPECT_EQ(line.rfind(R"({"event":")", 0), 0u) << line;
    auto back = ParseEventLine(line);
    ASSERT_TRUE(back.ok()) << line << "\n" << back.status().ToString();
    EXPECT_EQ(*back, e) << line;
    auto from_json = EventFromJson(EventToJson(e));
    ASSERT_TRUE(from_json.ok());
    EXPECT_EQ(*from_json, e);
  }
}

TEST(EventJsonTest, MinimalEventsRoundTrip) {
  for (const char* line : kSpecLines) {
    auto e = ParseEventLine(line).value();
    auto back = ParseEventLine(EventToJsonLine(e));
    ASSERT_TRUE(back.ok()) << EventToJsonLine(e);
    EXPECT_EQ(*back, e);
  }
}

TEST(EventJsonTest, KindIdsRoundTrip) {
  for (int k = 0; k < kEventKindCount; ++k) {
    const auto kind = static_cast<EventKind>(k);
    EXPECT_EQ(ParseEventKindId(EventKindId(kind)).value(), kind);
    EXPECT_EQ(EventKindFor(EventAction(kind)), kind);
  }
  EXPECT_EQ(EventAction(EventKind::kExtended), DossierAction::kApologize);
  EXPECT_EQ(EventAction(EventKind::kRejected), DossierAction::kReject);
  EXPECT_EQ(EventAction(EventKind::kEvaluated), DossierAction::kEvaluate);
}

struct Malformed {
  const char* name;
  const char* line;
  const char* key;  // must appear in both messages
};

constexpr const char* kC = R"("code":"000.00.20.H31-231002-0001")";

std::string Line(const std::string& body) { return "{" + body + "}"; }

TEST(EventJsonTest, EveryMalformedLineNamesItsKey) {
  const std::string c = kC;
  const std::string at = R"("at":"2023-10-02T09:00:00+07:00")";
  const std::string intake =
      R"("unit":"000.00.20.H31","procedure":"1.001193","channel":"direct","applicant":{"name":"A"})";
  const std::vector<std::pair<std::string, std::string>> cases = {
      {Line(c + "," + at + R"(,"by":"a","to":"b")"), "event"},                      // no kind
      {Line(R"("event":"teleported",)" + c + "," + at + R"(,"by":"a")"), "event"},  // unknown kind
      {Line(R"("event":7,)" + c + "," + at + R"(,"by":"a")"), "event"},             // kind not string
      {Line(R"("event":"assigned",)" + at + R"(,"by":"a","to":"b")"), "code"},      // no code
      {Line(R"("event":"assigned","code":"H31-1",)" + at + R"(,"by":"a","to":"b")"), "code"},  // bad code
      {Line(R"("event":"assigned","code":12,)" + at + R"(,"by":"a","to":"b")"), "code"},       // code type
      {Line(R"("event":"assigned",)" + c + R"(,"by":"a","to":"b")"), "at"},                    // no time
      {Line(R"("event":"assigned",)" + c + R"(,"at":"02/10/2023 09:00","by":"a","to":"b")"),
       "at"},  // bad time
      {Line(R"("event":"assigned",)" + c + R"(,"at":"2023-10-32T09:00","by":"a","to":"b")"),
       "at"},                                                                                // no such day
      {Line(R"("event":"assigned",)" + c + R"(,"at":1696212000,"by":"a","to":"b")"), "at"},  // epoch number
      {Line(R"("event":"assigned",)" + c + "," + at + R"(,"to":"b")"), "by"},                // no actor
      {Line(R"("event":"assigned",)" + c + "," + at + R"(,"by":"  ","to":"b")"), "by"},      // blank actor
      {Line(R"("event":"assigned",)" + c + "," + at + R"(,"by":"a")"), "to"},                // no assignee
      {Line(R"("event":"assigned",)" + c + "," + at + R"(,"by":"a","to":"")"), "to"},        // empty assignee
      {Line(R"("event":"assigned",)" + c + "," + at + R"(,"by":"a","to":["b"])"), "to"},     // wrong type
      {Line(R"("event":"assigned",)" + c + "," + at + R"(,"by":"a","to":"b","recipient":"x")"), "recipient"},
      {Line(R"("event":"assigned",)" + c + "," + at + R"(,"by":"a","to":"b","step":-1)"), "step"},
      {Line(R"("event":"assigned",)" + c + "," + at + R"(,"by":"a","to":"b","step":1.5)"), "step"},
      {Line(R"("event":"assigned",)" + c + "," + at + R"(,"by":"a","to":"b","unit":"000.00.20.H31")"),
       "unit"},
      {Line(R"("event":"received",)" + c + "," + at +
            R"(,"by":"a","procedure":"1.001193","channel":"direct","applicant":{"name":"A"})"),
       "unit"},
      {Line(R"("event":"received",)" + c + "," + at +
            R"(,"by":"a","unit":"000.00.20.H31","channel":"direct","applicant":{"name":"A"})"),
       "procedure"},
      {Line(R"("event":"received",)" + c + "," + at +
            R"(,"by":"a","unit":"000.00.20.H31","procedure":"1.001193","applicant":{"name":"A"})"),
       "channel"},
      {Line(
           R"("event":"received",)" + c + "," + at +
           R"(,"by":"a","unit":"000.00.20.H31","procedure":"1.001193","channel":"fax","applicant":{"name":"A"})"),
       "channel"},
      {Line(R"("event":"received",)" + c + "," + at +
            R"(,"by":"a","unit":"000.00.20.H31","procedure":"1.001193","channel":"direct")"),
       "applicant"},
      {Line(R"("event":"received",)" + c + "," + at +
            R"(,"by":"a","unit":"000.00.20.H31","procedure":"1.001193","channel":"direct","applicant":"A")"),
       "applicant"},
      {Line(R"("event":"received",)" + c + "," + at +
            R"(,"by":"a","unit":"000.00.20.H31","procedure":"1.001193","channel":"direct","applicant":{})"),
       "applicant.name"},
      {Line(
           R"("event":"received",)" + c + "," + at +
           R"(,"by":"a","unit":"000.00.20.H31","procedure":"1.001193","channel":"direct","applicant":{"name":"A","dob":"x"})"),
       "applicant.dob"},
      {Line(
           R"("event":"received",)" + c + "," + at +
           R"(,"by":"a","unit":"000.00.20.H31","procedure":"1.001193","channel":"direct","applicant":{"name":"A","id_kind":"ssn"})"),
       "applicant.id_kind"},
      {Line(
           R"("event":"received",)" + c + "," + at +
           R"(,"by":"a","unit":"000.00.20.H31","procedure":"1.001193","channel":"direct","applicant":{"name":"A","kind":"robot"})"),
       "applicant.kind"},
      {Line(
           R"("event":"received",)" + c + "," + at +
           R"(,"by":"a","unit":"0.0.20.H31","procedure":"1.001193","channel":"direct","applicant":{"name":"A"})"),
       "unit"},
      {Line(R"("event":"received",)" + c + "," + at + R"(,"by":"a",)" + intake + R"(,"components":{})"),
       "components"},
      {Line(R"("event":"received",)" + c + "," + at + R"(,"by":"a",)" + intake + R"(,"components":["x"])"),
       "components[0]"},
      {Line(R"("event":"received",)" + c + "," + at + R"(,"by":"a",)" + intake +
            R"(,"components":[{"digitized":true}])"),
       "components[0].name"},
      {Line(R"("event":"received",)" + c + "," + at + R"(,"by":"a",)" + intake +
            R"(,"components":[{"name":"x","digitized":"yes"}])"),
       "components[0].digitized"},
      {Line(R"("event":"received",)" + c + "," + at + R"(,"by":"a",)" + intake +
            R"(,"components":[{"name":"x","copies":-1}])"),
       "components[0].copies"},
      {Line(R"("event":"received",)" + c + "," + at + R"(,"by":"a",)" + intake +
            R"(,"components":[{"name":"x","file_ids":[1]}])"),
       "components[0].file_ids[0]"},
      {Line(R"("event":"received",)" + c + "," + at + R"(,"by":"a",)" + intake +
            R"(,"components":[{"name":"x","pages":3}])"),
       "components[0].pages"},
      {Line(R"("event":"received",)" + c + "," + at + R"(,"by":"a",)" + intake + R"(,"contact":{"fax":"1"})"),
       "contact.fax"},
      {Line(R"("event":"received",)" + c + "," + at + R"(,"by":"a",)" + intake + R"(,"fees":[{"amount":5}])"),
       "fees[0].description"},
      {Line(R"("event":"received",)" + c + "," + at + R"(,"by":"a",)" + intake + R"(,"case":3)"), "case"},
      {Line(R"("event":"completion_requested",)" + c + "," + at +
            R"(,"by":"a","unit":"000.00.20.H31","items":["x"])"),
       "procedure"},
      {Line(R"("event":"completion_requested",)" + c + "," + at + R"(,"by":"a")"), "items"},
      {Line(R"("event":"supplement_requested",)" + c + "," + at + R"(,"by":"a","items":[])"), "items"},
      {Line(R"("event":"supplement_requested",)" + c + "," + at + R"(,"by":"a","items":"x")"), "items"},
      {Line(R"("event":"supplement_requested",)" + c + "," + at + R"(,"by":"a","items":["x",""])"),
       "items[1]"},
      {Line(R"("event":"supplement_requested",)" + c + "," + at +
            R"(,"by":"a","items":["x"],"deadline":"soon")"),
       "deadline"},
      {Line(R"("event":"fees_requested",)" + c + "," + at + R"(,"by":"a")"), "fees"},
      {Line(R"("event":"fees_requested",)" + c + "," + at +
            R"(,"by":"a","fees":[{"description":"x","amount":-5}])"),
       "fees[0].amount"},
      {Line(R"("event":"fees_requested",)" + c + "," + at +
            R"(,"by":"a","fees":[{"description":"x","amount":5.5}])"),
       "fees[0].amount"},
      {Line(R"("event":"fees_requested",)" + c + "," + at +
            R"(,"by":"a","fees":[{"description":"x","amount":18446744073709551615}])"),
       "fees[0].amount"},
      {Line(R"("event":"fees_paid",)" + c + "," + at + R"(,"by":"a","online":"yes")"), "online"},
      {Line(R"("event":"extended",)" + c + "," + at + R"(,"by":"a","reason":"r")"), "new_due"},
      {Line(R"("event":"extended",)" + c + "," + at + R"(,"by":"a","new_due":"2023-10-09T17:00:00+07:00")"),
       "reason"},
      {Line(R"("event":"extended",)" + c + "," + at + R"(,"by":"a","new_due":"tomorrow","reason":"r")"),
       "new_due"},
      {Line(R"("event":"result_ready",)" + c + "," + at + R"(,"by":"a")"), "digitized"},
      {Line(R"("event":"result_ready",)" + c + "," + at + R"(,"by":"a","digitized":1)"), "digitized"},
      {Line(R"("event":"rejected",)" + c + "," + at + R"(,"by":"a")"), "reason"},
      {Line(R"("event":"returned",)" + c + "," + at + R"(,"by":"a")"), "recipient"},
      {Line(R"("event":"returned",)" + c + "," + at + R"(,"by":"a","recipient":"x","method":"pigeon")"),
       "method"},
      {Line(R"("event":"withdrawn",)" + c + "," + at + R"(,"by":"a")"), "reason"},
      {Line(R"("event":"stopped",)" + c + "," + at + R"(,"by":"a","reason":null)"), "reason"},
      {Line(R"("event":"evaluated",)" + c + "," + at), "overall"},
      {Line(R"("event":"evaluated",)" + c + "," + at + R"(,"overall":"meh")"), "overall"},
      {Line(R"("event":"evaluated",)" + c + "," + at + R"(,"overall":"satisfied","criteria":{"speed":2})"),
       "criteria.speed"},
      {Line(R"("event":"evaluated",)" + c + "," + at + R"(,"overall":"satisfied","criteria":{"attitude":3})"),
       "criteria.attitude"},
      {Line(R"("event":"evaluated",)" + c + "," + at + R"(,"overall":"satisfied","criteria":[2])"),
       "criteria"},
      {Line(R"("event":"evaluated",)" + c + "," + at + R"(,"overall":"satisfied","channel":"fax")"),
       "channel"},
      {Line(R"("event":"evaluated",)" + c + "," + at + R"(,"overall":"satisfied","note":5)"), "note"},
  };
  for (const auto& [line, key] : cases) {
    auto e = ParseEventLine(line);
    ASSERT_FALSE(e.ok()) << line;
    EXPECT_EQ(e.status().code(), StatusCode::kInvalidArgument) << line;
    const std::string quoted = "'" + key + "'";
    EXPECT_NE(e.status().message().find(quoted), std::string::npos) << line << "\n" << e.status().message();
    EXPECT_NE(e.status().user_message().find(quoted), std::string::npos) << line << "\n"
                                                                         << e.status().user_message();
  }
}

TEST(EventJsonTest, NotJsonOrNotAnObject) {
  for (const char* bad : {"", "not json", "{", "[1,2]", "\"event\"", "null", "{\"event\":\"assigned\"} extra",
                          "{\"event\":\"assigned\",\"by\":\"\xff\"}"}) {
    auto e = ParseEventLine(bad);
    ASSERT_FALSE(e.ok()) << bad;
    EXPECT_EQ(e.status().code(), StatusCode::kInvalidArgument);
  }
  std::string huge = "{\"event\":\"assigned\",\"note\":\"" + std::string(kMaxEventLineBytes, 'x') + "\"}";
  EXPECT_FALSE(ParseEventLine(huge).ok());
}

TEST(EventJsonTest, TextIsNormalisedToNfcAndTrimmed) {
  // "Nguyễn" typed decomposed (e + combining circumflex + combining tilde).
  auto e = ParseEventLine(
      R"({"event":"returned","code":"000.00.20.H31-231002-0001","at":"2023-10-05T08:30","by":" a ","recipient":"Nguye\u0302\u0303n"})");
  ASSERT_TRUE(e.ok()) << e.status().ToString();
  EXPECT_EQ(e->recipient, "Nguyễn");
  EXPECT_EQ(e->by, "a");
}

TEST(EventLinesTest, AllOrNothingWithLineNumbers) {
  std::string text = std::string(kSpecLines[0]) + "\n\n" + kSpecLines[1] + "\r\n" + kSpecLines[2] + "\n";
  auto ok = ParseEventLines(text);
  ASSERT_TRUE(ok.ok()) << ok.status().ToString();
  EXPECT_EQ(ok->size(), 3u);

  std::string bad =
      std::string(kSpecLines[0]) + "\n\n" +
      R"({"event":"assigned","code":"000.00.20.H31-231002-0001","at":"2023-10-02T09:00","by":"a"})" + "\n" +
      kSpecLines[2];
  auto err = ParseEventLines(bad);
  ASSERT_FALSE(err.ok());
  EXPECT_EQ(err.status().message().rfind("line 3: ", 0), 0u) << err.status().message();
  EXPECT_EQ(err.status().user_message().rfind("Dòng 3: ", 0), 0u) << err.status().user_message();
  EXPECT_NE(err.status().message().find("'to'"), std::string::npos);
  auto empty = ParseEventLines("\n  \n");
  ASSERT_TRUE(empty.ok());
  EXPECT_TRUE(empty->empty());
}

TEST(EventValidateTest, FieldsOfAnotherKindAreRefused) {
  Event e = ParseEventLine(kSpecLines[1]).value();  // assigned
  e.recipient = "x";
  auto s = ValidateEvent(e);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("'recipient'"), std::string::npos);
  e.recipient.clear();
  e.fees = {FeeItem{"x", 1}};
  EXPECT_FALSE(ValidateEvent(e).ok());
  e.fees.clear();
  e.digitized = true;
  EXPECT_FALSE(ValidateEvent(e).ok());
  e.digitized = false;
  e.to.clear();
  EXPECT_FALSE(ValidateEvent(e).ok());
  Event ev = ParseEventLine(kSpecLines[9]).value();
  ev.evaluation->at = Instant{ev.at.unix_seconds + 1};
  EXPECT_FALSE(ValidateEvent(ev).ok());
  ev.evaluation->at = ev.at;
  ev.evaluation->scores[2] = 5;
  EXPECT_FALSE(ValidateEvent(ev).ok());
}

}  // namespace
}  // namespace motcua
