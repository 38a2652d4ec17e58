// The intake draft: read from the form, carried through the preview as hidden fields unchanged, and turned
// into the intake of a "received" event that the event parser accepts.
#include "web/pages/intake_form.h"

#include <gtest/gtest.h>

#include "dossier/event.h"

namespace motcua::web::pages {
namespace {

using nlohmann::json;

Procedure TwoComponentProcedure() {
  Procedure procedure;
  procedure.code = "1.004873";
  procedure.name = "Cấp Giấy xác nhận tình trạng hôn nhân";
  procedure.field_code = "HT";
  procedure.cases = {{"Thông thường", Duration{3, DurationUnit::kWorkingDays}, std::nullopt},
                     {"Cần xác minh", Duration{23, DurationUnit::kWorkingDays}, std::nullopt}};
  procedure.components = {{"Tờ khai", 1, 0, true}, {"Giấy tờ chứng minh nhân thân", 0, 1, false}};
  procedure.fees = {{"Lệ phí", 3000}};
  return procedure;
}

Form FormOf(Params pairs) { return *Form::FromPairs(std::move(pairs)); }

const std::string kSha(64, 'a');

TEST(IntakeFormTest, ReadsTheFormAndBuildsTheIntake) {
  const Procedure procedure = TwoComponentProcedure();
  auto draft = ReadIntakeDraft(FormOf({{"case", "2"},
                                       {"name", "Nguyễn Văn An"},
                                       {"id_number", "001 090 012345"},
                                       {"phone", "0912345678"},
                                       {"c0.received", "1"},
                                       {"c0.originals", "2"},
                                       {"c0.file", kSha},
                                       {"c1.copies", "3"},
                                       {"fee0", "1"}}),
                               procedure);
  ASSERT_TRUE(draft.ok()) << draft.status().ToString();
  EXPECT_EQ(draft->case_number, 2);
  EXPECT_EQ(draft->id_number, "001090012345");  // typed in groups
  EXPECT_TRUE(draft->components[0].received);
  EXPECT_EQ(draft->components[0].originals, 2);
  EXPECT_FALSE(draft->components[1].received);
  EXPECT_EQ(draft->components[1].copies, 3);
  EXPECT_TRUE(CheckDraftComplete(*draft).ok());

  json body = IntakeJson(*draft, procedure);
  EXPECT_EQ(body["case"], "2");
  ASSERT_EQ(body["components"].size(), 1u);  // only what was received
  EXPECT_EQ(body["components"][0]["name"], "Tờ khai");
  EXPECT_EQ(body["components"][0]["digitized"], true);  // a stored scan makes it digitised
  EXPECT_EQ(body["components"][0]["file_ids"], json::array({kSha}));
  EXPECT_EQ(body["fees"][0]["amount"], 3000);
  body["unit"] = "000.00.20.H31";
  body["channel"] = "direct";
  body["event"] = "received";
  body["code"] = "000.00.20.H31-251001-0001";
  body["at"] = "2025-10-01T09:00:00+07:00";
  body["by"] = "tiepnhan";
  auto event = EventFromJson(body);
  ASSERT_TRUE(event.ok()) << event.status().ToString();
  EXPECT_EQ(event->intake->applicant.name, "Nguyễn Văn An");
  EXPECT_EQ(event->intake->contact.phone, "0912345678");
}

TEST(IntakeFormTest, HiddenFieldsCarryTheDraftUnchanged) {
  const Procedure procedure = TwoComponentProcedure();
  auto draft = ReadIntakeDraft(FormOf({{"case", "1"},
                                       {"applicant_kind", "organisation"},
                                       {"name", "Công ty TNHH <Bình An>"},
                                       {"id_number", "0100109106"},
                                       {"address", "Số 1 \"Đường\" Lê Lợi"},
                                       {"c1.received", "1"},
                                       {"c1.digitized", "1"},
                                       {"c1.file", kSha}}),
                               procedure);
  ASSERT_TRUE(draft.ok());
  Params pairs;
  for (const json& field : DraftHiddenFields(*draft)) {
    pairs.emplace_back(field["name"].get<std::string>(), field["value"].get<std::string>());
  }
  auto again = ReadIntakeDraft(FormOf(pairs), procedure);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(IntakeJson(*again, procedure), IntakeJson(*draft, procedure));
}

TEST(IntakeFormTest, RefusesBadValuesWithVietnameseMessages) {
  const Procedure procedure = TwoComponentProcedure();
  const std::vector<Params> bad = {{{"case", "3"}},
                                   {{"case", "x"}},
                                   {{"c0.originals", "100"}},
                                   {{"c0.copies", "-1"}},
                                   {{"c0.file", "not-a-hash"}},
                                   {{"applicant_kind", "robot"}}};
  for (const Params& pairs : bad) {
    auto draft = ReadIntakeDraft(FormOf(pairs), procedure);
    ASSERT_FALSE(draft.ok()) << pairs.front().first;
    EXPECT_EQ(draft.status().code(), StatusCode::kInvalidArgument);
    EXPECT_FALSE(draft.status().user_message().empty());
  }
  auto no_name = ReadIntakeDraft(FormOf({{"c0.received", "1"}}), procedure);
  ASSERT_TRUE(no_name.ok());
  EXPECT_NE(CheckDraftComplete(*no_name).user_message().find("họ và tên"), std::string::npos);
  auto nothing = ReadIntakeDraft(FormOf({{"name", "An"}}), procedure);
  ASSERT_TRUE(nothing.ok());
  EXPECT_NE(CheckDraftComplete(*nothing).user_message().find("thành phần"), std::string::npos);
}

}  // namespace
}  // namespace motcua::web::pages
